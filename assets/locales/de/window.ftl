## Das Fenster: Kopfzeile, Einstellungen, Anmeldebildschirm.
## Begriffe wie im DocSpace-Webclient (siehe TERMS.md). Anrede: „Sie“.
## Schaltflächen und Spaltenköpfe kurz halten: Mindestbreite des Fensters 760 px.

starting-signing-in = Anmeldung…
settings = Einstellungen
settings-clear-clipboard = Kopierten Schlüssel aus der Zwischenablage löschen
clear-after-30-seconds = Nach 30 Sekunden
clear-after-1-minute = Nach 1 Minute
clear-after-2-minutes = Nach 2 Minuten
clear-after-5-minutes = Nach 5 Minuten
clear-on-exit = Erst beim Schließen der App
settings-theme = Design
theme-system = Wie im System
theme-light = Hell
theme-dark = Dunkel
settings-language = Sprache
language-system = Systemsprache

connect-title = Mit Ihrem DocSpace-Portal verbinden
connect-portal = Portaladresse
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Zuletzt verwendete Portale
connect-recent-open = Dieses Portal mit der gespeicherten Anmeldung öffnen
connect-with-password = E-Mail und Passwort
connect-with-key = API-Schlüssel
connect-email = E-Mail
connect-password = Passwort
connect-code = Zwei-Faktor-Code
connect-key = API-Schlüssel (sk-…)
connect-remember = Auf diesem Computer merken
connect-remember-hint = Speichert die Anmeldung im Schlüsselbund des Systems, sodass die App beim nächsten Mal direkt Ihre Schlüssel öffnet.
connect-no-keychain = Auf diesem Computer gibt es keinen Schlüsselbund (unter Linux einen Secret Service wie GNOME Keyring oder KWallet). Die Anmeldung kann daher nicht gespeichert werden: Sie melden sich beim nächsten Mal erneut an.
connect-keychain-locked = Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (z. B. indem Sie sich erneut am Desktop anmelden), damit die Anmeldung gespeichert werden kann.
connect-keychain-failed = Der Eintrag im Schlüsselbund konnte nicht gelesen oder geschrieben werden ({ $detail }).
connect-sign-in = Anmelden
connect-signing-in = Anmeldung…
# "*:write" und "*:read" sind technische Scope-Namen und bleiben unübersetzt.
connect-key-note = Zum Verwalten von Schlüsseln braucht der Schlüssel vollen Zugriff oder die Berechtigung „*:write“ („*:read“ nur zum Ansehen).
code-from-app = Geben Sie den Code aus Ihrer Authentifizierungs-App ein.
code-setup-first = Für dieses Konto ist die Zwei-Faktor-Authentifizierung noch nicht eingerichtet. Richten Sie sie zuerst in DocSpace im Browser ein und geben Sie dann den Code aus Ihrer Authentifizierungs-App ein.
code-by-sms-to = Geben Sie den Code ein, der per SMS an { $phone } gesendet wurde.
code-by-sms = Geben Sie den Code ein, den Sie per SMS erhalten haben.

## Der Bildschirm mit der Schlüsseltabelle.

keys-new = Neuer Schlüssel
keys-refresh = Aktualisieren
# DocSpace-Begriff für "Sign out".
keys-sign-out = Ausloggen
portal-menu-hint = Zu einem anderen gespeicherten Portal wechseln, ein Portal hinzufügen oder sich von diesem abmelden
portal-signed-in = Angemeldet als { $account }
portal-switch-to = Wechseln zu
portal-add = Portal hinzufügen…
portal-sign-out = Von diesem Portal abmelden
portal-busy = Warten Sie, bis die laufenden Änderungen abgeschlossen sind.
portal-back = Zurück zu { $portal }
portal-entry = { $portal } · { $account }
keys-search = Suche
keys-search-hint = Bezeichnung, Schlüsselende oder Ersteller
keys-clear-search = Suche löschen
# $when ist eine relative Zeit aus formats.ftl, z. B. "vor 3 Minuten" oder "gerade eben".
keys-updated = Aktualisiert { $when }
keys-filter = { $filter } ({ $count })
keys-showing = { $shown } von { $total } angezeigt
keys-empty = Noch keine API-Schlüssel. Erstellen Sie für jede Integration, die Zugriff auf dieses Portal braucht, einen eigenen Schlüssel.
keys-reading = Die neue Schlüsselliste wird gelesen…
keys-unread = Die Schlüsselliste konnte nicht gelesen werden. Aktualisieren Sie (F5), um es erneut zu versuchen.
keys-no-match = Kein Schlüssel passt zur Suche oder zum Filter.
keys-show-all = Alle Schlüssel anzeigen
keys-orphan = Der Schlüssel „{ $name }“ (endet auf { $postfix }) wurde gerade erstellt, aber sein geheimer Schlüssel hat diese App nie erreicht. Löschen Sie ihn und erstellen Sie den Schlüssel erneut.
keys-delete-orphan = Diesen Schlüssel löschen
person-role = { $name } · { $role }
role-owner = Besitzer
role-admin = DocSpace-Admin
role-room-admin = Raumverwaltung
role-user = Benutzer
role-guest = Gast

