## Die Dialoge zum Erstellen, Bearbeiten, Anzeigen und Löschen sowie der untere Fensterrand.

dialog-cancel = Abbrechen
form-create-title = Neuer API-Schlüssel
form-edit-title = API-Schlüssel bearbeiten
form-name = Bezeichnung
form-name-hint = Wofür der Schlüssel ist, z. B. Zapier
form-access = Zugriff
form-lifetime = Schlüssellebensdauer
form-lifetime-never = Unbegrenzt
form-lifetime-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
# "Custom" hier = selbst gewählte Anzahl Tage (nicht die Zugriffsstufe "Eingeschränkt").
form-lifetime-custom = Benutzerdefiniert
form-lifetime-custom-name = Benutzerdefinierte Lebensdauer
form-days = Tage
form-days-range = Geben Sie eine Anzahl von Tagen zwischen 1 und 365 ein.
form-create = Erstellen
form-creating = Wird erstellt…
form-save = Speichern
form-saving = Wird gespeichert…
form-active = Aktiv
form-expires-on = Läuft am { $date } ab. DocSpace kann die Lebensdauer eines Schlüssels nach dem Erstellen nicht ändern.
form-never-expires = Läuft nie ab. DocSpace kann die Lebensdauer eines Schlüssels nach dem Erstellen nicht ändern.
form-expired-on = Am { $date } abgelaufen.
form-area = Bereich
form-read = Lesen
form-write = Schreiben
form-area-read = { $area }: Lesen
form-area-write = { $area }: Schreiben
# $scopes: Berechtigungen des Schlüssels, die dieses Formular nicht anzeigt, aber beim Speichern beibehält.
form-also-kept = Ebenfalls beibehalten: { $scopes }
form-write-includes-read = Schreiben schließt Lesen ein.
problem-name-missing = Geben Sie eine Bezeichnung ein.
problem-name-too-long = Die Bezeichnung ist { $length } Zeichen lang; erlaubt sind höchstens { $limit }.
problem-nothing-ticked = Setzen Sie mindestens ein Häkchen oder wählen Sie „Alle“ oder „Schreibgeschützt“.
problem-days-out-of-range = Geben Sie eine Anzahl von Tagen zwischen 1 und 365 ein.

reveal-title = Ihr neuer API-Schlüssel
reveal-warning = Kopieren oder speichern Sie den Schlüssel jetzt. DocSpace zeigt ihn nicht noch einmal an.
reveal-show = Anzeigen
reveal-hide = Ausblenden
reveal-copy = Kopieren
reveal-save = In Datei speichern…
reveal-done = Fertig
reveal-not-copied = Sie haben diesen Schlüssel nicht kopiert. Er kann nicht noch einmal angezeigt werden.
reveal-close-anyway = Trotzdem schließen
reveal-go-back = Zurück
reveal-session-ended = Kopieren oder speichern Sie den Schlüssel, bevor Sie diesen Dialog schließen; melden Sie sich danach erneut an.
# Leert die Zwischenablage sofort.
reveal-clear-now = Jetzt leeren
reveal-save-to-downloads = In „Downloads“ speichern
reveal-saved-private = Gespeichert unter { $path } (nur für Sie lesbar).
reveal-saved = Gespeichert unter { $path }.
reveal-no-file-dialog = Auf diesem Computer gibt es keinen Speichern-Dialog (unter Linux installieren Sie dafür xdg-desktop-portal-gtk oder zenity).
reveal-copied-clearing = Kopiert. Die Zwischenablage wird in { $seconds } Sek. geleert.
reveal-copied-clearing-on-exit = Kopiert. Die Zwischenablage wird beim Schließen der App geleert.
reveal-copied-cleared = Kopiert. Die Zwischenablage wurde geleert.
reveal-copied-replaced = Kopiert. Inzwischen wurde etwas anderes kopiert, daher wurde die Zwischenablage nicht verändert.
# $error ist ein vollständiger Satz (mit Punkt), daher folgt direkt der nächste Satz.
reveal-copied-clear-failed = Kopiert, aber die Zwischenablage konnte nicht geleert werden: { $error } Kopieren Sie etwas anderes, um den Schlüssel in der Zwischenablage zu ersetzen.

delete-title = API-Schlüssel löschen
delete-question = „{ $name }“ löschen?
# $when ist eine relative Zeit, z. B. "vor 3 Tagen".
delete-last-used = Zuletzt verwendet: { $when }.
delete-never-used = Er wurde noch nie verwendet.
delete-for-good = Alles, was ihn verwendet, funktioniert dann nicht mehr. Dies kann nicht rückgängig gemacht werden.
delete-confirm = Löschen
delete-deleting = Wird gelöscht…

toast-on-clipboard = Der neue Schlüssel ist in der Zwischenablage. Sie wird in { $seconds } Sek. geleert.
toast-on-clipboard-until-exit = Der neue Schlüssel ist in der Zwischenablage. Sie wird beim Schließen der App geleert.
toast-undo = Rückgängig

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = Wann der Schlüssel zuletzt verwendet wurde, ist unbekannt.
form-expiry-unknown = Das Ablaufdatum ist unbekannt: Das Portal hat ein Datum gesendet, das diese App nicht lesen kann. DocSpace kann die Gültigkeitsdauer eines Schlüssels nach dem Erstellen nicht ändern.
