## Co aplikacja mówi użytkownikowi: powiadomienia, uwagi i przyczyny błędów.
## $detail to słowa samego portalu (lub systemu), pokazane tak, jak przyszły.

msg-portal-said = { $text } (Odpowiedź portalu: { $detail })
msg-enter-email-and-password = Wpisz e-mail i hasło.
msg-enter-code = Wpisz kod.
msg-paste-api-key = Wklej klucz API (zaczyna się od "sk-").
msg-remembered-sign-in-failed = Nie udało się zalogować zapamiętanymi danymi: { $reason }
msg-signed-out = Wylogowano.
msg-keychain-not-removed = Nie udało się usunąć wpisu z pęku kluczy: { $reason }
msg-account-not-forgotten = Wylogowano, ale nie udało się zaktualizować listy zapamiętanych logowań ({ $path }): { $reason }
msg-session-ended-key = Portal nie akceptuje już klucza API, którym się zalogowano: został usunięty, wyłączony lub wygasł. Zaloguj się ponownie innym kluczem.
msg-session-ended = Twoja sesja na tym portalu się zakończyła: wygasła albo wylogowano Cię w innym miejscu. Zaloguj się ponownie.
msg-after-crash = Ostatnim razem aplikacja DocSpace API Keys została nieoczekiwanie zamknięta, więc nie zalogowała się automatycznie. Zaloguj się ponownie; jeśli to się powtórzy, zaloguj się na inne konto i usuń klucz, na którym zatrzymała się lista, lub zmień jego nazwę.
# Zakresy "*:write" i "*:read" to nazwy techniczne API: nie tłumaczyć.
msg-read-only-key = Ten klucz ma tylko zakres "*:read": możesz przeglądać klucze, ale nie możesz ich tworzyć, zmieniać ani usuwać. Aby to robić, zaloguj się kluczem z zakresem "*:write" (lub z pełnym dostępem).
msg-refresh-failed = Nie udało się odświeżyć listy. { $reason }
msg-switched-on = Klucz "{ $name }" jest włączony.
msg-switched-off = Klucz "{ $name }" jest wyłączony.
msg-saved = Zapisano klucz "{ $name }".
msg-deleted = Usunięto klucz "{ $name }".
msg-shown-again = Wyszukiwanie i filtr zostały wyczyszczone, aby nowy klucz był widoczny.
# $reason to całe zdanie zakończone kropką.
msg-copy-failed = { $reason } Zaznacz klucz powyżej ręcznie lub zapisz go do pliku.
clipboard-unavailable = Schowek jest niedostępny ({ $detail }).
msg-save-failed = Nie udało się zapisać w { $path }: { $detail }
msg-clipboard-cleared = Nowy klucz został usunięty ze schowka.
msg-clipboard-replaced = Po nowym kluczu skopiowano coś innego, więc schowek pozostał bez zmian.
msg-clipboard-clear-failed = Nie udało się usunąć nowego klucza ze schowka: skopiuj coś innego, aby go zastąpić. { $reason }

api-offline = Nie udało się połączyć z { $host }. Sprawdź adres portalu i połączenie z internetem, a potem spróbuj ponownie.
api-timeout = Serwer { $host } nie odpowiedział na czas. Portal może być zajęty; spróbuj ponownie za chwilę.
api-tls = Nie udało się zweryfikować bezpiecznego połączenia z { $host }. Jeśli Twój portal używa certyfikatu Twojej organizacji, upewnij się, że ten certyfikat jest zainstalowany na tym komputerze.
api-unauthorized = Logowanie straciło ważność (klucz został unieważniony, wyłączony lub wygasł albo sesja się zakończyła). Zaloguj się ponownie.
api-unauthorized-said = { $detail } Zaloguj się ponownie.
api-forbidden = To konto lub ten klucz nie może zarządzać kluczami API. Klucz API potrzebuje zakresu "*:write" (lub pełnego dostępu), aby zarządzać kluczami, oraz "*:read", aby je wyświetlać.
api-forbidden-said = { $detail } (To konto lub ten klucz nie może zarządzać kluczami API. Klucz API potrzebuje zakresu "*:write" (lub pełnego dostępu), aby zarządzać kluczami, oraz "*:read", aby je wyświetlać.)
api-not-found = Portal nie zna tego elementu (HTTP 404). Mógł zostać usunięty; odśwież listę.
api-rate-limited = Portal ogranicza liczbę żądań. Poczekaj minutę i spróbuj ponownie.
api-rate-limited-for = Portal ogranicza liczbę żądań. Poczekaj { $seconds } s i spróbuj ponownie.
api-server = Portal zgłosił problem (HTTP { $status }). Spróbuj ponownie później.
api-server-said = Portal zgłosił problem (HTTP { $status }): { $detail }. Spróbuj ponownie później.
api-not-docspace = Odpowiedź z { $host } nie jest odpowiedzią DocSpace ({ $detail }). Sprawdź, czy to adres Twojego portalu DocSpace.
api-validation = Portal odrzucił żądanie: { $detail }
api-redirected-to = Portal odpowiedział przekierowaniem na { $location } (HTTP { $status }). Sprawdź adres portalu (wpisz adres, na który prowadzi przekierowanie).
api-redirected = Portal odpowiedział przekierowaniem (HTTP { $status }), nie podając dokąd. Sprawdź adres portalu.
# $size pochodzi z size-mib lub size-kib, np. "5 MiB".
api-answer-too-large = Odpowiedź z { $host } była większa niż { $size } i nie została odczytana. Sprawdź, czy to adres Twojego portalu DocSpace.
api-create-answer-lost = Portal mógł utworzyć klucz "{ $name }", ale jego odpowiedź zaginęła ({ $detail }), więc nie można pokazać sekretnego klucza. Nie ponawiaj po prostu próby: odśwież listę, usuń wszystkie klucze o nazwie "{ $name }" utworzone w ciągu ostatnich kilku minut, a potem utwórz nowy.
api-unusable-credential = Klucz API lub token zawiera znaki, których nie można wysłać (np. podział wiersza lub znak spoza ASCII). Skopiuj go ponownie, bez niczego dookoła.
api-request = Nie udało się wysłać żądania: { $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = To nie jest klucz API. Klucze API DocSpace zaczynają się od "sk-".
sign-in-key-not-valid = Portal nie akceptuje tego klucza API. Sprawdź, czy skopiowano go w całości (zaczyna się od "sk-"); usunięty, wyłączony lub wygasły klucz już nie działa.
sign-in-key-cannot-list-keys = Ten klucz API nie może zarządzać kluczami API: brakuje mu zakresu "*:read" (do wyświetlania kluczy) i "*:write" (do ich zmieniania). Jego zakresy: { $scopes }. Utwórz dla tej aplikacji klucz z pełnym dostępem lub z "*:write".
sign-in-wrong-password = Nieprawidłowy e-mail lub hasło. Sprawdź oba pola i zaloguj się ponownie.
sign-in-code-refused = Portal nie zaakceptował kodu. Spróbuj ponownie.

portal-empty = Wpisz adres swojego portalu DocSpace, np. myportal.onlyoffice.com.
portal-not-an-address = "{ $input }" nie jest adresem internetowym. Wpisz adres swojego portalu DocSpace, np. myportal.onlyoffice.com.
portal-unsupported-scheme = Adresy "{ $scheme }" nie są obsługiwane. Użyj adresu portalu z https://, np. https://myportal.onlyoffice.com.
portal-insecure-remote = Zwykłe http:// przesłałoby hasło i klucze bez szyfrowania, dlatego jest dozwolone tylko dla tego komputera (localhost). Użyj zamiast tego https://{ $host }.
portal-insecure-local-name = Zwykłe http:// jest dozwolone tylko dla tego komputera, a "{ $host }" to nazwa wyszukiwana w sieci, więc może prowadzić do innego komputera. Użyj http://localhost lub http://127.0.0.1 (z portem) albo https://{ $host }.
portal-credentials-in-address = Nie wpisuj nazwy użytkownika ani hasła w adresie portalu; podasz je w następnym kroku.

keychain-unavailable = Na tym komputerze nie ma pęku kluczy (w Linuksie usługi Secret Service, np. GNOME Keyring lub KWallet). Logowanie będzie ważne tylko w tej sesji.
keychain-locked = Pęk kluczy jest zablokowany lub odmówił dostępu. Odblokuj go (np. logując się ponownie do systemu), aby logowanie zostało zapamiętane; na razie jest ważne tylko w tej sesji.
keychain-failed = Nie udało się odczytać ani zapisać wpisu w pęku kluczy ({ $detail }).

remember-no-settings-folder = Nie udało się zapamiętać logowania: na tym komputerze nie ma folderu ustawień dla aplikacji.
remember-accounts-file = Nie udało się zapamiętać logowania: nie udało się zapisać listy zapamiętanych logowań ({ $path }) ({ $detail }).
remember-keychain = Nie udało się zachować logowania w pęku kluczy. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = Portal nie zmienił klucza. Wygasłych kluczy nie można zmieniać, a zmienić klucz może tylko jego twórca lub administrator DocSpace. Odśwież listę, aby zobaczyć jego obecny stan.
api-refused-not-deleted = Portal nie usunął klucza. Usunąć klucz może tylko jego twórca lub administrator DocSpace. Odśwież listę, aby zobaczyć jego obecny stan.
api-refused-unknown-key = Portal nie znalazł tego klucza (odpowiedział błędem). Możliwe, że został już usunięty; odśwież listę.
