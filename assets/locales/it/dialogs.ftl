## Le finestre di dialogo per creare, modificare, mostrare ed eliminare le chiavi, e la parte inferiore della finestra.

dialog-cancel = Annulla
form-create-title = Nuova chiave API
form-edit-title = Modifica chiave API
form-name = Nome
form-name-hint = A cosa serve la chiave, ad es. Zapier
form-access = Accesso
form-lifetime = Durata chiave
form-lifetime-never = Nessuna scadenza
form-lifetime-days = { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}
# «Custom» qui = numero di giorni scelto liberamente (non il livello di accesso «Limitato»).
form-lifetime-custom = Personalizzata
form-lifetime-custom-name = Durata personalizzata
form-days = Giorni
form-days-range = Inserisci un numero di giorni da 1 a 365.
form-create = Crea
form-creating = Creazione in corso…
form-save = Salva
form-saving = Salvataggio in corso…
form-active = Attiva
form-expires-on = Scade il { $date }. DocSpace non permette di modificare la durata di una chiave dopo la creazione.
form-never-expires = Non scade mai. DocSpace non permette di modificare la durata di una chiave dopo la creazione.
form-expired-on = Scaduta il { $date }.
form-area = Area
# DocSpace usa «Leggi»/«Scrivi» (imperativi); come intestazioni di colonna qui si usano i sostantivi.
form-read = Lettura
form-write = Scrittura
form-area-read = { $area }: lettura
form-area-write = { $area }: scrittura
# $scopes: ambiti della chiave che questo modulo non mostra ma mantiene al salvataggio.
form-also-kept = Vengono mantenuti anche: { $scopes }
form-write-includes-read = La scrittura include la lettura.
problem-name-missing = Inserisci un nome.
problem-name-too-long = Il nome è lungo { $length } caratteri; il limite è { $limit }.
problem-nothing-ticked = Seleziona almeno una casella oppure scegli «Tutti» o «In sola lettura».
problem-days-out-of-range = Inserisci un numero di giorni da 1 a 365.

reveal-title = La tua nuova chiave API
reveal-warning = Copia o salva la chiave adesso. DocSpace non la mostrerà più.
reveal-show = Mostra
reveal-hide = Nascondi
reveal-copy = Copia
reveal-save = Salva su file…
reveal-done = Fine
reveal-not-copied = Non hai copiato questa chiave. Non potrà essere mostrata di nuovo.
reveal-close-anyway = Chiudi comunque
reveal-go-back = Torna indietro
reveal-session-ended = Copia o salva la chiave prima di chiudere questa finestra; poi accedi di nuovo.
# Svuota subito gli appunti.
reveal-clear-now = Cancella ora
reveal-save-to-downloads = Salva in Download
reveal-saved-private = Salvata in { $path } (leggibile solo da te).
reveal-saved = Salvata in { $path }.
reveal-no-file-dialog = Questo computer non ha una finestra di salvataggio (su Linux, installa xdg-desktop-portal-gtk o zenity per averne una).
reveal-copied-clearing = Copiata. Gli appunti verranno cancellati tra { $seconds } s.
reveal-copied-clearing-on-exit = Copiata. Gli appunti verranno cancellati alla chiusura dell’app.
reveal-copied-cleared = Copiata. Gli appunti sono stati cancellati.
reveal-copied-replaced = Copiata. Nel frattempo è stato copiato qualcos’altro, quindi gli appunti sono stati lasciati come sono.
# $error è una frase completa (con il punto); la frase successiva segue direttamente.
reveal-copied-clear-failed = Copiata, ma non è stato possibile cancellare gli appunti: { $error } Copia qualcos’altro per sostituire la chiave negli appunti.

delete-title = Elimina chiave API
delete-question = Eliminare «{ $name }»?
# $when è un tempo relativo, ad es. «3 giorni fa».
delete-last-used = Ultimo utilizzo: { $when }.
delete-never-used = Non è mai stata usata.
delete-for-good = Tutto ciò che la usa smetterà di funzionare. L’operazione non può essere annullata.
delete-confirm = Elimina
delete-deleting = Eliminazione in corso…

toast-on-clipboard = La nuova chiave è negli appunti. Verranno cancellati tra { $seconds } s.
toast-on-clipboard-until-exit = La nuova chiave è negli appunti. Verranno cancellati alla chiusura dell’app.
toast-undo = Annulla

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = Non si sa quando è stata usata l’ultima volta.
form-expiry-unknown = La data di scadenza è sconosciuta: il portale ha inviato una data che questa app non riesce a leggere. DocSpace non consente di modificare la durata di una chiave dopo la creazione.
