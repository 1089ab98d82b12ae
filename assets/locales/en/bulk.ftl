## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = Select { $name }
bulk-select-all-shown = Select all shown
bulk-selected = { $count } selected
bulk-switch-on = Switch on
bulk-switch-off = Switch off…
bulk-delete = Delete…
bulk-clear = Clear selection
bulk-delete-title = Delete API keys
bulk-delete-question = { $count ->
    [one] Delete this key?
   *[other] Delete these { $count } keys?
}
bulk-delete-note = Anything that still uses these keys stops working. This cannot be undone.
bulk-delete-confirm = { $count ->
    [one] Delete 1 key
   *[other] Delete { $count } keys
}
bulk-switch-off-title = Switch off API keys
bulk-switch-off-question = { $count ->
    [one] Switch off this key?
   *[other] Switch off these { $count } keys?
}
bulk-switch-off-note = Anything that still uses these keys stops working until they are switched on again.
bulk-switch-off-confirm = { $count ->
    [one] Switch off 1 key
   *[other] Switch off { $count } keys
}
bulk-skipped-expired = { $count ->
    [one] Left out, as it has expired and DocSpace cannot switch it: { $names }.
   *[other] Left out, as they have expired and DocSpace cannot switch them: { $names }.
}
bulk-switched-on = { $count ->
    [one] Switched on 1 key.
   *[other] Switched on { $count } keys.
}
bulk-switched-off = { $count ->
    [one] Switched off 1 key.
   *[other] Switched off { $count } keys.
}
bulk-deleted = { $count ->
    [one] Deleted 1 key.
   *[other] Deleted { $count } keys.
}
bulk-not-switched-on = Could not switch on "{ $name }": { $reason }
bulk-not-switched-off = Could not switch off "{ $name }": { $reason }
bulk-not-deleted = Could not delete "{ $name }": { $reason }
