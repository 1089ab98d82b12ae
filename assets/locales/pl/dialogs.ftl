## Okna tworzenia, edycji, wyświetlania i usuwania klucza oraz dół okna.

dialog-cancel = Anuluj
form-create-title = Nowy klucz API
form-edit-title = Edytuj klucz API
form-name = Nazwa
form-name-hint = Do czego służy klucz, np. Zapier
form-access = Dostęp
form-lifetime = Okres ważności klucza
form-lifetime-never = Bezterminowo
# Liczba mnoga: one = 1; few = 2–4, 22–24…; many = 0, 5–21, 25–31…; other = ułamki.
form-lifetime-days = { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
}
form-lifetime-custom = Inny
form-lifetime-custom-name = Inny okres ważności
form-days = Liczba dni
form-days-range = Wpisz liczbę dni od 1 do 365.
form-create = Utwórz
form-creating = Tworzenie…
form-save = Zapisz
form-saving = Zapisywanie…
form-active = Aktywny
form-expires-on = Wygasa { $date }. DocSpace nie pozwala zmienić okresu ważności klucza po jego utworzeniu.
form-never-expires = Bezterminowy. DocSpace nie pozwala zmienić okresu ważności klucza po jego utworzeniu.
form-expired-on = Wygasł { $date }.
# Nagłówki tabeli zakresów: obszar (Pliki, Pokoje…) oraz kolumny Odczyt / Zapis.
form-area = Obszar
form-read = Odczyt
form-write = Zapis
form-area-read = { $area }: odczyt
form-area-write = { $area }: zapis
# Zakresy, których formularz nie pokazuje, ale klucz je zachowuje po zapisaniu.
form-also-kept = Zachowane także: { $scopes }
form-write-includes-read = Zapis obejmuje odczyt.
problem-name-missing = Wpisz nazwę.
problem-name-too-long = { $length ->
    [one] Nazwa ma { $length } znak; limit to { $limit }.
    [few] Nazwa ma { $length } znaki; limit to { $limit }.
    [many] Nazwa ma { $length } znaków; limit to { $limit }.
   *[other] Nazwa ma { $length } znaku; limit to { $limit }.
}
problem-nothing-ticked = Zaznacz co najmniej jedno pole albo wybierz Wszystko lub Tylko do odczytu.
problem-days-out-of-range = Wpisz liczbę dni od 1 do 365.

reveal-title = Twój nowy klucz API
reveal-warning = Skopiuj lub zapisz klucz teraz. DocSpace nie pokaże go ponownie.
reveal-show = Pokaż
reveal-hide = Ukryj
reveal-copy = Kopiuj
reveal-save = Zapisz do pliku…
reveal-done = Gotowe
reveal-not-copied = Nie skopiowano tego klucza. Nie będzie można go ponownie wyświetlić.
reveal-close-anyway = Zamknij mimo to
reveal-go-back = Wróć
reveal-session-ended = Skopiuj lub zapisz klucz, zanim zamkniesz to okno; potem zaloguj się ponownie.
reveal-clear-now = Wyczyść teraz
reveal-save-to-downloads = Zapisz w Pobranych
reveal-saved-private = Zapisano w { $path } (tylko Ty możesz go odczytać).
reveal-saved = Zapisano w { $path }.
reveal-no-file-dialog = Na tym komputerze nie ma okna zapisywania plików (w Linuksie zainstaluj xdg-desktop-portal-gtk lub zenity).
reveal-copied-clearing = Skopiowano. Schowek zostanie wyczyszczony za { $seconds } s.
reveal-copied-clearing-on-exit = Skopiowano. Schowek zostanie wyczyszczony po zamknięciu aplikacji.
reveal-copied-cleared = Skopiowano. Schowek został wyczyszczony.
reveal-copied-replaced = Skopiowano. W międzyczasie skopiowano coś innego, więc schowek pozostał bez zmian.
# $error to całe zdanie zakończone kropką.
reveal-copied-clear-failed = Skopiowano, ale nie udało się wyczyścić schowka: { $error } Skopiuj coś innego, aby zastąpić klucz w schowku.

delete-title = Usuń klucz API
delete-question = Usunąć "{ $name }"?
# $when to czas względny ("3 dni temu") lub data.
delete-last-used = Ostatnie użycie: { $when }.
delete-never-used = Klucz nigdy nie był używany.
delete-for-good = Wszystko, co go używa, przestanie działać. Tej operacji nie można cofnąć.
delete-confirm = Usuń
delete-deleting = Usuwanie…

toast-on-clipboard = Nowy klucz jest w schowku. Zostanie usunięty za { $seconds } s.
toast-on-clipboard-until-exit = Nowy klucz jest w schowku. Zostanie usunięty po zamknięciu aplikacji.
toast-undo = Cofnij

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = Nie wiadomo, kiedy klucz był ostatnio używany.
form-expiry-unknown = Data wygaśnięcia jest nieznana: portal przesłał datę, której aplikacja nie potrafi odczytać. DocSpace nie pozwala zmienić okresu ważności klucza po jego utworzeniu.
