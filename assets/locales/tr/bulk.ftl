## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = { $name } anahtarını seç
bulk-select-all-shown = Gösterilenlerin tümünü seç
bulk-selected = { $count } seçili
bulk-switch-on = Etkinleştir
bulk-switch-off = Devre dışı bırak…
bulk-delete = Sil…
bulk-clear = Seçimi temizle
bulk-delete-title = API anahtarlarını sil
bulk-delete-question = Bu { $count } anahtar silinsin mi?
bulk-delete-note = Bu anahtarları hâlâ kullanan her şey çalışmayı durdurur. Bu işlem geri alınamaz.
bulk-delete-confirm = { $count } anahtarı sil
bulk-switch-off-title = API anahtarlarını devre dışı bırak
bulk-switch-off-question = Bu { $count } anahtar devre dışı bırakılsın mı?
bulk-switch-off-note = Bu anahtarları hâlâ kullanan her şey, anahtarlar yeniden etkinleştirilene kadar çalışmaz.
bulk-switch-off-confirm = { $count } anahtarı devre dışı bırak
bulk-skipped-expired = Süresi dolduğu için atlandı (DocSpace bunları değiştiremez), { $count }: { $names }.
bulk-switched-on = { $count } anahtar etkinleştirildi.
bulk-switched-off = { $count } anahtar devre dışı bırakıldı.
bulk-deleted = { $count } anahtar silindi.
bulk-not-switched-on = "{ $name }" etkinleştirilemedi: { $reason }
bulk-not-switched-off = "{ $name }" devre dışı bırakılamadı: { $reason }
bulk-not-deleted = "{ $name }" silinemedi: { $reason }
