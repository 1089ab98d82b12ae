## Okno: nagłówek, ustawienia, ekran logowania.

starting-signing-in = Logowanie…
settings = Ustawienia
settings-clear-clipboard = Usuwaj skopiowany klucz ze schowka
clear-after-30-seconds = Po 30 sekundach
clear-after-1-minute = Po 1 minucie
clear-after-2-minutes = Po 2 minutach
clear-after-5-minutes = Po 5 minutach
clear-on-exit = Dopiero po zamknięciu aplikacji
settings-theme = Motyw
theme-system = Jak w systemie
theme-light = Jasny
theme-dark = Ciemny
settings-language = Język
language-system = Domyślny systemu

connect-title = Połącz się z portalem DocSpace
connect-portal = Adres portalu
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Ostatnie portale
connect-recent-open = Otwórz ten portal z zapamiętanym logowaniem
connect-with-password = E-mail i hasło
connect-with-key = Klucz API
connect-email = E-mail
connect-password = Hasło
connect-code = Kod weryfikacji dwuetapowej
connect-key = Klucz API (sk-…)
connect-remember = Zapamiętaj na tym komputerze
connect-remember-hint = Dane logowania zostaną zapisane w systemowym pęku kluczy, więc następnym razem aplikacja od razu pokaże Twoje klucze.
connect-no-keychain = Na tym komputerze nie ma pęku kluczy (w Linuksie usługi Secret Service, np. GNOME Keyring lub KWallet), więc nie można zapamiętać logowania: następnym razem zaloguj się ponownie.
connect-keychain-locked = Pęk kluczy jest zablokowany. Odblokuj go (np. logując się ponownie do systemu), aby logowanie zostało zapamiętane.
connect-keychain-failed = Nie udało się odczytać ani zapisać wpisu w pęku kluczy ({ $detail }).
connect-sign-in = Zaloguj się
connect-signing-in = Logowanie…
# Zakresy "*:write" i "*:read" to nazwy techniczne API: nie tłumaczyć.
connect-key-note = Do zarządzania kluczami klucz potrzebuje pełnego dostępu lub zakresu "*:write" ("*:read" wystarczy do samego przeglądania).
code-from-app = Wpisz kod z aplikacji uwierzytelniającej.
code-setup-first = Weryfikacja dwuetapowa nie jest jeszcze skonfigurowana dla tego konta. Najpierw skonfiguruj ją w DocSpace w przeglądarce, a potem wpisz kod z aplikacji uwierzytelniającej.
code-by-sms-to = Wpisz kod wysłany SMS-em na numer { $phone }.
code-by-sms = Wpisz kod otrzymany SMS-em.

## Ekran z tabelą kluczy.

keys-new = Nowy klucz
keys-refresh = Odśwież
keys-sign-out = Wyloguj
portal-menu-hint = Przełącz na inny zapamiętany portal, dodaj portal lub wyloguj się z tego
portal-signed-in = Zalogowano jako { $account }
portal-switch-to = Przełącz na
portal-add = Dodaj portal…
portal-sign-out = Wyloguj się z tego portalu
portal-busy = Poczekaj, aż trwające zmiany się zakończą.
portal-back = Wróć do { $portal }
portal-entry = { $portal } · { $account }
keys-search = Wyszukaj
keys-search-hint = Nazwa, końcówka klucza lub twórca
keys-clear-search = Wyczyść wyszukiwanie
# $when to czas względny z formats.ftl, np. "5 minut temu", "przed chwilą".
keys-updated = Zaktualizowano { $when }
keys-filter = { $filter } ({ $count })
keys-showing = Wyświetlono { $shown } z { $total }
keys-empty = Nie ma jeszcze kluczy API. Utwórz osobny klucz dla każdej integracji, która potrzebuje dostępu do tego portalu.
keys-reading = Wczytywanie nowej listy kluczy…
keys-unread = Nie udało się wczytać listy kluczy. Odśwież (F5), aby spróbować ponownie.
keys-no-match = Żaden klucz nie pasuje do wyszukiwania ani filtra.
keys-show-all = Pokaż wszystkie klucze
keys-orphan = Klucz "{ $name }" (końcówka { $postfix }) został właśnie utworzony, ale jego sekretny klucz nie dotarł do aplikacji. Usuń go i utwórz klucz ponownie.
keys-delete-orphan = Usuń ten klucz
person-role = { $name } · { $role }
role-owner = Właściciel
role-admin = Administrator DocSpace
role-room-admin = Administrator pokoju
role-user = Użytkownik
role-guest = Gość

