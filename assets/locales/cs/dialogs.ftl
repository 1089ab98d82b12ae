## Dialogy pro vytvoření, úpravu, zobrazení a smazání klíče a spodní část okna.

dialog-cancel = Zrušit
form-create-title = Nový klíč API
form-edit-title = Upravit klíč API
form-name = Název
form-name-hint = K čemu klíč slouží, např. Zapier
form-access = Přístup
form-lifetime = Platnost klíče
form-lifetime-never = Bez omezení
# Čeština: one = 1; few = 2–4; many = desetinná čísla (1,5 dne); other = 0, 5 a víc.
form-lifetime-days = { $days ->
    [one] { $days } den
    [few] { $days } dny
    [many] { $days } dne
   *[other] { $days } dní
}
form-lifetime-custom = Jiná
form-lifetime-custom-name = Jiná platnost
form-days = Počet dní
form-days-range = Zadejte počet dní od 1 do 365.
form-create = Vytvořit
form-creating = Vytváření…
form-save = Uložit
form-saving = Ukládání…
form-active = Aktivní
form-expires-on = Platnost vyprší { $date }. Platnost klíče nelze v DocSpace po jeho vytvoření změnit.
form-never-expires = Platnost bez omezení. Platnost klíče nelze v DocSpace po jeho vytvoření změnit.
form-expired-on = Platnost vypršela { $date }.
# Záhlaví tabulky rozsahů: oblast (Soubory, Místnosti…) a sloupce Čtení / Zápis.
form-area = Oblast
form-read = Čtení
form-write = Zápis
form-area-read = { $area }: čtení
form-area-write = { $area }: zápis
# Rozsahy, které formulář nezobrazuje, ale klíč si je při uložení ponechá.
form-also-kept = Zachováno také: { $scopes }
form-write-includes-read = Zápis zahrnuje čtení.
problem-name-missing = Zadejte název.
problem-name-too-long = { $length ->
    [one] Název má { $length } znak; limit je { $limit }.
    [few] Název má { $length } znaky; limit je { $limit }.
    [many] Název má { $length } znaku; limit je { $limit }.
   *[other] Název má { $length } znaků; limit je { $limit }.
}
problem-nothing-ticked = Zaškrtněte aspoň jedno políčko, nebo zvolte Vše či Pouze pro čtení.
problem-days-out-of-range = Zadejte počet dní od 1 do 365.

reveal-title = Váš nový klíč API
reveal-warning = Klíč si teď zkopírujte nebo uložte. DocSpace ho znovu nezobrazí.
reveal-show = Zobrazit
reveal-hide = Skrýt
reveal-copy = Kopírovat
reveal-save = Uložit do souboru…
reveal-done = Hotovo
reveal-not-copied = Tento klíč jste nezkopírovali. Znovu ho už zobrazit nelze.
reveal-close-anyway = Přesto zavřít
reveal-go-back = Zpět
reveal-session-ended = Než tento dialog zavřete, klíč si zkopírujte nebo uložte; pak se přihlaste znovu.
reveal-clear-now = Vymazat hned
reveal-save-to-downloads = Uložit do Stažených souborů
reveal-saved-private = Uloženo do { $path } (číst ho můžete jen vy).
reveal-saved = Uloženo do { $path }.
reveal-no-file-dialog = Tento počítač nemá dialog pro uložení souboru (v Linuxu nainstalujte xdg-desktop-portal-gtk nebo zenity).
reveal-copied-clearing = Zkopírováno. Schránka bude vymazána za { $seconds } s.
reveal-copied-clearing-on-exit = Zkopírováno. Schránka bude vymazána při zavření aplikace.
reveal-copied-cleared = Zkopírováno. Schránka byla vymazána.
reveal-copied-replaced = Zkopírováno. Mezitím jste zkopírovali něco jiného, proto schránka zůstala beze změny.
# $error je celá věta zakončená tečkou.
reveal-copied-clear-failed = Zkopírováno, ale schránku se nepodařilo vymazat: { $error } Zkopírujte něco jiného, aby klíč ve schránce nahradilo.

delete-title = Smazat klíč API
delete-question = Smazat "{ $name }"?
# $when je relativní čas ("před 3 dny") nebo datum.
delete-last-used = Naposledy použit: { $when }.
delete-never-used = Klíč ještě nebyl nikdy použit.
delete-for-good = Vše, co ho používá, přestane fungovat. Tuto akci nelze vrátit zpět.
delete-confirm = Smazat
delete-deleting = Mazání…

toast-on-clipboard = Nový klíč je ve schránce. Bude z ní vymazán za { $seconds } s.
toast-on-clipboard-until-exit = Nový klíč je ve schránce. Bude z ní vymazán při zavření aplikace.
toast-undo = Vrátit zpět

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = Kdy byl klíč naposledy použit, není známo.
form-expiry-unknown = Datum vypršení není známo: portál poslal datum, které aplikace neumí přečíst. DocSpace neumožňuje po vytvoření klíče změnit jeho platnost.
