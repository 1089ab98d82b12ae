## Cosa l’app comunica all’utente: notifiche, note e perché qualcosa non è riuscito.
## $detail sono le parole del portale (o del sistema), mostrate così come sono arrivate.

msg-portal-said = { $text } (Risposta del portale: { $detail })
msg-enter-email-and-password = Inserisci email e password.
msg-enter-code = Inserisci il codice.
msg-paste-api-key = Incolla una chiave API (inizia con «sk-»).
msg-remembered-sign-in-failed = Impossibile accedere con l’accesso ricordato: { $reason }
msg-signed-out = Disconnessione effettuata.
msg-keychain-not-removed = Impossibile rimuovere la voce del portachiavi: { $reason }
msg-account-not-forgotten = Disconnesso, ma non è stato possibile aggiornare l’elenco degli accessi memorizzati ({ $path }): { $reason }
msg-session-ended-key = Il portale non accetta più la chiave API con cui hai effettuato l’accesso: è stata eliminata o disabilitata, oppure è scaduta. Accedi di nuovo con un’altra chiave.
msg-session-ended = Il tuo accesso a questo portale è terminato: è scaduto, oppure è stata effettuata la disconnessione altrove. Accedi di nuovo.
msg-after-crash = L’ultima volta l’app DocSpace API Keys si è chiusa in modo imprevisto, quindi l’accesso automatico non è stato eseguito. Accedi di nuovo; se succede ancora, accedi con un altro account ed elimina o rinomina la chiave su cui si è fermato l’elenco.
# «*:write» e «*:read» sono nomi tecnici di ambito: non tradurli.
msg-read-only-key = Questa chiave ha solo l’ambito «*:read»: puoi vedere le chiavi, ma non crearle, modificarle o eliminarle. Per farlo, accedi con una chiave che abbia «*:write» (o l’accesso completo).
msg-refresh-failed = Impossibile aggiornare l’elenco. { $reason }
msg-switched-on = La chiave «{ $name }» è abilitata.
msg-switched-off = La chiave «{ $name }» è disabilitata.
msg-saved = Chiave «{ $name }» salvata.
msg-deleted = Chiave «{ $name }» eliminata.
msg-shown-again = La ricerca e il filtro sono stati cancellati per mostrare la nuova chiave.
# $reason è una frase completa (con il punto).
msg-copy-failed = { $reason } Seleziona a mano la chiave qui sopra oppure salvala su file.
clipboard-unavailable = Gli appunti non sono disponibili ({ $detail }).
msg-save-failed = Impossibile salvare in { $path }: { $detail }
msg-clipboard-cleared = La nuova chiave è stata cancellata dagli appunti.
msg-clipboard-replaced = Dopo la nuova chiave è stato copiato qualcos’altro, quindi gli appunti sono stati lasciati come sono.
msg-clipboard-clear-failed = Impossibile cancellare la nuova chiave dagli appunti: copia qualcos’altro per sostituirla. { $reason }