# Filtry listy kluczy (liczba mnoga: "klucze aktywne" itd.).
filter-all = Wszystkie
filter-active = Aktywne
filter-inactive = Nieaktywne
filter-expired = Wygasłe
filter-expiring-soon = Wkrótce wygasają
filter-never-used = Nieużywane

column-name = Nazwa
column-key = Klucz
column-access = Dostęp
column-created = Utworzono
column-last-used = Ostatnio użyty
column-expires = Wygasa
column-created-by = Autor
column-active = Aktywny
column-actions = Akcje
column-sort-hint = Sortuj; kliknij ponownie, aby odwrócić kolejność

row-edit = Edytuj
row-delete = Usuń
row-edit-name = Edytuj { $name }
row-delete-name = Usuń { $name }
row-active-name = Aktywny: { $name }
row-switch-on = Włącz
row-switch-off = Wyłącz
row-on = Wł.
row-off = Wył.
row-never = nigdy
row-expired = wygasł
row-expired-on = { $date } (wygasł)
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Wygasłego klucza nie można edytować. Usuń go lub utwórz nowy klucz w jego miejsce.

# "Ograniczone" to termin DocSpace dla dostępu niestandardowego (ang. "Custom").
access-all = Wszystko
access-read-only = Tylko do odczytu
access-custom = Ograniczone
access-nothing-ticked = Nic nie zaznaczono
# Podsumowanie w tabeli: obszar i to, co klucz może w nim robić.
access-summary-read = { $area }: odczyt
access-summary-write = { $area }: odczyt i zapis
area-all = Wszystkie obszary
area-files = Pliki
area-rooms = Pokoje
area-profile = Profil
area-contacts = Kontakty

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = Portal przesłał datę, której aplikacja nie potrafi odczytać.

## Expiry watch and security review.

watch-expired = Wygasłe: { $count }
watch-expiring = Wygasają w ciągu 7 dni: { $count }, pierwszy { $date }
watch-dismiss = Ukryj
watch-dismiss-hint = Ukryte, dopóki kolejny klucz nie wygaśnie lub do jego wygaśnięcia nie zostanie mniej niż 7 dni
review-toggle = Przegląd bezpieczeństwa
review-title = Przegląd bezpieczeństwa
review-back = Wróć do wszystkich kluczy
review-intro = Klucze, którym warto się przyjrzeć, i dlaczego. Kiedy klucz uznaje się za nieużywany, ustawisz w Ustawieniach. DocSpace nie podaje, kiedy klucz został wyłączony, więc ta reguła opiera się na jego ostatnim użyciu.
review-none = Wszystkie klucze przechodzą przegląd.
review-full-access = Pełny dostęp i nigdy nie wygasa.
review-unused = Długo nieużywany: ostatnio użyty { $when }.
review-never-used = Nigdy nieużyty; utworzony { $when }.
review-expired = Wygasł { $when }, ale nadal jest na liście.
review-switched-off = Wyłączony; ostatnio użyty { $when }.
review-switched-off-never = Wyłączony i nigdy nieużyty; utworzony { $when }.
review-switch-off-name = Wyłącz { $name }
settings-review = Progi przeglądu bezpieczeństwa
settings-review-unused = Klucz jest nieużywany, gdy nie był używany przez:
settings-review-never-used = Nigdy nieużyty klucz jest nieużywany po upływie:
