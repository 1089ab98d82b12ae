## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = Zaznacz { $name }
bulk-select-all-shown = Zaznacz wszystkie widoczne
bulk-selected = Zaznaczone: { $count }
bulk-switch-on = Włącz
bulk-switch-off = Wyłącz…
bulk-delete = Usuń…
bulk-clear = Wyczyść zaznaczenie
bulk-delete-title = Usuń klucze API
bulk-delete-question = Usunąć te klucze? Liczba: { $count }
bulk-delete-note = Wszystko, co nadal używa tych kluczy, przestanie działać. Tej operacji nie można cofnąć.
bulk-delete-confirm = Usuń ({ $count })
bulk-switch-off-title = Wyłącz klucze API
bulk-switch-off-question = Wyłączyć te klucze? Liczba: { $count }
bulk-switch-off-note = Wszystko, co nadal używa tych kluczy, przestanie działać, dopóki nie zostaną ponownie włączone.
bulk-switch-off-confirm = Wyłącz ({ $count })
bulk-skipped-expired = Pominięte, bo wygasły (DocSpace nie może ich przełączyć), { $count }: { $names }.
bulk-switched-on = Włączone klucze: { $count }.
bulk-switched-off = Wyłączone klucze: { $count }.
bulk-deleted = Usunięte klucze: { $count }.
bulk-not-switched-on = Nie udało się włączyć klucza "{ $name }": { $reason }
bulk-not-switched-off = Nie udało się wyłączyć klucza "{ $name }": { $reason }
bulk-not-deleted = Nie udało się usunąć klucza "{ $name }": { $reason }
