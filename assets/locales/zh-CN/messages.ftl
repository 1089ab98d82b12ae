## 应用向用户显示的内容：提示消息、说明以及失败原因。
## $detail 是门户（或系统）自己的原话，按原样显示。

msg-portal-said = { $text }（门户返回：{ $detail }）
msg-enter-email-and-password = 请输入电子邮件和密码。
msg-enter-code = 请输入验证码。
msg-paste-api-key = 请粘贴 API 密钥（以“sk-”开头）。
msg-remembered-sign-in-failed = 无法使用记住的登录信息登录：{ $reason }
msg-signed-out = 您已退出登录。
msg-keychain-not-removed = 无法删除钥匙串条目：{ $reason }
msg-account-not-forgotten = 已退出登录，但无法更新已记住的登录列表（{ $path }）：{ $reason }
msg-session-ended-key = 门户不再接受您登录时使用的 API 密钥：该密钥已被删除、停用或已过期。请使用其他密钥重新登录。
msg-session-ended = 您在此门户的登录已结束：登录已过期，或您已在其他地方退出登录。请重新登录。
msg-after-crash = DocSpace API Keys 上次意外关闭，因此这次没有自动登录。请重新登录；如果再次发生，请使用其他帐户登录，然后删除或重命名列表停止处的那个密钥。
msg-read-only-key = 此密钥只有“*:read”范围：您可以查看密钥，但不能创建、更改或删除密钥。如需执行这些操作，请使用具有“*:write”范围（或完全访问权限）的密钥登录。
msg-refresh-failed = 无法刷新列表。{ $reason }
msg-switched-on = 已启用“{ $name }”。
msg-switched-off = 已停用“{ $name }”。
msg-saved = 已保存“{ $name }”。
msg-deleted = 已删除“{ $name }”。
msg-shown-again = 已清除搜索和筛选条件，以便显示新密钥。
# $reason 是一句完整的错误说明（以句号结尾）。
msg-copy-failed = { $reason } 请手动选择上方的密钥，或将其保存到文件。
clipboard-unavailable = 剪贴板不可用（{ $detail }）。
msg-save-failed = 无法保存到 { $path }：{ $detail }
msg-clipboard-cleared = 已从剪贴板清除新密钥。
msg-clipboard-replaced = 新密钥之后又复制了其他内容，因此剪贴板保持不变。
msg-clipboard-clear-failed = 无法从剪贴板清除新密钥：请复制其他内容来替换它。{ $reason }

api-offline = 无法连接到 { $host }。请检查门户地址和网络连接，然后重试。
api-timeout = { $host } 未及时响应。门户可能正忙，请稍后重试。
api-tls = 无法验证与 { $host } 的安全连接。如果您的门户使用贵组织颁发的证书，请确保此电脑上已安装该证书。
api-unauthorized = 您的登录已失效（密钥已被吊销、停用或已过期，或会话已结束）。请重新登录。
api-unauthorized-said = { $detail } 请重新登录。
api-forbidden = 此帐户或密钥无权管理 API 密钥。API 密钥需要“*:write”范围（或完全访问权限）才能管理密钥，需要“*:read”范围才能列出密钥。
api-forbidden-said = { $detail }（此帐户或密钥无权管理 API 密钥。API 密钥需要“*:write”范围（或完全访问权限）才能管理密钥，需要“*:read”范围才能列出密钥。）
api-not-found = 门户中不存在此项目（HTTP 404）。它可能已被删除，请刷新列表。
api-rate-limited = 门户正在限制请求。请等待一分钟后重试。
api-rate-limited-for = 门户正在限制请求。请等待{ $seconds }秒后重试。
api-server = 门户报告了问题（HTTP { $status }）。请稍后重试。
api-server-said = 门户报告了问题（HTTP { $status }）：{ $detail }。请稍后重试。
api-not-docspace = 来自 { $host } 的响应不是 DocSpace 的响应（{ $detail }）。请确认该地址是您的 DocSpace 门户。
api-validation = 门户拒绝了请求：{ $detail }
api-redirected-to = 门户返回了重定向，目标为 { $location }（HTTP { $status }）。请检查门户地址（请输入重定向后到达的地址）。
api-redirected = 门户返回了重定向（HTTP { $status }），但未说明目标地址。请检查门户地址。
api-answer-too-large = 来自 { $host } 的响应超过 { $size }，因此未读取。请确认该地址是您的 DocSpace 门户。
api-create-answer-lost = 门户可能已创建密钥“{ $name }”，但其响应丢失（{ $detail }），因此无法显示密钥内容。请不要直接重试：请先刷新列表，删除最近几分钟内创建的所有名为“{ $name }”的密钥，然后新建一个密钥。
api-unusable-credential = API 密钥或令牌中含有无法发送的字符（例如其中的换行符或非 ASCII 字符）。请重新复制，不要带上前后的任何内容。
api-request = 无法发送请求：{ $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = 这不是 API 密钥。DocSpace 的 API 密钥以“sk-”开头。
sign-in-key-not-valid = 门户不接受此 API 密钥。请检查是否完整复制了密钥（以“sk-”开头）；已删除、已停用或已过期的密钥无法再使用。
sign-in-key-cannot-list-keys = 此 API 密钥无权管理 API 密钥：它缺少“*:read”范围（用于列出密钥）和“*:write”范围（用于更改密钥）。它的范围为：{ $scopes }。请为此应用创建具有完全访问权限或“*:write”范围的密钥。
sign-in-wrong-password = 电子邮件或密码不正确。请检查后重新登录。
sign-in-code-refused = 门户未接受该验证码。请重试。

portal-empty = 请输入您的 DocSpace 门户地址，例如 myportal.onlyoffice.com。
portal-not-an-address = “{ $input }”不是网址。请输入您的 DocSpace 门户地址，例如 myportal.onlyoffice.com。
portal-unsupported-scheme = 不支持“{ $scheme }”地址。请使用门户的 https:// 地址，例如 https://myportal.onlyoffice.com。
portal-insecure-remote = 普通 http:// 会以未加密方式发送您的密码和密钥，因此仅允许用于此电脑（localhost）。请改用 https://{ $host }。
portal-insecure-local-name = 普通 http:// 仅允许用于此电脑，而“{ $host }”是需要在网络上查找的名称，可能会指向其他电脑。请使用 http://localhost 或 http://127.0.0.1（带端口），或 https://{ $host }。
portal-credentials-in-address = 请不要在门户地址中包含用户名和密码，您将在下一步中输入它们。

keychain-unavailable = 此电脑上没有可用的钥匙串（在 Linux 上为 GNOME Keyring 或 KWallet 等 Secret Service）。您仅在本次会话中保持登录。
keychain-locked = 钥匙串已锁定或拒绝访问。请先解锁（例如重新登录桌面），才能记住登录信息；目前您仅在本次会话中保持登录。
keychain-failed = 无法读取或写入钥匙串条目（{ $detail }）。

remember-no-settings-folder = 无法记住登录信息：此电脑上没有本应用的设置文件夹。
remember-accounts-file = 无法记住登录信息：无法写入已记住的登录列表（{ $path }）（{ $detail }）。
remember-keychain = 无法将登录信息保存到钥匙串。{ $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = 门户未更改该密钥。已过期的密钥无法更改，且只有密钥的创建者或 DocSpace 管理员可以更改它。请刷新列表查看其当前状态。
api-refused-not-deleted = 门户未删除该密钥。只有密钥的创建者或 DocSpace 管理员可以删除它。请刷新列表查看其当前状态。
api-refused-unknown-key = 门户找不到此密钥（它返回了错误）。该密钥可能已被删除；请刷新列表。
