## What the app tells the user: toasts, notes, and why something failed.
## $detail is the portal's (or the system's) own words, shown as they came.

msg-portal-said = { $text } (The portal said: { $detail })
msg-enter-email-and-password = Enter your email and password.
msg-enter-code = Enter the code.
msg-paste-api-key = Paste an API key (it starts with "sk-").
msg-remembered-sign-in-failed = Could not sign in with the remembered sign-in: { $reason }
msg-signed-out = You are signed out.
msg-keychain-not-removed = The keychain entry could not be removed: { $reason }
msg-account-not-forgotten = Signed out, but the list of remembered sign-ins ({ $path }) could not be updated: { $reason }
msg-session-ended-key = The portal no longer accepts the API key you signed in with: it was deleted, switched off or has expired. Please sign in again with another key.
msg-session-ended = Your sign-in to this portal has ended: it expired, or you were signed out elsewhere. Please sign in again.
msg-after-crash = DocSpace API Keys closed unexpectedly last time, so it did not sign in by itself. Sign in again; if it happens again, sign in with another account and delete or rename the key the list stopped at.
msg-read-only-key = This key has the "*:read" scope only: you can see keys but not create, change or delete them. Sign in with a key that has "*:write" (or full access) for that.
msg-refresh-failed = Could not refresh the list. { $reason }
msg-switched-on = "{ $name }" is switched on.
msg-switched-off = "{ $name }" is switched off.
msg-saved = Saved "{ $name }".
msg-deleted = Deleted "{ $name }".
msg-shown-again = The search and the filter were cleared so that the new key shows.
msg-copy-failed = { $reason } Select the key above by hand, or save it to a file instead.
clipboard-unavailable = The clipboard is not available ({ $detail }).
msg-save-failed = Could not save to { $path }: { $detail }
msg-clipboard-cleared = The new key has been cleared from the clipboard.
msg-clipboard-replaced = Something else was copied since the new key, so the clipboard was left as it is.
msg-clipboard-clear-failed = The new key could not be cleared from the clipboard: copy something else to replace it. { $reason }

api-offline = Could not reach { $host }. Check the portal address and your internet connection, then try again.
api-timeout = { $host } did not answer in time. The portal may be busy; try again in a moment.
api-tls = The secure connection to { $host } could not be verified. If your portal uses a certificate from your organisation, make sure that certificate is installed on this computer.
api-unauthorized = Your sign-in is no longer valid (the key was revoked, switched off or has expired, or the session ended). Please sign in again.
api-unauthorized-said = { $detail } Please sign in again.
api-forbidden = This account or key may not manage API keys. An API key needs the "*:write" scope (or full access) to manage keys, and "*:read" to list them.
api-forbidden-said = { $detail } (This account or key may not manage API keys. An API key needs the "*:write" scope (or full access) to manage keys, and "*:read" to list them.)
api-not-found = The portal does not know this item (HTTP 404). It may have been deleted; refresh the list.
api-rate-limited = The portal is limiting requests. Wait a minute, then try again.
api-rate-limited-for = The portal is limiting requests. Wait { $seconds } s, then try again.
api-server = The portal reported a problem (HTTP { $status }). Try again later.
api-server-said = The portal reported a problem (HTTP { $status }): { $detail }. Try again later.
api-not-docspace = The answer from { $host } is not a DocSpace answer ({ $detail }). Check that the address is your DocSpace portal.
api-validation = The portal refused the request: { $detail }
api-redirected-to = The portal answered with a redirect to { $location } (HTTP { $status }). Check the portal address (enter the address you reach after the redirect).
api-redirected = The portal answered with a redirect (HTTP { $status }) without saying where to. Check the portal address.
api-answer-too-large = The answer from { $host } was larger than { $size } and was not read. Check that the address is your DocSpace portal.
api-create-answer-lost = The portal may have created the key "{ $name }", but its answer was lost ({ $detail }), so its secret cannot be shown. Do not simply try again: refresh the list, delete any key named "{ $name }" created in the last few minutes, then create a new one.
api-unusable-credential = The API key or token contains characters that cannot be sent (such as a line break or a non-ASCII character inside it). Copy it again, without anything around it.
api-request = The request could not be sent: { $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = That is not an API key. DocSpace API keys start with "sk-".
sign-in-key-not-valid = The portal does not accept this API key. Check that you copied all of it (it starts with "sk-"); a key that was deleted, switched off or has expired no longer works.
sign-in-key-cannot-list-keys = This API key may not manage API keys: it lacks the "*:read" scope (to list keys) and "*:write" (to change them). Its scopes are: { $scopes }. Create a key with full access or "*:write" for this app.
sign-in-wrong-password = The email or password is not correct. Check both, then sign in again.
sign-in-code-refused = The portal did not accept the code. Try again.

portal-empty = Enter the address of your DocSpace portal, for example myportal.onlyoffice.com.
portal-not-an-address = "{ $input }" is not a web address. Enter the address of your DocSpace portal, for example myportal.onlyoffice.com.
portal-unsupported-scheme = "{ $scheme }" addresses are not supported. Use the portal's https:// address, for example https://myportal.onlyoffice.com.
portal-insecure-remote = Plain http:// would send your password and keys unencrypted, so it is allowed only for this computer (localhost). Use https://{ $host } instead.
portal-insecure-local-name = Plain http:// is allowed only for this computer, and "{ $host }" is a name that is looked up on the network, so it could lead to another computer. Use http://localhost or http://127.0.0.1 (with the port), or https://{ $host }.
portal-credentials-in-address = Leave the user name and password out of the portal address; you enter them in the next step.

keychain-unavailable = No keychain is available on this computer (on Linux, a Secret Service such as GNOME Keyring or KWallet). You stay signed in for this session only.
keychain-locked = The keychain is locked or refused access. Unlock it (for example by signing in to your desktop again) to be remembered; for now you stay signed in for this session only.
keychain-failed = The keychain entry could not be read or written ({ $detail }).

remember-no-settings-folder = The sign-in could not be remembered: this computer has no settings folder for the app.
remember-accounts-file = The sign-in could not be remembered: the list of remembered sign-ins ({ $path }) could not be written ({ $detail }).
remember-keychain = The sign-in could not be kept in the keychain. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = The portal did not change the key. Keys that have expired cannot be changed, and only the key's creator or a DocSpace administrator may change it. Refresh the list to see its current state.
api-refused-not-deleted = The portal did not delete the key. Only the key's creator or a DocSpace administrator may delete it. Refresh the list to see its current state.
api-refused-unknown-key = The portal could not find this key (it answered with an error). It may already have been deleted; refresh the list.
