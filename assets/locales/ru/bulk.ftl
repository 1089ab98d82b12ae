## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = Выбрать { $name }
bulk-select-all-shown = Выбрать все показанные
bulk-selected = Выбрано: { $count }
bulk-switch-on = Включить
bulk-switch-off = Отключить…
bulk-delete = Удалить…
bulk-clear = Снять выделение
bulk-delete-title = Удалить ключи API
bulk-delete-question = Удалить эти ключи? Количество: { $count }
bulk-delete-note = Всё, что ещё использует эти ключи, перестанет работать. Это действие нельзя отменить.
bulk-delete-confirm = Удалить ({ $count })
bulk-switch-off-title = Отключить ключи API
bulk-switch-off-question = Отключить эти ключи? Количество: { $count }
bulk-switch-off-note = Всё, что ещё использует эти ключи, перестанет работать, пока их снова не включат.
bulk-switch-off-confirm = Отключить ({ $count })
bulk-skipped-expired = Пропущены, так как истекли (DocSpace не может их переключить), { $count }: { $names }.
bulk-switched-on = Включено ключей: { $count }.
bulk-switched-off = Отключено ключей: { $count }.
bulk-deleted = Удалено ключей: { $count }.
bulk-not-switched-on = Не удалось включить «{ $name }»: { $reason }
bulk-not-switched-off = Не удалось отключить «{ $name }»: { $reason }
bulk-not-deleted = Не удалось удалить «{ $name }»: { $reason }
