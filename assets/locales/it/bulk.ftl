## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = Seleziona { $name }
bulk-select-all-shown = Seleziona tutte quelle mostrate
bulk-selected = Selezionate: { $count }
bulk-switch-on = Abilita
bulk-switch-off = Disabilita…
bulk-delete = Elimina…
bulk-clear = Cancella selezione
bulk-delete-title = Elimina chiavi API
bulk-delete-question = Eliminare queste chiavi? Numero: { $count }
bulk-delete-note = Tutto ciò che usa ancora queste chiavi smette di funzionare. L’operazione non può essere annullata.
bulk-delete-confirm = Elimina ({ $count })
bulk-switch-off-title = Disabilita chiavi API
bulk-switch-off-question = Disabilitare queste chiavi? Numero: { $count }
bulk-switch-off-note = Tutto ciò che usa ancora queste chiavi smette di funzionare finché non vengono riabilitate.
bulk-switch-off-confirm = Disabilita ({ $count })
bulk-skipped-expired = Escluse perché scadute (DocSpace non può abilitarle né disabilitarle), { $count }: { $names }.
bulk-switched-on = Chiavi abilitate: { $count }.
bulk-switched-off = Chiavi disabilitate: { $count }.
bulk-deleted = Chiavi eliminate: { $count }.
bulk-not-switched-on = Impossibile abilitare «{ $name }»: { $reason }
bulk-not-switched-off = Impossibile disabilitare «{ $name }»: { $reason }
bulk-not-deleted = Impossibile eliminare «{ $name }»: { $reason }
