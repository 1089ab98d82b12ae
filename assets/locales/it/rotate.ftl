## Ruotare una chiave (una nuova chiave con lo stesso nome, le stesse autorizzazioni e la stessa
## durata, poi la vecchia viene disabilitata) ed esportare l'elenco delle chiavi.

row-rotate = Ruota…
row-rotate-name = Ruota { $name }
form-rotate-hint = Sostituisce questa chiave con una nuova che ha lo stesso nome, le stesse autorizzazioni e la stessa durata.
rotate-title = Ruota chiave API
rotate-question = Ruotare «{ $name }»?
rotate-new-key-never = Viene creata una nuova chiave chiamata «{ $name }» con le stesse autorizzazioni, mostrata una sola volta. Come la vecchia chiave, non scade mai.
rotate-new-key-days = Viene creata una nuova chiave chiamata «{ $name }» con le stesse autorizzazioni, mostrata una sola volta. Come la vecchia chiave, scade { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
} dopo la creazione.
rotate-then = Poi, per la vecchia chiave:
rotate-choice-switch-off = Disabilita la vecchia chiave
rotate-choice-leave-expired = Lascia la vecchia chiave com'è
rotate-choice-delete = Elimina la vecchia chiave
rotate-switch-off-note = Tutto ciò che usa ancora la vecchia chiave smette di funzionare appena viene disabilitata. Può essere riabilitata.
rotate-expired-note = La vecchia chiave è scaduta: DocSpace non la accetta più e non può disabilitarla, quindi resta nell'elenco così com'è.
rotate-delete-note = Tutto ciò che usa ancora la vecchia chiave smetterà di funzionare. L'operazione non può essere annullata.
rotate-confirm = Ruota
rotate-rotating = Rotazione…
rotate-lifetime-unknown = La durata di questa chiave è sconosciuta (il portale ha inviato una data che questa app non sa leggere), quindi non si può creare una sostituta con la stessa durata. Crea invece una nuova chiave.
rotate-switching-off-old = Disabilitazione della vecchia chiave «{ $name }»…
rotate-deleting-old = Eliminazione della vecchia chiave «{ $name }»…
rotate-old-switched-off = La vecchia chiave «{ $name }» è stata disabilitata.
rotate-old-deleted = La vecchia chiave «{ $name }» è stata eliminata.
rotate-old-left-expired = La vecchia chiave «{ $name }» è scaduta ed è stata lasciata com'era.
rotate-old-not-switched-off = Non è stato possibile disabilitare la vecchia chiave «{ $name }»: { $reason } Ora esistono entrambe le chiavi; disabilita tu la vecchia.
rotate-old-not-deleted = Non è stato possibile eliminare la vecchia chiave «{ $name }»: { $reason } Ora esistono entrambe le chiavi; elimina tu la vecchia.

keys-export = Esporta…
keys-export-hint = Le chiavi mostrate (dopo ricerca e filtro), senza alcun segreto.
export-csv = CSV (per fogli di calcolo)…
export-json = JSON…
msg-exported = { $count ->
    [one] { $count } chiave esportata in { $path }.
   *[other] { $count } chiavi esportate in { $path }.
}
msg-export-failed = Non è stato possibile salvare l'esportazione: { $detail }
