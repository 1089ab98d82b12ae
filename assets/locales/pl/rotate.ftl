## Rotacja klucza (nowy klucz o tej samej nazwie, uprawnieniach i okresie ważności, potem
## stary zostaje wyłączony) i eksport listy kluczy.

row-rotate = Rotuj…
row-rotate-name = Rotuj { $name }
form-rotate-hint = Zastępuje ten klucz nowym o tej samej nazwie, tych samych uprawnieniach i tym samym okresie ważności.
rotate-title = Rotacja klucza API
rotate-question = Rotować "{ $name }"?
rotate-new-key-never = Zostanie utworzony nowy klucz o nazwie "{ $name }" z tymi samymi uprawnieniami i pokazany jeden raz. Tak jak stary klucz, nigdy nie wygaśnie.
rotate-new-key-days = Zostanie utworzony nowy klucz o nazwie "{ $name }" z tymi samymi uprawnieniami i pokazany jeden raz. Tak jak stary klucz, wygaśnie { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
} po utworzeniu.
rotate-then = Następnie, ze starym kluczem:
rotate-choice-switch-off = Wyłącz stary klucz
rotate-choice-leave-expired = Pozostaw stary klucz bez zmian
rotate-choice-delete = Usuń stary klucz
rotate-switch-off-note = Wszystko, co nadal używa starego klucza, przestanie działać po jego wyłączeniu. Można go później ponownie włączyć.
rotate-expired-note = Stary klucz wygasł: DocSpace już go nie przyjmuje i nie może go wyłączyć, więc zostaje na liście bez zmian.
rotate-delete-note = Wszystko, co nadal używa starego klucza, przestanie działać. Tej operacji nie można cofnąć.
rotate-confirm = Rotuj
rotate-rotating = Rotowanie…
rotate-lifetime-unknown = Okres ważności tego klucza jest nieznany (portal przesłał datę, której ta aplikacja nie potrafi odczytać), więc nie można utworzyć zamiennika o tym samym okresie ważności. Zamiast tego utwórz nowy klucz.
rotate-switching-off-old = Wyłączanie starego klucza "{ $name }"…
rotate-deleting-old = Usuwanie starego klucza "{ $name }"…
rotate-old-switched-off = Stary klucz "{ $name }" został wyłączony.
rotate-old-deleted = Stary klucz "{ $name }" został usunięty.
rotate-old-left-expired = Stary klucz "{ $name }" wygasł i pozostał bez zmian.
rotate-old-not-switched-off = Nie udało się wyłączyć starego klucza "{ $name }": { $reason } Teraz istnieją oba klucze; wyłącz stary samodzielnie.
rotate-old-not-deleted = Nie udało się usunąć starego klucza "{ $name }": { $reason } Teraz istnieją oba klucze; usuń stary samodzielnie.

keys-export = Eksportuj…
keys-export-hint = Wyświetlone klucze (po wyszukiwaniu i filtrze), bez żadnych sekretów.
export-csv = CSV (do arkuszy kalkulacyjnych)…
export-json = JSON…
msg-exported = { $count ->
    [one] Wyeksportowano { $count } klucz do { $path }.
    [few] Wyeksportowano { $count } klucze do { $path }.
    [many] Wyeksportowano { $count } kluczy do { $path }.
   *[other] Wyeksportowano { $count } klucza do { $path }.
}
msg-export-failed = Nie udało się zapisać eksportu: { $detail }
