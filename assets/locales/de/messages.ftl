## Was die App dem Benutzer mitteilt: Hinweise, Meldungen und warum etwas fehlgeschlagen ist.
## $detail sind die eigenen Worte des Portals (oder des Systems), so angezeigt, wie sie kamen.

msg-portal-said = { $text } (Antwort des Portals: { $detail })
msg-enter-email-and-password = Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.
msg-enter-code = Geben Sie den Code ein.
msg-paste-api-key = Fügen Sie einen API-Schlüssel ein (er beginnt mit „sk-“).
msg-remembered-sign-in-failed = Die Anmeldung mit den gespeicherten Anmeldedaten ist fehlgeschlagen: { $reason }
msg-signed-out = Sie sind abgemeldet.
msg-keychain-not-removed = Der Eintrag im Schlüsselbund konnte nicht entfernt werden: { $reason }
msg-account-not-forgotten = Abgemeldet, aber die Liste der gespeicherten Anmeldungen ({ $path }) konnte nicht aktualisiert werden: { $reason }
msg-session-ended-key = Das Portal akzeptiert den API-Schlüssel, mit dem Sie sich angemeldet haben, nicht mehr: Er wurde gelöscht, deaktiviert oder ist abgelaufen. Bitte melden Sie sich mit einem anderen Schlüssel erneut an.
msg-session-ended = Ihre Anmeldung bei diesem Portal ist beendet: Sie ist abgelaufen, oder Sie wurden an anderer Stelle abgemeldet. Bitte melden Sie sich erneut an.
msg-after-crash = DocSpace API Keys wurde beim letzten Mal unerwartet beendet, daher erfolgte keine automatische Anmeldung. Melden Sie sich erneut an. Passiert das wieder, melden Sie sich mit einem anderen Konto an und löschen Sie den Schlüssel, bei dem die Liste stehen geblieben ist, oder benennen Sie ihn um.
# "*:write" und "*:read" sind technische Scope-Namen und bleiben unübersetzt.
msg-read-only-key = Dieser Schlüssel hat nur die Berechtigung „*:read“: Sie können Schlüssel ansehen, aber nicht erstellen, ändern oder löschen. Melden Sie sich dafür mit einem Schlüssel an, der „*:write“ (oder vollen Zugriff) hat.
msg-refresh-failed = Die Liste konnte nicht aktualisiert werden. { $reason }
msg-switched-on = Der Schlüssel „{ $name }“ ist aktiviert.
msg-switched-off = Der Schlüssel „{ $name }“ ist deaktiviert.
msg-saved = Schlüssel „{ $name }“ gespeichert.
msg-deleted = Schlüssel „{ $name }“ gelöscht.
msg-shown-again = Suche und Filter wurden zurückgesetzt, damit der neue Schlüssel angezeigt wird.
# $reason ist ein vollständiger Satz (mit Punkt).
msg-copy-failed = { $reason } Markieren Sie den Schlüssel oben von Hand oder speichern Sie ihn stattdessen in einer Datei.
clipboard-unavailable = Die Zwischenablage ist nicht verfügbar ({ $detail }).
msg-save-failed = Speichern unter { $path } fehlgeschlagen: { $detail }
msg-clipboard-cleared = Der neue Schlüssel wurde aus der Zwischenablage gelöscht.
msg-clipboard-replaced = Nach dem neuen Schlüssel wurde etwas anderes kopiert, daher wurde die Zwischenablage nicht verändert.
msg-clipboard-clear-failed = Der neue Schlüssel konnte nicht aus der Zwischenablage gelöscht werden: Kopieren Sie etwas anderes, um ihn zu ersetzen. { $reason }

