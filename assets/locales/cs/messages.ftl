## Co aplikace sděluje uživateli: oznámení, poznámky a proč se něco nepovedlo.
## $detail jsou vlastní slova portálu (nebo systému), zobrazená tak, jak přišla.

msg-portal-said = { $text } (Odpověď portálu: { $detail })
msg-enter-email-and-password = Zadejte e-mail a heslo.
msg-enter-code = Zadejte kód.
msg-paste-api-key = Vložte klíč API (začíná na "sk-").
msg-remembered-sign-in-failed = Přihlášení pomocí zapamatovaných údajů se nezdařilo: { $reason }
msg-signed-out = Byli jste odhlášeni.
msg-keychain-not-removed = Záznam z klíčenky se nepodařilo odstranit: { $reason }
msg-account-not-forgotten = Odhlášeno, ale seznam zapamatovaných přihlášení ({ $path }) se nepodařilo upravit: { $reason }
msg-session-ended-key = Portál už nepřijímá klíč API, kterým jste se přihlásili: byl smazán, vypnut nebo mu vypršela platnost. Přihlaste se znovu jiným klíčem.
msg-session-ended = Vaše přihlášení k tomuto portálu skončilo: vypršelo, nebo jste byli odhlášeni jinde. Přihlaste se znovu.
msg-after-crash = Aplikace DocSpace API Keys se minule neočekávaně ukončila, proto se nepřihlásila automaticky. Přihlaste se znovu; pokud se to zopakuje, přihlaste se jiným účtem a klíč, u kterého se seznam zastavil, smažte nebo přejmenujte.
# Rozsahy "*:write" a "*:read" jsou technické názvy API: nepřekládat.
msg-read-only-key = Tento klíč má jen rozsah "*:read": klíče vidíte, ale nemůžete je vytvářet, měnit ani mazat. K tomu se přihlaste klíčem s rozsahem "*:write" (nebo s plným přístupem).
msg-refresh-failed = Seznam se nepodařilo obnovit. { $reason }
msg-switched-on = Klíč "{ $name }" je zapnutý.
msg-switched-off = Klíč "{ $name }" je vypnutý.
msg-saved = Klíč "{ $name }" byl uložen.
msg-deleted = Klíč "{ $name }" byl smazán.
msg-shown-again = Hledání a filtr byly vymazány, aby se nový klíč zobrazil.
# $reason je celá věta zakončená tečkou.
msg-copy-failed = { $reason } Označte klíč výše ručně, nebo ho uložte do souboru.
clipboard-unavailable = Schránka není k dispozici ({ $detail }).
msg-save-failed = Nepodařilo se uložit do { $path }: { $detail }
msg-clipboard-cleared = Nový klíč byl ze schránky vymazán.
msg-clipboard-replaced = Po novém klíči bylo zkopírováno něco jiného, proto schránka zůstala beze změny.
msg-clipboard-clear-failed = Nový klíč se ze schránky nepodařilo vymazat: zkopírujte něco jiného, aby ho nahradilo. { $reason }

