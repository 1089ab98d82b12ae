## The create, edit, reveal and delete dialogs, and the bottom of the window.

dialog-cancel = Cancel
form-create-title = New API key
form-edit-title = Edit API key
form-name = Name
form-name-hint = What the key is for, e.g. Zapier
form-access = Access
form-lifetime = Lifetime
form-lifetime-never = Never
form-lifetime-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
form-lifetime-custom = Custom
form-lifetime-custom-name = Custom lifetime
form-days = Days
form-days-range = Enter a number of days from 1 to 365.
form-create = Create
form-creating = Creating…
form-save = Save
form-saving = Saving…
form-active = Active
form-expires-on = Expires on { $date }. DocSpace cannot change a key's lifetime after it is created.
form-never-expires = Never expires. DocSpace cannot change a key's lifetime after it is created.
form-expired-on = Expired on { $date }.
form-area = Area
form-read = Read
form-write = Write
form-area-read = { $area }: read
form-area-write = { $area }: write
form-also-kept = Also kept: { $scopes }
form-write-includes-read = Write includes read.
problem-name-missing = Enter a name.
problem-name-too-long = The name is { $length } characters long; the limit is { $limit }.
problem-nothing-ticked = Tick at least one box, or choose All or Read only.
problem-days-out-of-range = Enter a number of days from 1 to 365.

reveal-title = Your new API key
reveal-warning = Copy or save the key now. DocSpace will not show it again.
reveal-show = Show
reveal-hide = Hide
reveal-copy = Copy
reveal-save = Save to file…
reveal-done = Done
reveal-not-copied = You have not copied this key. It cannot be shown again.
reveal-close-anyway = Close anyway
reveal-go-back = Go back
reveal-session-ended = Copy or save the key before you close this dialog; then sign in again.
reveal-clear-now = Clear now
reveal-save-to-downloads = Save to Downloads
reveal-saved-private = Saved to { $path } (readable only by you).
reveal-saved = Saved to { $path }.
reveal-no-file-dialog = This computer has no save dialog (on Linux, install xdg-desktop-portal-gtk or zenity to get one).
reveal-copied-clearing = Copied. The clipboard will be cleared in { $seconds } s.
reveal-copied-clearing-on-exit = Copied. The clipboard will be cleared when the app closes.
reveal-copied-cleared = Copied. The clipboard has been cleared.
reveal-copied-replaced = Copied. Something else was copied since, so the clipboard was left as it is.
reveal-copied-clear-failed = Copied, but the clipboard could not be cleared: { $error } Copy something else to replace the key on the clipboard.

delete-title = Delete API key
delete-question = Delete "{ $name }"?
delete-last-used = It was last used { $when }.
delete-never-used = It has never been used.
delete-for-good = Anything that uses it will stop working. This cannot be undone.
delete-confirm = Delete
delete-deleting = Deleting…

toast-on-clipboard = The new key is on the clipboard. It will be cleared in { $seconds } s.
toast-on-clipboard-until-exit = The new key is on the clipboard. It will be cleared when the app closes.
toast-undo = Undo

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = When it was last used is unknown.
form-expiry-unknown = The expiry date is unknown: the portal sent a date this app cannot read. DocSpace cannot change a key's lifetime after it is created.
