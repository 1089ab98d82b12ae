## Obměna klíče (nový klíč se stejným názvem, oprávněními a dobou platnosti, potom se starý
## vypne) a export seznamu klíčů.

row-rotate = Obměnit…
row-rotate-name = Obměnit { $name }
form-rotate-hint = Nahradí tento klíč novým se stejným názvem, oprávněními a dobou platnosti.
rotate-title = Obměnit klíč API
rotate-question = Obměnit "{ $name }"?
rotate-new-key-never = Vytvoří se nový klíč s názvem "{ $name }" a se stejnými oprávněními a zobrazí se jen jednou. Stejně jako starý klíč nikdy nevyprší.
rotate-new-key-days = Vytvoří se nový klíč s názvem "{ $name }" a se stejnými oprávněními a zobrazí se jen jednou. Stejně jako starý klíč vyprší { $days ->
    [one] { $days } den
    [few] { $days } dny
    [many] { $days } dne
   *[other] { $days } dní
} po vytvoření.
rotate-then = Potom se starým klíčem:
rotate-choice-switch-off = Vypnout starý klíč
rotate-choice-leave-expired = Ponechat starý klíč, jak je
rotate-choice-delete = Smazat starý klíč
rotate-switch-off-note = Vše, co starý klíč ještě používá, po jeho vypnutí přestane fungovat. Lze ho znovu zapnout.
rotate-expired-note = Starý klíč vypršel: DocSpace ho už nepřijímá a nemůže ho vypnout, takže zůstane v seznamu, jak je.
rotate-delete-note = Vše, co starý klíč ještě používá, přestane fungovat. Tuto akci nelze vrátit zpět.
rotate-confirm = Obměnit
rotate-rotating = Obměňuje se…
rotate-lifetime-unknown = Doba platnosti tohoto klíče není známa (portál poslal datum, které tato aplikace neumí přečíst), takže nelze vytvořit náhradu se stejnou dobou platnosti. Vytvořte raději nový klíč.
rotate-switching-off-old = Vypíná se starý klíč "{ $name }"…
rotate-deleting-old = Maže se starý klíč "{ $name }"…
rotate-old-switched-off = Starý klíč "{ $name }" byl vypnut.
rotate-old-deleted = Starý klíč "{ $name }" byl smazán.
rotate-old-left-expired = Starý klíč "{ $name }" vypršel a zůstal, jak byl.
rotate-old-not-switched-off = Starý klíč "{ $name }" se nepodařilo vypnout: { $reason } Nyní existují oba klíče; vypněte starý sami.
rotate-old-not-deleted = Starý klíč "{ $name }" se nepodařilo smazat: { $reason } Nyní existují oba klíče; smažte starý sami.

keys-export = Exportovat…
keys-export-hint = Zobrazené klíče (po hledání a filtru), bez jakéhokoli tajemství.
export-csv = CSV (pro tabulkové procesory)…
export-json = JSON…
msg-exported = { $count ->
    [one] { $count } klíč exportován do { $path }.
    [few] { $count } klíče exportovány do { $path }.
    [many] { $count } klíče exportováno do { $path }.
   *[other] { $count } klíčů exportováno do { $path }.
}
msg-export-failed = Export se nepodařilo uložit: { $detail }
