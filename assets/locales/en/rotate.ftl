## Rotating a key (a new key with the same name, access and lifetime, then the old one off)
## and exporting the key list.

row-rotate = Rotate…
row-rotate-name = Rotate { $name }
form-rotate-hint = Replace this key with a new one that has the same name, access and lifetime.
rotate-title = Rotate API key
rotate-question = Rotate "{ $name }"?
rotate-new-key-never = A new key named "{ $name }" with the same access is created and shown once. Like the old key, it never expires.
rotate-new-key-days = A new key named "{ $name }" with the same access is created and shown once. Like the old key, it expires { $days ->
    [one] { $days } day
   *[other] { $days } days
} after it is created.
rotate-then = Then, for the old key:
rotate-choice-switch-off = Switch the old key off
rotate-choice-leave-expired = Leave the old key as it is
rotate-choice-delete = Delete the old key
rotate-switch-off-note = Anything that still uses the old key stops working once it is switched off. It can be switched on again.
rotate-expired-note = The old key has expired: DocSpace no longer accepts it and cannot switch it off, so it stays in the list as it is.
rotate-delete-note = Anything that still uses the old key stops working. This cannot be undone.
rotate-confirm = Rotate
rotate-rotating = Rotating…
rotate-lifetime-unknown = This key's lifetime is unknown (the portal sent a date this app cannot read), so a replacement with the same lifetime cannot be made. Create a new key instead.
rotate-switching-off-old = Switching off the old key "{ $name }"…
rotate-deleting-old = Deleting the old key "{ $name }"…
rotate-old-switched-off = The old key "{ $name }" was switched off.
rotate-old-deleted = The old key "{ $name }" was deleted.
rotate-old-left-expired = The old key "{ $name }" has expired and was left as it is.
rotate-old-not-switched-off = The old key "{ $name }" could not be switched off: { $reason } Both keys exist now; switch the old one off yourself.
rotate-old-not-deleted = The old key "{ $name }" could not be deleted: { $reason } Both keys exist now; delete the old one yourself.

keys-export = Export…
keys-export-hint = The keys shown (after search and filter), without any secret.
export-csv = CSV (for spreadsheets)…
export-json = JSON…
msg-exported = { $count ->
    [one] Exported { $count } key to { $path }.
   *[other] Exported { $count } keys to { $path }.
}
msg-export-failed = The export could not be saved: { $detail }
