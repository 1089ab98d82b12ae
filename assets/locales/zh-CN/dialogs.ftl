## 创建、编辑、显示和删除密钥的对话框，以及窗口底部。

dialog-cancel = 取消
form-create-title = 新 API 密钥
form-edit-title = 编辑 API 密钥
form-name = 名称
form-name-hint = 密钥用途，例如 Zapier
form-access = 权限
form-lifetime = 密钥有效期
form-lifetime-never = 永不过期
# 中文没有复数变化。
form-lifetime-days = { $days }天
form-lifetime-custom = 自定义
form-lifetime-custom-name = 自定义有效期
form-days = 天数
form-days-range = 请输入 1 到 365 之间的天数。
form-create = 创建
form-creating = 正在创建…
form-save = 保存
form-saving = 正在保存…
form-active = 启用
form-expires-on = 将于 { $date } 过期。DocSpace 不支持在创建密钥后更改其有效期。
form-never-expires = 永不过期。DocSpace 不支持在创建密钥后更改其有效期。
form-expired-on = 已于 { $date } 过期。
form-area = 区域
# DocSpace 的“阅读”用在这里不自然，改用“读取”。
form-read = 读取
form-write = 写入
form-area-read = { $area }：读取
form-area-write = { $area }：写入
# $scopes：密钥上本表单未列出的其他范围，保存时保持不变。
form-also-kept = 同时保留的其他范围：{ $scopes }
form-write-includes-read = “写入”包含“读取”。
problem-name-missing = 请输入名称。
problem-name-too-long = 名称有{ $length }个字符，最多允许{ $limit }个。
problem-nothing-ticked = 请至少勾选一项，或选择“全部”或“只读”。
problem-days-out-of-range = 请输入 1 到 365 之间的天数。

reveal-title = 您的新 API 密钥
reveal-warning = 请立即复制或保存密钥。DocSpace 不会再次显示它。
reveal-show = 显示
reveal-hide = 隐藏
reveal-copy = 复制
reveal-save = 保存到文件…
reveal-done = 完成
reveal-not-copied = 您尚未复制此密钥，之后将无法再次显示。
reveal-close-anyway = 仍然关闭
reveal-go-back = 返回
reveal-session-ended = 请在关闭此对话框前复制或保存密钥，然后重新登录。
reveal-clear-now = 立即清除
reveal-save-to-downloads = 保存到“下载”文件夹
reveal-saved-private = 已保存到 { $path }（仅您本人可读取）。
reveal-saved = 已保存到 { $path }。
reveal-no-file-dialog = 此电脑没有保存对话框（在 Linux 上，请安装 xdg-desktop-portal-gtk 或 zenity）。
reveal-copied-clearing = 已复制。剪贴板将在{ $seconds }秒后清除。
reveal-copied-clearing-on-exit = 已复制。剪贴板将在关闭应用时清除。
reveal-copied-cleared = 已复制。剪贴板已清除。
reveal-copied-replaced = 已复制。之后又复制了其他内容，因此剪贴板保持不变。
# $error 是一句完整的错误说明（以句号结尾）。
reveal-copied-clear-failed = 已复制，但无法清除剪贴板：{ $error } 请复制其他内容，以替换剪贴板中的密钥。

delete-title = 删除 API 密钥
delete-question = 删除“{ $name }”？
# $when 是相对时间，如“3天前”“昨天”。
delete-last-used = 上次使用：{ $when }。
delete-never-used = 此密钥从未使用过。
delete-for-good = 所有使用此密钥的程序都将停止工作。此操作无法撤销。
delete-confirm = 删除
delete-deleting = 正在删除…

toast-on-clipboard = 新密钥已复制到剪贴板，将在{ $seconds }秒后清除。
toast-on-clipboard-until-exit = 新密钥已复制到剪贴板，将在关闭应用时清除。
toast-undo = 撤销

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = 最后使用时间未知。
form-expiry-unknown = 到期日期未知：门户发送了本应用无法读取的日期。DocSpace 不允许在创建密钥后更改其有效期。
