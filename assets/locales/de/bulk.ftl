## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = { $name } auswählen
bulk-select-all-shown = Alle angezeigten auswählen
bulk-selected = { $count } ausgewählt
bulk-switch-on = Aktivieren
bulk-switch-off = Deaktivieren…
bulk-delete = Löschen…
bulk-clear = Auswahl aufheben
bulk-delete-title = API-Schlüssel löschen
bulk-delete-question = Diese Schlüssel löschen? Anzahl: { $count }
bulk-delete-note = Alles, was diese Schlüssel noch verwendet, funktioniert nicht mehr. Das kann nicht rückgängig gemacht werden.
bulk-delete-confirm = Löschen ({ $count })
bulk-switch-off-title = API-Schlüssel deaktivieren
bulk-switch-off-question = Diese Schlüssel deaktivieren? Anzahl: { $count }
bulk-switch-off-note = Alles, was diese Schlüssel noch verwendet, funktioniert erst wieder, wenn sie aktiviert werden.
bulk-switch-off-confirm = Deaktivieren ({ $count })
bulk-skipped-expired = Abgelaufen und daher ausgelassen (DocSpace kann sie nicht umschalten), { $count }: { $names }.
bulk-switched-on = Aktiviert: { $count }.
bulk-switched-off = Deaktiviert: { $count }.
bulk-deleted = Gelöscht: { $count }.
bulk-not-switched-on = „{ $name }“ konnte nicht aktiviert werden: { $reason }
bulk-not-switched-off = „{ $name }“ konnte nicht deaktiviert werden: { $reason }
bulk-not-deleted = „{ $name }“ konnte nicht gelöscht werden: { $reason }
