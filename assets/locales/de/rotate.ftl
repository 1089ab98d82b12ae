## Einen Schlüssel rotieren (ein neuer Schlüssel mit gleichem Namen, gleichen Berechtigungen und
## gleicher Laufzeit, danach wird der alte deaktiviert) und die Schlüsselliste exportieren.

row-rotate = Rotieren…
row-rotate-name = { $name } rotieren
form-rotate-hint = Ersetzt diesen Schlüssel durch einen neuen mit gleichem Namen, gleichen Berechtigungen und gleicher Laufzeit.
rotate-title = API-Schlüssel rotieren
rotate-question = „{ $name }“ rotieren?
rotate-new-key-never = Ein neuer Schlüssel namens „{ $name }“ mit denselben Berechtigungen wird erstellt und einmal angezeigt. Wie der alte Schlüssel läuft er nie ab.
rotate-new-key-days = Ein neuer Schlüssel namens „{ $name }“ mit denselben Berechtigungen wird erstellt und einmal angezeigt. Wie der alte Schlüssel läuft er { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} nach seiner Erstellung ab.
rotate-then = Danach, mit dem alten Schlüssel:
rotate-choice-switch-off = Den alten Schlüssel deaktivieren
rotate-choice-leave-expired = Den alten Schlüssel so lassen, wie er ist
rotate-choice-delete = Den alten Schlüssel löschen
rotate-switch-off-note = Alles, was den alten Schlüssel noch verwendet, funktioniert nach dem Deaktivieren nicht mehr. Er kann wieder aktiviert werden.
rotate-expired-note = Der alte Schlüssel ist abgelaufen: DocSpace nimmt ihn nicht mehr an und kann ihn nicht deaktivieren, daher bleibt er unverändert in der Liste.
rotate-delete-note = Alles, was den alten Schlüssel noch verwendet, funktioniert dann nicht mehr. Dies kann nicht rückgängig gemacht werden.
rotate-confirm = Rotieren
rotate-rotating = Wird rotiert…
rotate-lifetime-unknown = Die Laufzeit dieses Schlüssels ist unbekannt (das Portal hat ein Datum gesendet, das diese App nicht lesen kann), daher kann kein Ersatz mit gleicher Laufzeit erstellt werden. Erstellen Sie stattdessen einen neuen Schlüssel.
rotate-switching-off-old = Der alte Schlüssel „{ $name }“ wird deaktiviert…
rotate-deleting-old = Der alte Schlüssel „{ $name }“ wird gelöscht…
rotate-old-switched-off = Der alte Schlüssel „{ $name }“ wurde deaktiviert.
rotate-old-deleted = Der alte Schlüssel „{ $name }“ wurde gelöscht.
rotate-old-left-expired = Der alte Schlüssel „{ $name }“ ist abgelaufen und wurde unverändert gelassen.
rotate-old-not-switched-off = Der alte Schlüssel „{ $name }“ konnte nicht deaktiviert werden: { $reason } Jetzt gibt es beide Schlüssel; deaktivieren Sie den alten selbst.
rotate-old-not-deleted = Der alte Schlüssel „{ $name }“ konnte nicht gelöscht werden: { $reason } Jetzt gibt es beide Schlüssel; löschen Sie den alten selbst.

keys-export = Exportieren…
keys-export-hint = Die angezeigten Schlüssel (nach Suche und Filter), ohne jedes Geheimnis.
export-csv = CSV (für Tabellenkalkulationen)…
export-json = JSON…
msg-exported = { $count ->
    [one] { $count } Schlüssel nach { $path } exportiert.
   *[other] { $count } Schlüssel nach { $path } exportiert.
}
msg-export-failed = Der Export konnte nicht gespeichert werden: { $detail }
