## Диалоги создания, изменения, показа и удаления ключа; низ окна.

dialog-cancel = Отмена
form-create-title = Новый ключ API
form-edit-title = Изменить ключ API
form-name = Название
form-name-hint = Для чего ключ, например Zapier
form-access = Доступ
form-lifetime = Срок действия ключа
form-lifetime-never = Бессрочно
form-lifetime-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
form-lifetime-custom = Другой
form-lifetime-custom-name = Другой срок действия
form-days = Дней
form-days-range = Введите число дней от 1 до 365.
form-create = Создать
form-creating = Создание…
form-save = Сохранить
form-saving = Сохранение…
form-active = Активен
form-expires-on = Истекает { $date }. DocSpace не позволяет изменить срок действия ключа после создания.
form-never-expires = Бессрочный. DocSpace не позволяет изменить срок действия ключа после создания.
form-expired-on = Истёк { $date }.
form-area = Область
form-read = Чтение
form-write = Запись
form-area-read = { $area }: чтение
form-area-write = { $area }: запись
form-also-kept = Также сохраняются: { $scopes }
form-write-includes-read = Запись включает чтение.
problem-name-missing = Введите название.
problem-name-too-long = Название длиной { $length } символов; допустимо не больше { $limit }.
problem-nothing-ticked = Отметьте хотя бы одно поле или выберите «Все» или «Только чтение».
problem-days-out-of-range = Введите число дней от 1 до 365.

reveal-title = Ваш новый ключ API
reveal-warning = Скопируйте или сохраните ключ сейчас. DocSpace больше его не покажет.
reveal-show = Показать
reveal-hide = Скрыть
reveal-copy = Копировать
reveal-save = Сохранить в файл…
reveal-done = Готово
reveal-not-copied = Вы не скопировали этот ключ. Его нельзя будет показать снова.
reveal-close-anyway = Всё равно закрыть
reveal-go-back = Вернуться
reveal-session-ended = Скопируйте или сохраните ключ, прежде чем закрыть это окно; затем войдите снова.
reveal-clear-now = Очистить сейчас
reveal-save-to-downloads = Сохранить в «Загрузки»
reveal-saved-private = Сохранено в { $path } (доступно только вам).
reveal-saved = Сохранено в { $path }.
reveal-no-file-dialog = На этом компьютере нет диалога сохранения (в Linux установите xdg-desktop-portal-gtk или zenity).
reveal-copied-clearing = Скопировано. Буфер обмена будет очищен через { $seconds } с.
reveal-copied-clearing-on-exit = Скопировано. Буфер обмена будет очищен при закрытии приложения.
reveal-copied-cleared = Скопировано. Буфер обмена очищен.
reveal-copied-replaced = Скопировано. С тех пор скопировано что-то другое, поэтому буфер обмена оставлен как есть.
reveal-copied-clear-failed = Скопировано, но буфер обмена не удалось очистить: { $error } Скопируйте что-нибудь другое, чтобы заменить ключ в буфере обмена.

delete-title = Удалить ключ API
delete-question = Удалить «{ $name }»?
delete-last-used = Последнее использование: { $when }.
delete-never-used = Ключ ни разу не использовался.
delete-for-good = Всё, что его использует, перестанет работать. Это действие нельзя отменить.
delete-confirm = Удалить
delete-deleting = Удаление…

toast-on-clipboard = Новый ключ в буфере обмена. Он будет очищен через { $seconds } с.
toast-on-clipboard-until-exit = Новый ключ в буфере обмена. Он будет очищен при закрытии приложения.
toast-undo = Отменить

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = Когда ключ использовался в последний раз, неизвестно.
form-expiry-unknown = Срок действия неизвестен: портал прислал дату, которую приложение не может прочитать. DocSpace не позволяет изменить срок действия ключа после создания.