api-offline = { $host } ist nicht erreichbar. Prüfen Sie die Portaladresse und Ihre Internetverbindung und versuchen Sie es dann erneut.
api-timeout = { $host } hat nicht rechtzeitig geantwortet. Das Portal ist möglicherweise ausgelastet; versuchen Sie es gleich noch einmal.
api-tls = Die sichere Verbindung zu { $host } konnte nicht überprüft werden. Wenn Ihr Portal ein Zertifikat Ihrer Organisation verwendet, stellen Sie sicher, dass dieses Zertifikat auf diesem Computer installiert ist.
api-unauthorized = Ihre Anmeldung ist nicht mehr gültig (der Schlüssel wurde widerrufen oder deaktiviert, ist abgelaufen, oder die Sitzung wurde beendet). Bitte melden Sie sich erneut an.
api-unauthorized-said = { $detail } Bitte melden Sie sich erneut an.
api-forbidden = Dieses Konto bzw. dieser Schlüssel darf keine API-Schlüssel verwalten. Ein API-Schlüssel braucht zum Verwalten von Schlüsseln die Berechtigung „*:write“ (oder vollen Zugriff) und zum Auflisten „*:read“.
api-forbidden-said = { $detail } (Dieses Konto bzw. dieser Schlüssel darf keine API-Schlüssel verwalten. Ein API-Schlüssel braucht zum Verwalten von Schlüsseln die Berechtigung „*:write“ (oder vollen Zugriff) und zum Auflisten „*:read“.)
api-not-found = Das Portal kennt dieses Element nicht (HTTP 404). Möglicherweise wurde es gelöscht; aktualisieren Sie die Liste.
api-rate-limited = Das Portal begrenzt die Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.
api-rate-limited-for = Das Portal begrenzt die Anfragen. Warten Sie { $seconds } Sek. und versuchen Sie es dann erneut.
api-server = Das Portal hat ein Problem gemeldet (HTTP { $status }). Versuchen Sie es später erneut.
api-server-said = Das Portal hat ein Problem gemeldet (HTTP { $status }): { $detail }. Versuchen Sie es später erneut.
api-not-docspace = Die Antwort von { $host } ist keine DocSpace-Antwort ({ $detail }). Prüfen Sie, ob die Adresse die Ihres DocSpace-Portals ist.
api-validation = Das Portal hat die Anfrage abgelehnt: { $detail }
api-redirected-to = Das Portal hat mit einer Weiterleitung zu { $location } geantwortet (HTTP { $status }). Prüfen Sie die Portaladresse (geben Sie die Adresse ein, die Sie nach der Weiterleitung erreichen).
api-redirected = Das Portal hat mit einer Weiterleitung geantwortet (HTTP { $status }), ohne das Ziel anzugeben. Prüfen Sie die Portaladresse.
# $size ist eine Größe aus size-mib oder size-kib.
api-answer-too-large = Die Antwort von { $host } war größer als { $size } und wurde nicht gelesen. Prüfen Sie, ob die Adresse die Ihres DocSpace-Portals ist.
api-create-answer-lost = Das Portal hat den Schlüssel „{ $name }“ möglicherweise erstellt, aber seine Antwort ging verloren ({ $detail }), daher kann der geheime Schlüssel nicht angezeigt werden. Versuchen Sie es nicht einfach erneut: Aktualisieren Sie die Liste, löschen Sie alle in den letzten Minuten erstellten Schlüssel namens „{ $name }“ und erstellen Sie dann einen neuen.
api-unusable-credential = Der API-Schlüssel oder das Token enthält Zeichen, die nicht gesendet werden können (z. B. einen Zeilenumbruch oder ein Nicht-ASCII-Zeichen). Kopieren Sie den Wert erneut, ohne etwas davor oder dahinter.
api-request = Die Anfrage konnte nicht gesendet werden: { $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = Das ist kein API-Schlüssel. DocSpace-API-Schlüssel beginnen mit „sk-“.
sign-in-key-not-valid = Das Portal akzeptiert diesen API-Schlüssel nicht. Prüfen Sie, ob Sie ihn vollständig kopiert haben (er beginnt mit „sk-“); ein gelöschter, deaktivierter oder abgelaufener Schlüssel funktioniert nicht mehr.
sign-in-key-cannot-list-keys = Dieser API-Schlüssel darf keine API-Schlüssel verwalten: Ihm fehlen die Berechtigungen „*:read“ (zum Auflisten) und „*:write“ (zum Ändern). Seine Berechtigungen: { $scopes }. Erstellen Sie für diese App einen Schlüssel mit vollem Zugriff oder „*:write“.
sign-in-wrong-password = E-Mail-Adresse oder Passwort ist falsch. Prüfen Sie beides und melden Sie sich erneut an.
sign-in-code-refused = Das Portal hat den Code nicht akzeptiert. Versuchen Sie es erneut.

portal-empty = Geben Sie die Adresse Ihres DocSpace-Portals ein, z. B. myportal.onlyoffice.com.
portal-not-an-address = „{ $input }“ ist keine Webadresse. Geben Sie die Adresse Ihres DocSpace-Portals ein, z. B. myportal.onlyoffice.com.
portal-unsupported-scheme = Adressen mit „{ $scheme }“ werden nicht unterstützt. Verwenden Sie die https://-Adresse des Portals, z. B. https://myportal.onlyoffice.com.
portal-insecure-remote = Einfaches http:// würde Ihr Passwort und Ihre Schlüssel unverschlüsselt senden und ist daher nur für diesen Computer (localhost) erlaubt. Verwenden Sie stattdessen https://{ $host }.
portal-insecure-local-name = Einfaches http:// ist nur für diesen Computer erlaubt, und „{ $host }“ ist ein Name, der im Netzwerk aufgelöst wird und daher zu einem anderen Computer führen könnte. Verwenden Sie http://localhost oder http://127.0.0.1 (mit Port) oder https://{ $host }.
portal-credentials-in-address = Lassen Sie Benutzername und Passwort in der Portaladresse weg; Sie geben sie im nächsten Schritt ein.

keychain-unavailable = Auf diesem Computer ist kein Schlüsselbund verfügbar (unter Linux ein Secret Service wie GNOME Keyring oder KWallet). Sie bleiben nur für diese Sitzung angemeldet.
keychain-locked = Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (z. B. indem Sie sich erneut am Desktop anmelden), damit die Anmeldung gespeichert werden kann; vorerst bleiben Sie nur für diese Sitzung angemeldet.
keychain-failed = Der Eintrag im Schlüsselbund konnte nicht gelesen oder geschrieben werden ({ $detail }).

remember-no-settings-folder = Die Anmeldung konnte nicht gespeichert werden: Auf diesem Computer gibt es keinen Einstellungsordner für die App.
remember-accounts-file = Die Anmeldung konnte nicht gespeichert werden: Die Liste der gespeicherten Anmeldungen ({ $path }) konnte nicht geschrieben werden ({ $detail }).
remember-keychain = Die Anmeldung konnte nicht im Schlüsselbund gespeichert werden. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = Das Portal hat den Schlüssel nicht geändert. Abgelaufene Schlüssel lassen sich nicht ändern, und nur der Ersteller des Schlüssels oder ein DocSpace-Administrator darf ihn ändern. Aktualisieren Sie die Liste, um seinen aktuellen Stand zu sehen.
api-refused-not-deleted = Das Portal hat den Schlüssel nicht gelöscht. Nur der Ersteller des Schlüssels oder ein DocSpace-Administrator darf ihn löschen. Aktualisieren Sie die Liste, um seinen aktuellen Stand zu sehen.
api-refused-unknown-key = Das Portal konnte diesen Schlüssel nicht finden (es hat mit einem Fehler geantwortet). Vielleicht wurde er schon gelöscht; aktualisieren Sie die Liste.
