## Діалоги створення, редагування, показу та видалення ключа; низ вікна.

dialog-cancel = Відмінити
form-create-title = Новий ключ API
form-edit-title = Редагувати ключ API
form-name = Назва
form-name-hint = Для чого ключ, наприклад Zapier
form-access = Доступ
form-lifetime = Період існування ключа
form-lifetime-never = Безстроково
# Множина: one = 1, 21, 31…; few = 2–4, 22–24…; many = 0, 5–20, 25–30…; other = дроби (1,5 дня).
form-lifetime-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
form-lifetime-custom = Інший
form-lifetime-custom-name = Інший період існування
form-days = Кількість днів
form-days-range = Введіть кількість днів від 1 до 365.
form-create = Створити
form-creating = Створення…
form-save = Зберегти
form-saving = Збереження…
form-active = Активний
form-expires-on = Діє до { $date }. DocSpace не дозволяє змінити період існування ключа після створення.
form-never-expires = Безстроковий. DocSpace не дозволяє змінити період існування ключа після створення.
form-expired-on = Термін дії сплив { $date }.
# Заголовки таблиці областей: область (Файли, Кімнати…) і стовпці Читання / Запис.
form-area = Область
form-read = Читання
form-write = Запис
form-area-read = { $area }: читання
form-area-write = { $area }: запис
# Області, яких форма не показує, але ключ зберігає їх після збереження.
form-also-kept = Також збережено: { $scopes }
form-write-includes-read = Запис включає читання.
problem-name-missing = Введіть назву.
problem-name-too-long = { $length ->
    [one] Назва має { $length } символ; максимум — { $limit }.
    [few] Назва має { $length } символи; максимум — { $limit }.
    [many] Назва має { $length } символів; максимум — { $limit }.
   *[other] Назва має { $length } символу; максимум — { $limit }.
}
problem-nothing-ticked = Позначте хоча б одне поле або виберіть "Всі" чи "Лише читання".
problem-days-out-of-range = Введіть кількість днів від 1 до 365.

reveal-title = Ваш новий ключ API
reveal-warning = Скопіюйте або збережіть ключ зараз. DocSpace більше його не покаже.
reveal-show = Показати
reveal-hide = Приховати
reveal-copy = Копіювати
reveal-save = Зберегти у файл…
reveal-done = Готово
reveal-not-copied = Ви не скопіювали цей ключ. Його не можна буде показати знову.
reveal-close-anyway = Усе одно закрити
reveal-go-back = Повернутися
reveal-session-ended = Скопіюйте або збережіть ключ, перш ніж закрити це вікно; потім увійдіть знову.
reveal-clear-now = Очистити зараз
reveal-save-to-downloads = Зберегти в "Завантаження"
reveal-saved-private = Збережено в { $path } (доступно лише вам).
reveal-saved = Збережено в { $path }.
reveal-no-file-dialog = На цьому комп'ютері немає діалогу збереження файлів (у Linux установіть xdg-desktop-portal-gtk або zenity).
reveal-copied-clearing = Скопійовано. Буфер обміну буде очищено через { $seconds } с.
reveal-copied-clearing-on-exit = Скопійовано. Буфер обміну буде очищено під час закриття програми.
reveal-copied-cleared = Скопійовано. Буфер обміну очищено.
reveal-copied-replaced = Скопійовано. Відтоді скопійовано щось інше, тому буфер обміну залишено як є.
# $error — ціле речення з крапкою в кінці.
reveal-copied-clear-failed = Скопійовано, але буфер обміну не вдалося очистити: { $error } Скопіюйте щось інше, щоб замінити ключ у буфері обміну.

delete-title = Видалити ключ API
delete-question = Видалити "{ $name }"?
# $when — відносний час ("3 дні тому") або дата.
delete-last-used = Востаннє використано: { $when }.
delete-never-used = Ключ жодного разу не використовувався.
delete-for-good = Усе, що його використовує, перестане працювати. Цю дію не можна скасувати.
delete-confirm = Видалити
delete-deleting = Видалення…

toast-on-clipboard = Новий ключ у буфері обміну. Його буде видалено через { $seconds } с.
toast-on-clipboard-until-exit = Новий ключ у буфері обміну. Його буде видалено під час закриття програми.
toast-undo = Скасувати

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = Коли ключ востаннє використовувався, невідомо.
form-expiry-unknown = Термін дії невідомий: портал надіслав дату, яку застосунок не може прочитати. DocSpace не дозволяє змінити термін дії ключа після створення.
