## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = Вибрати { $name }
bulk-select-all-shown = Вибрати всі показані
bulk-selected = Вибрано: { $count }
bulk-switch-on = Увімкнути
bulk-switch-off = Вимкнути…
bulk-delete = Видалити…
bulk-clear = Зняти виділення
bulk-delete-title = Видалити ключі API
bulk-delete-question = Видалити ці ключі? Кількість: { $count }
bulk-delete-note = Усе, що ще використовує ці ключі, перестане працювати. Цю дію не можна скасувати.
bulk-delete-confirm = Видалити ({ $count })
bulk-switch-off-title = Вимкнути ключі API
bulk-switch-off-question = Вимкнути ці ключі? Кількість: { $count }
bulk-switch-off-note = Усе, що ще використовує ці ключі, перестане працювати, доки їх знову не увімкнуть.
bulk-switch-off-confirm = Вимкнути ({ $count })
bulk-skipped-expired = Пропущено, бо термін дії минув (DocSpace не може їх перемкнути), { $count }: { $names }.
bulk-switched-on = Увімкнено ключів: { $count }.
bulk-switched-off = Вимкнено ключів: { $count }.
bulk-deleted = Видалено ключів: { $count }.
bulk-not-switched-on = Не вдалося увімкнути "{ $name }": { $reason }
bulk-not-switched-off = Не вдалося вимкнути "{ $name }": { $reason }
bulk-not-deleted = Не вдалося видалити "{ $name }": { $reason }