filter-all = Alle
filter-active = Aktiv
filter-inactive = Inaktiv
filter-expired = Abgelaufen
filter-expiring-soon = Läuft bald ab
filter-never-used = Nie verwendet

column-name = Bezeichnung
column-key = Schlüssel
column-access = Zugriff
column-created = Erstellt
column-last-used = Letzte Nutzung
column-expires = Läuft ab
column-created-by = Erstellt von
column-active = Aktiv
column-actions = Aktionen
column-sort-hint = Sortieren; erneut klicken zum Umkehren

row-edit = Bearbeiten
row-delete = Löschen
row-edit-name = { $name } bearbeiten
row-delete-name = { $name } löschen
row-active-name = Aktiv: { $name }
row-switch-on = Aktivieren
row-switch-off = Deaktivieren
row-on = Ein
row-off = Aus
# Zelleninhalt (z. B. "Letzte Nutzung: nie", "Läuft ab: nie"), daher klein.
row-never = nie
row-expired = abgelaufen
row-expired-on = { $date } (abgelaufen)
# $when ist eine relative Zeit aus formats.ftl, z. B. "in 3 Tagen".
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Ein abgelaufener Schlüssel kann nicht bearbeitet werden. Löschen Sie ihn oder erstellen Sie einen neuen Schlüssel als Ersatz.

access-all = Alle
access-read-only = Schreibgeschützt
# Englisch "Custom"; DocSpace nennt diese Zugriffsstufe "Eingeschränkt".
access-custom = Eingeschränkt
access-nothing-ticked = Nichts angehakt
access-summary-read = { $area }: Lesen
access-summary-write = { $area }: Lesen und Schreiben
area-all = Alle Bereiche
area-files = Dateien
area-rooms = Räume
area-profile = Profil
area-contacts = Kontakte

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = Das Portal hat ein Datum gesendet, das diese App nicht lesen kann.

## Expiry watch and security review.

watch-expired = Abgelaufen: { $count }
watch-expiring = Laufen innerhalb von 7 Tagen ab: { $count }, der erste am { $date }
watch-dismiss = Ausblenden
watch-dismiss-hint = Ausgeblendet, bis ein weiterer Schlüssel abläuft oder in weniger als 7 Tagen abläuft
review-toggle = Sicherheitsprüfung
review-title = Sicherheitsprüfung
review-back = Zurück zu allen Schlüsseln
review-intro = Schlüssel, die einen Blick verdienen, und warum. Ab wann ein Schlüssel als ungenutzt gilt, legen Sie in den Einstellungen fest. DocSpace sagt nicht, wann ein Schlüssel deaktiviert wurde, daher richtet sich diese Regel nach seiner letzten Nutzung.
review-none = Alle Schlüssel bestehen die Prüfung.
review-full-access = Voller Zugriff, und er läuft nie ab.
review-unused = Lange nicht genutzt: zuletzt genutzt { $when }.
review-never-used = Nie genutzt; erstellt { $when }.
review-expired = { $when } abgelaufen, aber noch in der Liste.
review-switched-off = Deaktiviert; zuletzt genutzt { $when }.
review-switched-off-never = Deaktiviert und nie genutzt; erstellt { $when }.
review-switch-off-name = { $name } deaktivieren
settings-review = Schwellen der Sicherheitsprüfung
settings-review-unused = Ein Schlüssel gilt als ungenutzt, wenn so lange nicht genutzt:
settings-review-never-used = Ein nie genutzter Schlüssel gilt als ungenutzt nach:
