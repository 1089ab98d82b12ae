## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = 选择 { $name }
bulk-select-all-shown = 选择全部显示的密钥
bulk-selected = 已选择 { $count } 个
bulk-switch-on = 启用
bulk-switch-off = 停用…
bulk-delete = 删除…
bulk-clear = 清除选择
bulk-delete-title = 删除 API 密钥
bulk-delete-question = 删除这 { $count } 个密钥？
bulk-delete-note = 仍在使用这些密钥的一切都将停止工作。此操作无法撤消。
bulk-delete-confirm = 删除 { $count } 个密钥
bulk-switch-off-title = 停用 API 密钥
bulk-switch-off-question = 停用这 { $count } 个密钥？
bulk-switch-off-note = 仍在使用这些密钥的一切都将停止工作，直到重新启用它们。
bulk-switch-off-confirm = 停用 { $count } 个密钥
bulk-skipped-expired = 已跳过 { $count } 个已过期的密钥（DocSpace 无法启用或停用它们）：{ $names }。
bulk-switched-on = 已启用 { $count } 个密钥。
bulk-switched-off = 已停用 { $count } 个密钥。
bulk-deleted = 已删除 { $count } 个密钥。
bulk-not-switched-on = 无法启用“{ $name }”：{ $reason }
bulk-not-switched-off = 无法停用“{ $name }”：{ $reason }
bulk-not-deleted = 无法删除“{ $name }”：{ $reason }