api-offline = Nepodařilo se připojit k { $host }. Zkontrolujte adresu portálu a připojení k internetu a zkuste to znovu.
api-timeout = Server { $host } neodpověděl včas. Portál může být přetížený; zkuste to za chvíli znovu.
api-tls = Zabezpečené připojení k { $host } se nepodařilo ověřit. Pokud váš portál používá certifikát vaší organizace, ověřte, že je tento certifikát na tomto počítači nainstalovaný.
api-unauthorized = Vaše přihlášení už neplatí (klíč byl zrušen, vypnut nebo mu vypršela platnost, případně skončila relace). Přihlaste se znovu.
api-unauthorized-said = { $detail } Přihlaste se znovu.
api-forbidden = Tento účet nebo klíč nesmí spravovat klíče API. Klíč API potřebuje ke správě klíčů rozsah "*:write" (nebo plný přístup) a k jejich výpisu "*:read".
api-forbidden-said = { $detail } (Tento účet nebo klíč nesmí spravovat klíče API. Klíč API potřebuje ke správě klíčů rozsah "*:write" (nebo plný přístup) a k jejich výpisu "*:read".)
api-not-found = Portál tuto položku nezná (HTTP 404). Možná byla smazána; obnovte seznam.
api-rate-limited = Portál omezuje počet požadavků. Počkejte minutu a zkuste to znovu.
api-rate-limited-for = Portál omezuje počet požadavků. Počkejte { $seconds } s a zkuste to znovu.
api-server = Portál nahlásil problém (HTTP { $status }). Zkuste to později.
api-server-said = Portál nahlásil problém (HTTP { $status }): { $detail }. Zkuste to později.
api-not-docspace = Odpověď z { $host } není odpovědí DocSpace ({ $detail }). Zkontrolujte, že jde o adresu vašeho portálu DocSpace.
api-validation = Portál požadavek odmítl: { $detail }
api-redirected-to = Portál odpověděl přesměrováním na { $location } (HTTP { $status }). Zkontrolujte adresu portálu (zadejte adresu, na kterou se dostanete po přesměrování).
api-redirected = Portál odpověděl přesměrováním (HTTP { $status }), aniž uvedl kam. Zkontrolujte adresu portálu.
# $size pochází ze size-mib nebo size-kib, např. "5 MiB".
api-answer-too-large = Odpověď z { $host } byla větší než { $size } a nebyla načtena. Zkontrolujte, že jde o adresu vašeho portálu DocSpace.
api-create-answer-lost = Portál možná vytvořil klíč "{ $name }", ale jeho odpověď se ztratila ({ $detail }), takže tajný klíč nelze zobrazit. Nezkoušejte to jen znovu: obnovte seznam, smažte všechny klíče s názvem "{ $name }" vytvořené v posledních několika minutách a pak vytvořte nový.
api-unusable-credential = Klíč API nebo token obsahuje znaky, které nelze odeslat (například zalomení řádku nebo znak mimo ASCII). Zkopírujte ho znovu, bez ničeho okolo.
api-request = Požadavek se nepodařilo odeslat: { $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = Toto není klíč API. Klíče API DocSpace začínají na "sk-".
sign-in-key-not-valid = Portál tento klíč API nepřijímá. Zkontrolujte, že jste ho zkopírovali celý (začíná na "sk-"); smazaný, vypnutý nebo prošlý klíč už nefunguje.
sign-in-key-cannot-list-keys = Tento klíč API nemůže spravovat klíče API: chybí mu rozsah "*:read" (pro výpis klíčů) a "*:write" (pro jejich změny). Jeho rozsahy: { $scopes }. Vytvořte pro tuto aplikaci klíč s plným přístupem nebo s "*:write".
sign-in-wrong-password = E-mail nebo heslo není správné. Zkontrolujte obojí a přihlaste se znovu.
sign-in-code-refused = Portál kód nepřijal. Zkuste to znovu.

portal-empty = Zadejte adresu svého portálu DocSpace, například myportal.onlyoffice.com.
portal-not-an-address = "{ $input }" není webová adresa. Zadejte adresu svého portálu DocSpace, například myportal.onlyoffice.com.
portal-unsupported-scheme = Adresy "{ $scheme }" nejsou podporovány. Použijte adresu portálu s https://, například https://myportal.onlyoffice.com.
portal-insecure-remote = Prosté http:// by posílalo heslo a klíče nešifrovaně, proto je povoleno jen pro tento počítač (localhost). Použijte místo toho https://{ $host }.
portal-insecure-local-name = Prosté http:// je povoleno jen pro tento počítač a "{ $host }" je název, který se vyhledává v síti, takže může vést na jiný počítač. Použijte http://localhost nebo http://127.0.0.1 (s portem), případně https://{ $host }.
portal-credentials-in-address = Uživatelské jméno a heslo do adresy portálu nepište; zadáte je v dalším kroku.

keychain-unavailable = Na tomto počítači není k dispozici klíčenka (v Linuxu služba Secret Service, např. GNOME Keyring nebo KWallet). Přihlášení platí jen pro tuto relaci.
keychain-locked = Klíčenka je zamčená nebo odepřela přístup. Odemkněte ji (například novým přihlášením do systému), aby si aplikace přihlášení zapamatovala; zatím platí jen pro tuto relaci.
keychain-failed = Záznam v klíčence se nepodařilo přečíst ani zapsat ({ $detail }).

remember-no-settings-folder = Přihlášení se nepodařilo zapamatovat: tento počítač nemá pro aplikaci složku nastavení.
remember-accounts-file = Přihlášení se nepodařilo zapamatovat: seznam zapamatovaných přihlášení ({ $path }) se nepodařilo zapsat ({ $detail }).
remember-keychain = Přihlášení se nepodařilo uložit do klíčenky. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = Portál klíč nezměnil. Klíče s prošlou platností nelze měnit a změnit klíč smí jen jeho tvůrce nebo správce DocSpace. Obnovte seznam, abyste viděli jeho aktuální stav.
api-refused-not-deleted = Portál klíč nesmazal. Smazat klíč smí jen jeho tvůrce nebo správce DocSpace. Obnovte seznam, abyste viděli jeho aktuální stav.
api-refused-unknown-key = Portál tento klíč nenašel (odpověděl chybou). Možná už byl smazán; obnovte seznam.
