## 窗口：标题栏、设置、连接界面。
# 术语遵循 DocSpace 网页版（见 TERMS.md）：API 密钥、密钥、权限、房间、门户、退出登录。

starting-signing-in = 正在登录…
settings = 设置
settings-clear-clipboard = 从剪贴板清除已复制的密钥
clear-after-30-seconds = 30秒后
clear-after-1-minute = 1分钟后
clear-after-2-minutes = 2分钟后
clear-after-5-minutes = 5分钟后
clear-on-exit = 仅在关闭应用时
settings-theme = 主题
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色
settings-language = 语言
language-system = 跟随系统

connect-title = 连接到您的 DocSpace 门户
connect-portal = 门户地址
connect-portal-hint = myportal.onlyoffice.com
connect-recent = 最近的门户
connect-recent-open = 使用已记住的登录打开此门户
connect-with-password = 电子邮件和密码
connect-with-key = API 密钥
connect-email = 电子邮件
connect-password = 密码
connect-code = 双重验证码
connect-key = API 密钥（sk-…）
connect-remember = 在此电脑上记住登录
connect-remember-hint = 将登录信息保存在系统钥匙串中，下次打开应用时直接显示您的密钥。
connect-no-keychain = 此电脑上没有钥匙串（在 Linux 上为 GNOME Keyring 或 KWallet 等 Secret Service），因此无法记住登录信息，下次需要重新登录。
connect-keychain-locked = 钥匙串已锁定。请先解锁（例如重新登录桌面），才能记住登录信息。
connect-keychain-failed = 无法读取或写入钥匙串条目（{ $detail }）。
connect-sign-in = 登录
connect-signing-in = 正在登录…
connect-key-note = 要管理密钥，所用密钥需要完全访问权限或“*:write”范围（仅查看需要“*:read”）。
code-from-app = 请输入身份验证器应用中的验证码。
code-setup-first = 此帐户尚未设置双重验证。请先在浏览器中打开 DocSpace 完成设置，然后输入身份验证器应用中的验证码。
code-by-sms-to = 请输入通过短信发送到 { $phone } 的验证码。
code-by-sms = 请输入通过短信发送给您的验证码。

## 密钥列表界面。

keys-new = 新建密钥
keys-refresh = 刷新
keys-sign-out = 退出登录
portal-menu-hint = 切换到另一个已记住的门户、添加门户，或退出此门户
portal-signed-in = 已登录为 { $account }
portal-switch-to = 切换到
portal-add = 添加门户…
portal-sign-out = 退出此门户
portal-busy = 请等待正在进行的更改完成。
portal-back = 返回 { $portal }
portal-entry = { $portal } · { $account }
keys-search = 搜索
keys-search-hint = 名称、密钥末尾或创建者
keys-clear-search = 清除搜索
# $when 是相对时间，如“3分钟前”“刚刚”。
keys-updated = { $when }更新
keys-filter = { $filter }（{ $count }）
keys-showing = 显示 { $shown } 个，共 { $total } 个
keys-empty = 还没有 API 密钥。请为每个需要访问此门户的集成分别创建一个密钥。
keys-reading = 正在读取新的密钥列表…
keys-unread = 无法读取密钥列表。请刷新 (F5) 重试。
keys-no-match = 没有与搜索或筛选条件匹配的密钥。
keys-show-all = 显示所有密钥
keys-orphan = 密钥“{ $name }”（末尾为 { $postfix }）刚刚已创建，但本应用未收到它的密钥内容。请删除它，然后重新创建。
keys-delete-orphan = 删除该密钥
person-role = { $name } · { $role }
role-owner = 所有者
role-admin = DocSpace 管理员
role-room-admin = 房间管理员
role-user = 普通用户
role-guest = 访客

# “Active”指密钥已启用（开关），DocSpace 的“活跃”用于用户状态，这里不合适。
filter-all = 全部
filter-active = 已启用
filter-inactive = 已停用
filter-expired = 已过期
filter-expiring-soon = 即将过期
filter-never-used = 从未使用

column-name = 名称
column-key = 密钥
column-access = 权限
column-created = 创建时间
column-last-used = 上次使用
column-expires = 过期时间
column-created-by = 创建者
column-active = 启用
column-actions = 操作
column-sort-hint = 排序；再次点击可反向排序

row-edit = 编辑
row-delete = 删除
row-edit-name = 编辑 { $name }
row-delete-name = 删除 { $name }
row-active-name = 启用：{ $name }
row-switch-on = 启用
row-switch-off = 停用
row-on = 开
row-off = 关
# 用于“上次使用”和“过期时间”两列。
row-never = 从不
row-expired = 已过期
row-expired-on = { $date }（已过期）
# $when 是相对时间，如“3天后”。
row-expires-exact = { $date }（{ $when }）
row-expired-no-edit = 已过期的密钥无法编辑。请删除它，或新建一个密钥来替代。

access-all = 全部
access-read-only = 只读
# 英文为“Custom”，按 DocSpace 的“Restricted”翻译（DocSpace 原文“受到限制”，此处用更简洁的“受限”）。
access-custom = 受限
access-nothing-ticked = 未选择任何项
access-summary-read = { $area }：读取
access-summary-write = { $area }：读取和写入
area-all = 所有区域
area-files = 文件
area-rooms = 房间
area-profile = 个人资料
area-contacts = 联系人信息

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = 门户发送了本应用无法读取的日期。

## Expiry watch and security review.

watch-expired = 已过期：{ $count }
watch-expiring = 7 天内过期：{ $count }，最早于 { $date }
watch-dismiss = 隐藏
watch-dismiss-hint = 隐藏，直到又有密钥过期或距过期不足 7 天
review-toggle = 安全检查
review-title = 安全检查
review-back = 返回所有密钥
review-intro = 值得一看的密钥及原因。密钥多久未使用算作闲置，可在设置中调整。DocSpace 不提供密钥的停用时间，因此该规则以最后使用时间为准。
review-none = 所有密钥均通过检查。
review-full-access = 完全访问权限，且永不过期。
review-unused = 长期未使用：最后使用于{ $when }。
review-never-used = 从未使用；创建于{ $when }。
review-expired = { $when }已过期，但仍在列表中。
review-switched-off = 已停用；最后使用于{ $when }。
review-switched-off-never = 已停用且从未使用；创建于{ $when }。
review-switch-off-name = 停用 { $name }
settings-review = 安全检查阈值
settings-review-unused = 密钥超过以下时长未使用即算闲置：
settings-review-never-used = 从未使用的密钥超过以下时长即算闲置：
