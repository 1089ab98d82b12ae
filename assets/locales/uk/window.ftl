## Вікно: заголовок, параметри, екран входу.

starting-signing-in = Вхід…
settings = Параметри
settings-clear-clipboard = Видаляти скопійований ключ із буфера обміну
clear-after-30-seconds = Через 30 секунд
clear-after-1-minute = Через 1 хвилину
clear-after-2-minutes = Через 2 хвилини
clear-after-5-minutes = Через 5 хвилин
clear-on-exit = Лише під час закриття програми
settings-theme = Тема
theme-system = Як у системі
theme-light = Світла
theme-dark = Темна
settings-language = Мова
language-system = Як у системі

connect-title = Підключення до порталу DocSpace
connect-portal = Адреса порталу
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Нещодавні портали
connect-recent-open = Відкрити цей портал зі збереженим входом
connect-with-password = Електронна пошта і пароль
connect-with-key = Ключ API
connect-email = Електронна пошта
connect-password = Пароль
connect-code = Код двофакторної автентифікації
connect-key = Ключ API (sk-…)
connect-remember = Запам'ятати на цьому комп'ютері
connect-remember-hint = Дані для входу зберігаються в системній в'язці ключів, тож наступного разу програма одразу відкриє ваші ключі.
connect-no-keychain = На цьому комп'ютері немає в'язки ключів (у Linux — служби Secret Service, наприклад GNOME Keyring або KWallet), тому вхід не можна запам'ятати: наступного разу ввійдіть знову.
connect-keychain-locked = В'язку ключів заблоковано. Розблокуйте її (наприклад, знову ввійшовши в систему), щоб вхід запам'ятався.
connect-keychain-failed = Не вдалося прочитати або записати запис у в'язці ключів ({ $detail }).
connect-sign-in = Увійти
connect-signing-in = Вхід…
# Області "*:write" і "*:read" — технічні назви API: не перекладати.
connect-key-note = Щоб керувати ключами, ключу потрібен повний доступ або область "*:write" ("*:read" — лише для перегляду).
code-from-app = Введіть код із програми автентифікації.
code-setup-first = Для цього облікового запису ще не налаштовано двофакторну автентифікацію. Спочатку налаштуйте її в DocSpace у браузері, а потім введіть код із програми автентифікації.
code-by-sms-to = Введіть код з SMS, надісланого на номер { $phone }.
code-by-sms = Введіть код з SMS.

## Екран таблиці ключів.

keys-new = Новий ключ
keys-refresh = Оновити
keys-sign-out = Вийти
portal-menu-hint = Перейти на інший збережений портал, додати портал або вийти з цього
portal-signed-in = Ви увійшли як { $account }
portal-switch-to = Перейти на
portal-add = Додати портал…
portal-sign-out = Вийти з цього порталу
portal-busy = Зачекайте, доки завершаться зміни, що виконуються.
portal-back = Назад до { $portal }
portal-entry = { $portal } · { $account }
keys-search = Пошук
keys-search-hint = Назва, кінець ключа або автор
keys-clear-search = Очистити пошук
# $when — відносний час із formats.ftl, напр. "5 хвилин тому", "щойно".
keys-updated = Оновлено { $when }
keys-filter = { $filter } ({ $count })
keys-showing = Показано { $shown } з { $total }
keys-empty = Ключів API ще немає. Створіть окремий ключ для кожної інтеграції, якій потрібен доступ до цього порталу.
keys-reading = Читається новий список ключів…
keys-unread = Не вдалося прочитати список ключів. Оновіть (F5), щоб спробувати ще раз.
keys-no-match = Жоден ключ не відповідає пошуку чи фільтру.
keys-show-all = Показати всі ключі
keys-orphan = Ключ "{ $name }" (закінчується на { $postfix }) щойно створено, але його секретний ключ не надійшов до програми. Видаліть його та створіть ключ знову.
keys-delete-orphan = Видалити цей ключ
person-role = { $name } · { $role }
role-owner = Власник
role-admin = Адміністратор DocSpace
role-room-admin = Адміністратор кімнати
role-user = Користувач
role-guest = Гість

# Фільтри списку ключів (множина: "активні ключі" тощо).
filter-all = Всі
filter-active = Активні
filter-inactive = Неактивні
filter-expired = Прострочені
filter-expiring-soon = Скоро спливають
filter-never-used = Не використовувалися

column-name = Назва
column-key = Ключ
column-access = Доступ
column-created = Створено
column-last-used = Використано
column-expires = Діє до
column-created-by = Автор
column-active = Активний
column-actions = Дії
column-sort-hint = Сортувати; натисніть ще раз, щоб змінити порядок

row-edit = Редагувати
row-delete = Видалити
row-edit-name = Редагувати { $name }
row-delete-name = Видалити { $name }
row-active-name = Активний: { $name }
row-switch-on = Увімкнути
row-switch-off = Вимкнути
row-on = Увімк.
row-off = Вимк.
row-never = ніколи
row-expired = прострочений
row-expired-on = { $date } (прострочений)
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Прострочений ключ не можна редагувати. Видаліть його або створіть новий ключ на заміну.

# "Обмежено" — термін DocSpace для власного вибору доступу (англ. "Custom").
access-all = Всі
access-read-only = Лише читання
access-custom = Обмежено
access-nothing-ticked = Нічого не позначено
# Підсумок у таблиці: область і те, що ключ може в ній робити.
access-summary-read = { $area }: читання
access-summary-write = { $area }: читання і запис
area-all = Усі області
area-files = Файли
area-rooms = Кімнати
area-profile = Профіль
area-contacts = Контакти

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = Портал надіслав дату, яку застосунок не може прочитати.

## Expiry watch and security review.

watch-expired = Прострочені: { $count }
watch-expiring = Спливають протягом 7 днів: { $count }, перший — { $date }
watch-dismiss = Сховати
watch-dismiss-hint = Приховано, доки ще один ключ не сплине або до його завершення не залишиться менше 7 днів
review-toggle = Перевірка безпеки
review-title = Перевірка безпеки
review-back = Назад до всіх ключів
review-intro = Ключі, на які варто поглянути, і чому. Коли ключ вважається невикористовуваним, задається в параметрах. DocSpace не повідомляє, коли ключ було вимкнено, тож це правило спирається на останнє використання.
review-none = Усі ключі пройшли перевірку.
review-full-access = Повний доступ і безстроковий.
review-unused = Давно не використовується: востаннє використаний { $when }.
review-never-used = Жодного разу не використовувався; створений { $when }.
review-expired = Сплив { $when }, але досі в списку.
review-switched-off = Вимкнений; востаннє використаний { $when }.
review-switched-off-never = Вимкнений і жодного разу не використовувався; створений { $when }.
review-switch-off-name = Вимкнути { $name }
settings-review = Пороги перевірки безпеки
settings-review-unused = Ключ вважається невикористовуваним, якщо не використовувався протягом:
settings-review-never-used = Жодного разу не використаний ключ вважається невикористовуваним через:
