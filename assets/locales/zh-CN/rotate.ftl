## 轮换密钥（创建名称、权限和有效期都相同的新密钥，然后停用旧密钥）以及导出密钥列表。

row-rotate = 轮换…
row-rotate-name = 轮换 { $name }
form-rotate-hint = 用名称、权限和有效期都相同的新密钥替换此密钥。
rotate-title = 轮换 API 密钥
rotate-question = 轮换“{ $name }”？
rotate-new-key-never = 将创建一个名为“{ $name }”、权限相同的新密钥，并只显示一次。与旧密钥一样，它永不过期。
rotate-new-key-days = 将创建一个名为“{ $name }”、权限相同的新密钥，并只显示一次。与旧密钥一样，它在创建 { $days } 天后过期。
rotate-then = 然后，对于旧密钥：
rotate-choice-switch-off = 停用旧密钥
rotate-choice-leave-expired = 保持旧密钥不变
rotate-choice-delete = 删除旧密钥
rotate-switch-off-note = 旧密钥停用后，仍在使用它的一切都将停止工作。之后可以重新启用。
rotate-expired-note = 旧密钥已过期：DocSpace 不再接受它，也无法停用它，因此它会原样保留在列表中。
rotate-delete-note = 仍在使用旧密钥的一切都将停止工作。此操作无法撤消。
rotate-confirm = 轮换
rotate-rotating = 正在轮换…
rotate-lifetime-unknown = 此密钥的有效期未知（门户发送了本应用无法读取的日期），因此无法创建有效期相同的替代密钥。请改为创建新密钥。
rotate-switching-off-old = 正在停用旧密钥“{ $name }”…
rotate-deleting-old = 正在删除旧密钥“{ $name }”…
rotate-old-switched-off = 旧密钥“{ $name }”已停用。
rotate-old-deleted = 旧密钥“{ $name }”已删除。
rotate-old-left-expired = 旧密钥“{ $name }”已过期，已保持不变。
rotate-old-not-switched-off = 无法停用旧密钥“{ $name }”：{ $reason } 现在两个密钥都存在；请自行停用旧密钥。
rotate-old-not-deleted = 无法删除旧密钥“{ $name }”：{ $reason } 现在两个密钥都存在；请自行删除旧密钥。

keys-export = 导出…
keys-export-hint = 显示的密钥（经搜索和筛选后），不含任何机密。
export-csv = CSV（用于电子表格）…
export-json = JSON…
msg-exported = 已将 { $count } 个密钥导出到 { $path }。
msg-export-failed = 无法保存导出文件：{ $detail }
