## Окно: заголовок, настройки, экран входа.

starting-signing-in = Вход…
settings = Настройки
settings-clear-clipboard = Очищать скопированный ключ из буфера обмена
clear-after-30-seconds = Через 30 секунд
clear-after-1-minute = Через 1 минуту
clear-after-2-minutes = Через 2 минуты
clear-after-5-minutes = Через 5 минут
clear-on-exit = Только при закрытии приложения
settings-theme = Тема
theme-system = Как в системе
theme-light = Светлая
theme-dark = Тёмная
settings-language = Язык
language-system = Как в системе

connect-title = Подключение к порталу DocSpace
connect-portal = Адрес портала
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Недавние порталы
connect-recent-open = Открыть этот портал с сохранённым входом
connect-with-password = Email и пароль
connect-with-key = Ключ API
connect-email = Email
connect-password = Пароль
connect-code = Код двухфакторной аутентификации
connect-key = Ключ API (sk-…)
connect-remember = Запомнить на этом компьютере
connect-remember-hint = Данные для входа хранятся в системной связке ключей, и в следующий раз приложение сразу откроет ваши ключи.
connect-no-keychain = На этом компьютере нет связки ключей (в Linux — службы Secret Service, например GNOME Keyring или KWallet), поэтому вход нельзя запомнить: в следующий раз войдите снова.
connect-keychain-locked = Связка ключей заблокирована. Разблокируйте её (например, снова войдя в систему), чтобы вход запомнился.
connect-keychain-failed = Не удалось прочитать или записать запись в связке ключей ({ $detail }).
connect-sign-in = Войти
connect-signing-in = Вход…
connect-key-note = Чтобы управлять ключами, ключу нужен полный доступ или область «*:write» («*:read» — только для просмотра).
code-from-app = Введите код из приложения-аутентификатора.
code-setup-first = Для этой учётной записи ещё не настроена двухфакторная аутентификация. Сначала настройте её в DocSpace в браузере, затем введите код из приложения-аутентификатора.
code-by-sms-to = Введите код из SMS, отправленного на номер { $phone }.
code-by-sms = Введите код из SMS.

## Экран ключей.

keys-new = Новый ключ
keys-refresh = Обновить
keys-sign-out = Выйти
portal-menu-hint = Перейти на другой сохранённый портал, добавить портал или выйти из этого
portal-signed-in = Вход выполнен как { $account }
portal-switch-to = Перейти на
portal-add = Добавить портал…
portal-sign-out = Выйти из этого портала
portal-busy = Дождитесь окончания изменений, которые ещё выполняются.
portal-back = Назад к { $portal }
portal-entry = { $portal } · { $account }
keys-search = Поиск
keys-search-hint = Название, окончание ключа или автор
keys-clear-search = Очистить поиск
keys-updated = Обновлено { $when }
keys-filter = { $filter } ({ $count })
keys-showing = Показано { $shown } из { $total }
keys-empty = Ключей API пока нет. Создайте отдельный ключ для каждой интеграции, которой нужен доступ к порталу.
keys-reading = Читается новый список ключей…
keys-unread = Не удалось прочитать список ключей. Обновите (F5), чтобы попробовать снова.
keys-no-match = Ни один ключ не подходит под поиск или фильтр.
keys-show-all = Показать все ключи
keys-orphan = Ключ «{ $name }» (оканчивается на { $postfix }) только что создан, но его секретный ключ не дошёл до приложения. Удалите его и создайте ключ заново.
keys-delete-orphan = Удалить этот ключ
person-role = { $name } · { $role }
role-owner = Владелец
role-admin = Администратор DocSpace
role-room-admin = Администратор комнаты
role-user = Пользователь
role-guest = Гость

filter-all = Все
filter-active = Активные
filter-inactive = Неактивные
filter-expired = Истёкшие
filter-expiring-soon = Скоро истекают
filter-never-used = Не использовались

column-name = Название
column-key = Ключ
column-access = Доступ
column-created = Создан
column-last-used = Использован
column-expires = Истекает
column-created-by = Кем создан
column-active = Активен
column-actions = Действия
column-sort-hint = Сортировать; нажмите ещё раз для обратного порядка

row-edit = Изменить
row-delete = Удалить
row-edit-name = Изменить { $name }
row-delete-name = Удалить { $name }
row-active-name = Активен: { $name }
row-switch-on = Включить
row-switch-off = Отключить
row-on = Вкл.
row-off = Выкл.
row-never = никогда
row-expired = истёк
row-expired-on = { $date } (истёк)
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Истёкший ключ нельзя изменить. Удалите его или создайте новый ключ на замену.

access-all = Все
access-read-only = Только чтение
access-custom = Ограничено
access-nothing-ticked = Ничего не отмечено
access-summary-read = { $area }: чтение
access-summary-write = { $area }: чтение и запись
area-all = Все области
area-files = Файлы
area-rooms = Комнаты
area-profile = Профиль
area-contacts = Контакты

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = Портал прислал дату, которую приложение не может прочитать.

## Expiry watch and security review.

watch-expired = Истёкшие: { $count }
watch-expiring = Истекают в течение 7 дней: { $count }, первый — { $date }
watch-dismiss = Скрыть
watch-dismiss-hint = Скрыто, пока ещё один ключ не истечёт или до его истечения не останется меньше 7 дней
review-toggle = Проверка безопасности
review-title = Проверка безопасности
review-back = Назад ко всем ключам
review-intro = Ключи, на которые стоит взглянуть, и почему. Когда ключ считается неиспользуемым, задаётся в настройках. DocSpace не сообщает, когда ключ был отключён, поэтому это правило опирается на последнее использование.
review-none = Все ключи прошли проверку.
review-full-access = Полный доступ и бессрочный.
review-unused = Давно не используется: последнее использование { $when }.
review-never-used = Ни разу не использовался; создан { $when }.
review-expired = Истёк { $when }, но всё ещё в списке.
review-switched-off = Отключён; последнее использование { $when }.
review-switched-off-never = Отключён и ни разу не использовался; создан { $when }.
review-switch-off-name = Отключить { $name }
settings-review = Пороги проверки безопасности
settings-review-unused = Ключ считается неиспользуемым, если не использовался в течение:
settings-review-never-used = Ни разу не использованный ключ считается неиспользуемым через:
