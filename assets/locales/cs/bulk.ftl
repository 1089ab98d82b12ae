## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = Vybrat { $name }
bulk-select-all-shown = Vybrat všechny zobrazené
bulk-selected = Vybráno: { $count }
bulk-switch-on = Zapnout
bulk-switch-off = Vypnout…
bulk-delete = Smazat…
bulk-clear = Zrušit výběr
bulk-delete-title = Smazat klíče API
bulk-delete-question = Smazat tyto klíče? Počet: { $count }
bulk-delete-note = Vše, co tyto klíče ještě používá, přestane fungovat. Tuto akci nelze vrátit zpět.
bulk-delete-confirm = Smazat ({ $count })
bulk-switch-off-title = Vypnout klíče API
bulk-switch-off-question = Vypnout tyto klíče? Počet: { $count }
bulk-switch-off-note = Vše, co tyto klíče ještě používá, přestane fungovat, dokud nebudou znovu zapnuty.
bulk-switch-off-confirm = Vypnout ({ $count })
bulk-skipped-expired = Vynecháno, protože vypršely (DocSpace je nemůže přepnout), { $count }: { $names }.
bulk-switched-on = Zapnuté klíče: { $count }.
bulk-switched-off = Vypnuté klíče: { $count }.
bulk-deleted = Smazané klíče: { $count }.
bulk-not-switched-on = Klíč "{ $name }" se nepodařilo zapnout: { $reason }
bulk-not-switched-off = Klíč "{ $name }" se nepodařilo vypnout: { $reason }
bulk-not-deleted = Klíč "{ $name }" se nepodařilo smazat: { $reason }