api-offline = Impossibile raggiungere { $host }. Controlla l’indirizzo del portale e la connessione a Internet, poi riprova.
api-timeout = { $host } non ha risposto in tempo. Il portale potrebbe essere occupato; riprova tra poco.
api-tls = Impossibile verificare la connessione sicura con { $host }. Se il tuo portale usa un certificato della tua organizzazione, assicurati che quel certificato sia installato su questo computer.
api-unauthorized = Il tuo accesso non è più valido (la chiave è stata revocata o disabilitata, è scaduta, oppure la sessione è terminata). Accedi di nuovo.
api-unauthorized-said = { $detail } Accedi di nuovo.
api-forbidden = Questo account o questa chiave non può gestire le chiavi API. Una chiave API ha bisogno dell’ambito «*:write» (o dell’accesso completo) per gestire le chiavi e di «*:read» per elencarle.
api-forbidden-said = { $detail } (Questo account o questa chiave non può gestire le chiavi API. Una chiave API ha bisogno dell’ambito «*:write» (o dell’accesso completo) per gestire le chiavi e di «*:read» per elencarle.)
api-not-found = Il portale non conosce questo elemento (HTTP 404). Potrebbe essere stato eliminato; aggiorna l’elenco.
api-rate-limited = Il portale sta limitando le richieste. Attendi un minuto, poi riprova.
api-rate-limited-for = Il portale sta limitando le richieste. Attendi { $seconds } s, poi riprova.
api-server = Il portale ha segnalato un problema (HTTP { $status }). Riprova più tardi.
api-server-said = Il portale ha segnalato un problema (HTTP { $status }): { $detail }. Riprova più tardi.
api-not-docspace = La risposta di { $host } non è una risposta di DocSpace ({ $detail }). Controlla che l’indirizzo sia quello del tuo portale DocSpace.
api-validation = Il portale ha rifiutato la richiesta: { $detail }
api-redirected-to = Il portale ha risposto con un reindirizzamento a { $location } (HTTP { $status }). Controlla l’indirizzo del portale (inserisci l’indirizzo che raggiungi dopo il reindirizzamento).
api-redirected = Il portale ha risposto con un reindirizzamento (HTTP { $status }) senza indicare dove. Controlla l’indirizzo del portale.
# $size è una dimensione da size-mib o size-kib.
api-answer-too-large = La risposta di { $host } superava { $size } e non è stata letta. Controlla che l’indirizzo sia quello del tuo portale DocSpace.
api-create-answer-lost = Il portale potrebbe aver creato la chiave «{ $name }», ma la sua risposta è andata persa ({ $detail }), quindi la chiave segreta non può essere mostrata. Non riprovare e basta: aggiorna l’elenco, elimina tutte le chiavi di nome «{ $name }» create negli ultimi minuti, poi creane una nuova.
api-unusable-credential = La chiave API o il token contiene caratteri che non possono essere inviati (ad esempio un a capo o un carattere non ASCII). Copia di nuovo il valore, senza nient’altro intorno.
api-request = Impossibile inviare la richiesta: { $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = Questa non è una chiave API. Le chiavi API di DocSpace iniziano con «sk-».
sign-in-key-not-valid = Il portale non accetta questa chiave API. Controlla di averla copiata per intero (inizia con «sk-»); una chiave eliminata, disabilitata o scaduta non funziona più.
sign-in-key-cannot-list-keys = Questa chiave API non può gestire le chiavi API: le mancano l’ambito «*:read» (per elencare le chiavi) e «*:write» (per modificarle). I suoi ambiti sono: { $scopes }. Crea per questa app una chiave con accesso completo o con «*:write».
sign-in-wrong-password = L’email o la password non sono corrette. Controllale entrambe, poi accedi di nuovo.
sign-in-code-refused = Il portale non ha accettato il codice. Riprova.

portal-empty = Inserisci l’indirizzo del tuo portale DocSpace, ad esempio myportal.onlyoffice.com.
portal-not-an-address = «{ $input }» non è un indirizzo web. Inserisci l’indirizzo del tuo portale DocSpace, ad esempio myportal.onlyoffice.com.
portal-unsupported-scheme = Gli indirizzi «{ $scheme }» non sono supportati. Usa l’indirizzo https:// del portale, ad esempio https://myportal.onlyoffice.com.
portal-insecure-remote = Il semplice http:// invierebbe password e chiavi senza crittografia, quindi è consentito solo per questo computer (localhost). Usa invece https://{ $host }.
portal-insecure-local-name = Il semplice http:// è consentito solo per questo computer, e «{ $host }» è un nome che viene cercato in rete, quindi potrebbe portare a un altro computer. Usa http://localhost o http://127.0.0.1 (con la porta), oppure https://{ $host }.
portal-credentials-in-address = Non inserire nome utente e password nell’indirizzo del portale; li inserirai al passaggio successivo.

keychain-unavailable = Su questo computer non è disponibile un portachiavi (su Linux, un Secret Service come GNOME Keyring o KWallet). L’accesso vale solo per questa sessione.
keychain-locked = Il portachiavi è bloccato o ha negato l’accesso. Sbloccalo (ad esempio accedendo di nuovo al desktop) perché l’accesso venga ricordato; per ora l’accesso vale solo per questa sessione.
keychain-failed = Impossibile leggere o scrivere la voce del portachiavi ({ $detail }).

remember-no-settings-folder = Impossibile ricordare l’accesso: questo computer non ha una cartella delle impostazioni per l’app.
remember-accounts-file = Impossibile ricordare l’accesso: non è stato possibile scrivere l’elenco degli accessi ricordati ({ $path }) ({ $detail }).
remember-keychain = Impossibile salvare l’accesso nel portachiavi. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = Il portale non ha modificato la chiave. Le chiavi scadute non si possono modificare, e solo chi l’ha creata o un amministratore DocSpace può modificarla. Aggiorna l’elenco per vederne lo stato attuale.
api-refused-not-deleted = Il portale non ha eliminato la chiave. Solo chi l’ha creata o un amministratore DocSpace può eliminarla. Aggiorna l’elenco per vederne lo stato attuale.
api-refused-unknown-key = Il portale non ha trovato questa chiave (ha risposto con un errore). Forse è già stata eliminata; aggiorna l’elenco.
