## La finestra: intestazione, impostazioni, schermata di accesso.
## Termini del client web di DocSpace (vedi TERMS.md). Si dà del «tu». «Chiave» è femminile: accordi al femminile.

starting-signing-in = Accesso in corso…
settings = Impostazioni
settings-clear-clipboard = Cancella dagli appunti una chiave copiata
clear-after-30-seconds = Dopo 30 secondi
clear-after-1-minute = Dopo 1 minuto
clear-after-2-minutes = Dopo 2 minuti
clear-after-5-minutes = Dopo 5 minuti
clear-on-exit = Solo alla chiusura dell’app
settings-theme = Tema
theme-system = Come il sistema
theme-light = Chiaro
theme-dark = Scuro
settings-language = Lingua
language-system = Lingua del sistema

connect-title = Connettiti al tuo portale DocSpace
connect-portal = Indirizzo del portale
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Portali recenti
connect-recent-open = Apri questo portale con l’accesso memorizzato
connect-with-password = Email e password
connect-with-key = Chiave API
connect-email = Email
connect-password = Password
connect-code = Codice a due fattori
connect-key = Chiave API (sk-…)
connect-remember = Ricorda su questo computer
connect-remember-hint = Salva l’accesso nel portachiavi di sistema, così la prossima volta l’app si apre direttamente sulle tue chiavi.
connect-no-keychain = Su questo computer non c’è un portachiavi (su Linux, un Secret Service come GNOME Keyring o KWallet), quindi l’accesso non può essere ricordato: la prossima volta dovrai accedere di nuovo.
connect-keychain-locked = Il portachiavi è bloccato. Sbloccalo (ad esempio accedendo di nuovo al desktop) perché l’accesso venga ricordato.
connect-keychain-failed = Impossibile leggere o scrivere la voce del portachiavi ({ $detail }).
connect-sign-in = Accedi
connect-signing-in = Accesso in corso…
# «*:write» e «*:read» sono nomi tecnici di ambito: non tradurli.
connect-key-note = Per gestire le chiavi, la chiave deve avere accesso completo o l’ambito «*:write» («*:read» solo per visualizzarle).
code-from-app = Inserisci il codice dell’app di autenticazione.
code-setup-first = L’autenticazione a due fattori non è ancora configurata per questo account. Configurala prima in DocSpace dal browser, poi inserisci il codice dell’app di autenticazione.
code-by-sms-to = Inserisci il codice inviato via SMS al numero { $phone }.
code-by-sms = Inserisci il codice ricevuto via SMS.

## La schermata con la tabella delle chiavi.

keys-new = Nuova chiave
keys-refresh = Aggiorna
keys-sign-out = Disconnetti
portal-menu-hint = Passa a un altro portale memorizzato, aggiungine uno o disconnettiti da questo
portal-signed-in = Accesso effettuato come { $account }
portal-switch-to = Passa a
portal-add = Aggiungi portale…
portal-sign-out = Disconnetti da questo portale
portal-busy = Attendi che le modifiche in corso siano terminate.
portal-back = Torna a { $portal }
portal-entry = { $portal } · { $account }
keys-search = Cerca
keys-search-hint = Nome, parte finale della chiave o autore
keys-clear-search = Cancella la ricerca
# $when è un tempo relativo di formats.ftl, ad es. «3 minuti fa» o «proprio ora».
keys-updated = Aggiornato { $when }
keys-filter = { $filter } ({ $count })
keys-showing = { $shown } di { $total } visualizzate
keys-empty = Ancora nessuna chiave API. Creane una per ogni integrazione che deve accedere a questo portale.
keys-reading = Lettura del nuovo elenco di chiavi…
keys-unread = Non è stato possibile leggere l’elenco delle chiavi. Aggiorna (F5) per riprovare.
keys-no-match = Nessuna chiave corrisponde alla ricerca o al filtro.
keys-show-all = Mostra tutte le chiavi
keys-orphan = La chiave «{ $name }» (che termina con { $postfix }) è appena stata creata, ma la sua chiave segreta non è mai arrivata a questa app. Eliminala e crea di nuovo la chiave.
keys-delete-orphan = Elimina quella chiave
person-role = { $name } · { $role }
role-owner = Proprietario
role-admin = Amministratore DocSpace
role-room-admin = Amministratore della stanza
role-user = Utente
role-guest = Ospite

filter-all = Tutte
filter-active = Attive
filter-inactive = Non attive
filter-expired = Scadute
filter-expiring-soon = In scadenza
filter-never-used = Mai usate

column-name = Nome
column-key = Chiave
column-access = Accesso
column-created = Creata
column-last-used = Ultimo uso
column-expires = Scadenza
column-created-by = Creata da
column-active = Attiva
column-actions = Azioni
column-sort-hint = Ordina; fai clic di nuovo per invertire l’ordine

row-edit = Modifica
row-delete = Elimina
row-edit-name = Modifica { $name }
row-delete-name = Elimina { $name }
row-active-name = Attiva: { $name }
# «Abilita/Disabilita» anziché «Attiva/Disattiva», per non confondere il verbo con l’aggettivo «Attiva» della colonna.
row-switch-on = Abilita
row-switch-off = Disabilita
row-on = Attiva
row-off = Non attiva
# Contenuto di cella («Ultimo uso: mai», «Scadenza: mai»), perciò minuscolo.
row-never = mai
row-expired = scaduta
row-expired-on = { $date } (scaduta)
# $when è un tempo relativo di formats.ftl, ad es. «tra 3 giorni».
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Una chiave scaduta non può essere modificata. Eliminala o crea una nuova chiave per sostituirla.

access-all = Tutti
access-read-only = In sola lettura
# Inglese «Custom»; DocSpace chiama questo livello di accesso «Limitato».
access-custom = Limitato
access-nothing-ticked = Nessuna selezione
access-summary-read = { $area }: lettura
access-summary-write = { $area }: lettura e scrittura
area-all = Tutte le aree
area-files = File
area-rooms = Stanze
area-profile = Profilo
area-contacts = Contatti

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = Il portale ha inviato una data che questa app non riesce a leggere.

## Expiry watch and security review.

watch-expired = Scadute: { $count }
watch-expiring = In scadenza entro 7 giorni: { $count }, la prima il { $date }
watch-dismiss = Nascondi
watch-dismiss-hint = Nascosto finché un'altra chiave non scade o non arriva a meno di 7 giorni dalla scadenza
review-toggle = Verifica di sicurezza
review-title = Verifica di sicurezza
review-back = Torna a tutte le chiavi
review-intro = Le chiavi che meritano un'occhiata, e perché. Quando una chiave conta come inutilizzata si imposta in Impostazioni. DocSpace non dice quando una chiave è stata disabilitata, quindi quella regola si basa sul suo ultimo utilizzo.
review-none = Tutte le chiavi superano la verifica.
review-full-access = Accesso completo, e non scade mai.
review-unused = Non usata da tempo: ultimo utilizzo { $when }.
review-never-used = Mai usata; creata { $when }.
review-expired = Scaduta { $when }, ma ancora nell'elenco.
review-switched-off = Disabilitata; ultimo utilizzo { $when }.
review-switched-off-never = Disabilitata e mai usata; creata { $when }.
review-switch-off-name = Disabilita { $name }
settings-review = Soglie della verifica di sicurezza
settings-review-unused = Una chiave conta come inutilizzata se non usata per:
settings-review-never-used = Una chiave mai usata conta come inutilizzata dopo:
