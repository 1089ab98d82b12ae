## Okno: záhlaví, nastavení, přihlašovací obrazovka.

starting-signing-in = Přihlašování…
settings = Nastavení
settings-clear-clipboard = Mazat zkopírovaný klíč ze schránky
clear-after-30-seconds = Po 30 sekundách
clear-after-1-minute = Po 1 minutě
clear-after-2-minutes = Po 2 minutách
clear-after-5-minutes = Po 5 minutách
clear-on-exit = Až při zavření aplikace
settings-theme = Motiv
theme-system = Podle systému
theme-light = Světlý
theme-dark = Tmavý
settings-language = Jazyk
language-system = Podle systému

connect-title = Připojte se k portálu DocSpace
connect-portal = Adresa portálu
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Nedávné portály
connect-recent-open = Otevřít tento portál se zapamatovaným přihlášením
connect-with-password = E-mail a heslo
connect-with-key = Klíč API
connect-email = E-mail
connect-password = Heslo
connect-code = Kód dvoufázového ověření
connect-key = Klíč API (sk-…)
connect-remember = Zapamatovat na tomto počítači
connect-remember-hint = Přihlášení se uloží do systémové klíčenky, takže příště aplikace rovnou otevře vaše klíče.
connect-no-keychain = Na tomto počítači není klíčenka (v Linuxu služba Secret Service, např. GNOME Keyring nebo KWallet), takže přihlášení nelze zapamatovat: příště se budete muset přihlásit znovu.
connect-keychain-locked = Klíčenka je zamčená. Odemkněte ji (například novým přihlášením do systému), aby si aplikace přihlášení zapamatovala.
connect-keychain-failed = Záznam v klíčence se nepodařilo přečíst ani zapsat ({ $detail }).
connect-sign-in = Přihlásit se
connect-signing-in = Přihlašování…
# Rozsahy "*:write" a "*:read" jsou technické názvy API: nepřekládat.
connect-key-note = Ke správě klíčů potřebuje klíč plný přístup nebo rozsah "*:write" (pro pouhé zobrazení stačí "*:read").
code-from-app = Zadejte kód z ověřovací aplikace.
code-setup-first = Dvoufázové ověření u tohoto účtu ještě není nastavené. Nejprve ho nastavte v DocSpace v prohlížeči a pak zadejte kód z ověřovací aplikace.
code-by-sms-to = Zadejte kód, který přišel v SMS na číslo { $phone }.
code-by-sms = Zadejte kód, který vám přišel v SMS.

## Obrazovka s tabulkou klíčů.

keys-new = Nový klíč
keys-refresh = Obnovit
keys-sign-out = Odhlásit se
portal-menu-hint = Přepnout na jiný zapamatovaný portál, přidat portál nebo se z tohoto odhlásit
portal-signed-in = Přihlášeno jako { $account }
portal-switch-to = Přepnout na
portal-add = Přidat portál…
portal-sign-out = Odhlásit se z tohoto portálu
portal-busy = Počkejte, až se dokončí rozpracované změny.
portal-back = Zpět na { $portal }
portal-entry = { $portal } · { $account }
keys-search = Hledat
keys-search-hint = Název, konec klíče nebo autor
keys-clear-search = Vymazat hledání
# $when je relativní čas z formats.ftl, např. "před 5 minutami", "právě teď".
keys-updated = Aktualizováno { $when }
keys-filter = { $filter } ({ $count })
keys-showing = Zobrazeno { $shown } z { $total }
keys-empty = Zatím tu nejsou žádné klíče API. Vytvořte jeden pro každou integraci, která potřebuje přístup k tomuto portálu.
keys-reading = Načítá se nový seznam klíčů…
keys-unread = Seznam klíčů se nepodařilo načíst. Zkuste to znovu obnovením (F5).
keys-no-match = Hledání ani filtru neodpovídá žádný klíč.
keys-show-all = Zobrazit všechny klíče
keys-orphan = Klíč "{ $name }" (končí na { $postfix }) byl právě vytvořen, ale jeho tajný klíč se do aplikace nedostal. Smažte ho a vytvořte klíč znovu.
keys-delete-orphan = Smazat tento klíč
person-role = { $name } · { $role }
role-owner = Vlastník
role-admin = Administrátor DocSpace
role-room-admin = Administrátor místnosti
role-user = Uživatel
role-guest = Host

# Filtry seznamu klíčů (množné číslo: "aktivní klíče" atd.).
filter-all = Vše
filter-active = Aktivní
filter-inactive = Neaktivní
filter-expired = Prošlé
filter-expiring-soon = Brzy vyprší
filter-never-used = Nepoužité

column-name = Název
column-key = Klíč
column-access = Přístup
column-created = Vytvořeno
column-last-used = Naposledy použit
column-expires = Vyprší
column-created-by = Autor
column-active = Aktivní
column-actions = Akce
column-sort-hint = Seřadit; dalším kliknutím obrátíte pořadí

row-edit = Upravit
row-delete = Smazat
row-edit-name = Upravit { $name }
row-delete-name = Smazat { $name }
row-active-name = Aktivní: { $name }
row-switch-on = Zapnout
row-switch-off = Vypnout
row-on = Zap.
row-off = Vyp.
row-never = nikdy
row-expired = prošlý
row-expired-on = { $date } (prošlý)
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Prošlý klíč nelze upravit. Smažte ho, nebo místo něj vytvořte nový klíč.

# "Omezené" je termín DocSpace pro vlastní výběr přístupu (angl. "Custom").
access-all = Vše
access-read-only = Pouze pro čtení
access-custom = Omezené
access-nothing-ticked = Nic nezaškrtnuto
# Souhrn v tabulce: oblast a to, co v ní klíč smí.
access-summary-read = { $area }: čtení
access-summary-write = { $area }: čtení a zápis
area-all = Všechny oblasti
area-files = Soubory
area-rooms = Místnosti
area-profile = Profil
area-contacts = Kontakty

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = Portál poslal datum, které aplikace neumí přečíst.

## Expiry watch and security review.

watch-expired = Prošlé: { $count }
watch-expiring = Vyprší do 7 dnů: { $count }, první { $date }
watch-dismiss = Skrýt
watch-dismiss-hint = Skryto, dokud nevyprší další klíč nebo do jeho vypršení nezbude méně než 7 dnů
review-toggle = Kontrola zabezpečení
review-title = Kontrola zabezpečení
review-back = Zpět na všechny klíče
review-intro = Klíče, které si zaslouží pozornost, a proč. Kdy se klíč počítá jako nepoužívaný, nastavíte v Nastavení. DocSpace neuvádí, kdy byl klíč vypnut, proto se toto pravidlo řídí jeho posledním použitím.
review-none = Všechny klíče kontrolou prošly.
review-full-access = Plný přístup a nikdy nevyprší.
review-unused = Dlouho nepoužitý: naposledy použit { $when }.
review-never-used = Nikdy nepoužitý; vytvořen { $when }.
review-expired = Vypršel { $when }, ale je stále v seznamu.
review-switched-off = Vypnutý; naposledy použit { $when }.
review-switched-off-never = Vypnutý a nikdy nepoužitý; vytvořen { $when }.
review-switch-off-name = Vypnout { $name }
settings-review = Prahy kontroly zabezpečení
settings-review-unused = Klíč je nepoužívaný, pokud nebyl použit po dobu:
settings-review-never-used = Nikdy nepoužitý klíč je nepoužívaný po uplynutí:
