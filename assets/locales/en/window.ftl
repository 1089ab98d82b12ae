## The window: header, settings, the connect screen.

starting-signing-in = Signing in…
settings = Settings
settings-clear-clipboard = Clear a copied key from the clipboard
clear-after-30-seconds = After 30 seconds
clear-after-1-minute = After 1 minute
clear-after-2-minutes = After 2 minutes
clear-after-5-minutes = After 5 minutes
clear-on-exit = Only when the app closes
settings-theme = Theme
theme-system = As the system
theme-light = Light
theme-dark = Dark
settings-language = Language
language-system = System default

connect-title = Connect to your DocSpace portal
connect-portal = Portal address
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Recent portals
connect-recent-open = Open this portal with its remembered sign-in
connect-with-password = Email and password
connect-with-key = API key
connect-email = Email
connect-password = Password
connect-code = Two-factor code
connect-key = API key (sk-…)
connect-remember = Remember on this computer
connect-remember-hint = Keeps the sign-in in the system keychain, so next time the app opens straight on your keys.
connect-no-keychain = There is no keychain on this computer (on Linux, a Secret Service such as GNOME Keyring or KWallet), so the sign-in cannot be remembered: you will sign in again next time.
connect-keychain-locked = The keychain is locked. Unlock it (for example by signing in to your desktop again) to be remembered.
connect-keychain-failed = The keychain entry could not be read or written ({ $detail }).
connect-sign-in = Sign in
connect-signing-in = Signing in…
connect-key-note = The key needs full access, or the "*:write" scope, to manage keys ("*:read" to only view them).
code-from-app = Enter the code from your authenticator app.
code-setup-first = Two-factor authentication is not set up for this account yet. Set it up in DocSpace in your browser first, then enter the code from your authenticator app.
code-by-sms-to = Enter the code sent by text message to { $phone }.
code-by-sms = Enter the code sent to you by text message.

## The key grid's screen.

keys-new = New key
keys-refresh = Refresh
keys-sign-out = Sign out
portal-menu-hint = Switch to another remembered portal, add one, or sign out of this one
portal-signed-in = Signed in as { $account }
portal-switch-to = Switch to
portal-add = Add portal…
portal-sign-out = Sign out of this portal
portal-busy = Wait until the changes on their way are done.
portal-back = Back to { $portal }
portal-entry = { $portal } · { $account }
keys-search = Search
keys-search-hint = Name, key ending or creator
keys-clear-search = Clear the search
keys-updated = Updated { $when }
keys-filter = { $filter } ({ $count })
keys-showing = Showing { $shown } of { $total }
keys-empty = No API keys yet. Create one for each integration that needs access to this portal.
keys-reading = Reading the new list of keys…
keys-unread = The list of keys could not be read. Refresh (F5) to try again.
keys-no-match = No keys match the search or the filter.
keys-show-all = Show all keys
keys-orphan = The key "{ $name }" (ending { $postfix }) was created just now, but its secret never reached this app. Delete it and create the key again.
keys-delete-orphan = Delete that key
person-role = { $name } · { $role }
role-owner = Owner
role-admin = DocSpace admin
role-room-admin = Room admin
role-user = User
role-guest = Guest

filter-all = All
filter-active = Active
filter-inactive = Inactive
filter-expired = Expired
filter-expiring-soon = Expiring soon
filter-never-used = Never used

column-name = Name
column-key = Key
column-access = Access
column-created = Created
column-last-used = Last used
column-expires = Expires
column-created-by = Created by
column-active = Active
column-actions = Actions
column-sort-hint = Sort; click again to reverse

row-edit = Edit
row-delete = Delete
row-edit-name = Edit { $name }
row-delete-name = Delete { $name }
row-active-name = Active: { $name }
row-switch-on = Switch on
row-switch-off = Switch off
row-on = On
row-off = Off
row-never = never
row-expired = expired
row-expired-on = { $date } (expired)
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = An expired key cannot be edited. Delete it, or create a new key to replace it.

access-all = All
access-read-only = Read only
access-custom = Custom
access-nothing-ticked = Nothing ticked
access-summary-read = { $area }: read
access-summary-write = { $area }: read and write
area-all = All areas
area-files = Files
area-rooms = Rooms
area-profile = Profile
area-contacts = Contacts

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = The portal sent a date this app cannot read.

## The expiry banner above the grid and the security review.

# A button: filters the grid to the expired keys.
watch-expired = Expired: { $count }
# A button: filters the grid to the keys that expire within seven days.
watch-expiring = Expiring within 7 days: { $count }, the first on { $date }
watch-dismiss = Dismiss
watch-dismiss-hint = Hidden until another key expires or comes within 7 days of expiring
# The header's toggle between the key grid and the review.
review-toggle = Security review
review-title = Security review
review-back = Back to all keys
review-intro = Keys that deserve a look, and why. When a key counts as unused is set in Settings. DocSpace does not say when a key was switched off, so that rule goes by its last use.
review-none = Every key passes the review.
review-full-access = Full access, and it never expires.
# { $when } is a relative time: "4 months ago".
review-unused = Not used for a long time: last used { $when }.
review-never-used = Never used; created { $when }.
review-expired = Expired { $when }, but still listed.
review-switched-off = Switched off; last used { $when }.
review-switched-off-never = Switched off and never used; created { $when }.
review-switch-off-name = Switch off { $name }
settings-review = Security review thresholds
settings-review-unused = A key counts as unused when not used for:
settings-review-never-used = A never-used key counts as unused after:
