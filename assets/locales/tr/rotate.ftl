## Bir anahtarı yenileme (aynı ad, izinler ve süreyle yeni bir anahtar, ardından eskisinin
## devre dışı bırakılması) ve anahtar listesini dışa aktarma.

row-rotate = Yenile…
row-rotate-name = { $name } anahtarını yenile
form-rotate-hint = Bu anahtarı aynı ad, izinler ve süreye sahip yeni bir anahtarla değiştirir.
rotate-title = API anahtarını yenile
rotate-question = "{ $name }" yenilensin mi?
rotate-new-key-never = Aynı izinlere sahip "{ $name }" adlı yeni bir anahtar oluşturulur ve bir kez gösterilir. Eski anahtar gibi süresi hiç dolmaz.
rotate-new-key-days = Aynı izinlere sahip "{ $name }" adlı yeni bir anahtar oluşturulur ve bir kez gösterilir. Eski anahtar gibi, oluşturulduktan { $days ->
    [one] { $days } gün
   *[other] { $days } gün
} sonra süresi dolar.
rotate-then = Ardından eski anahtar için:
rotate-choice-switch-off = Eski anahtarı devre dışı bırak
rotate-choice-leave-expired = Eski anahtarı olduğu gibi bırak
rotate-choice-delete = Eski anahtarı sil
rotate-switch-off-note = Eski anahtarı hâlâ kullanan her şey, anahtar devre dışı bırakıldığında çalışmayı durdurur. Yeniden etkinleştirilebilir.
rotate-expired-note = Eski anahtarın süresi doldu: DocSpace artık onu kabul etmiyor ve devre dışı bırakamıyor, bu yüzden listede olduğu gibi kalır.
rotate-delete-note = Eski anahtarı hâlâ kullanan her şey çalışmayı durdurur. Bu işlem geri alınamaz.
rotate-confirm = Yenile
rotate-rotating = Yenileniyor…
rotate-lifetime-unknown = Bu anahtarın süresi bilinmiyor (portal bu uygulamanın okuyamadığı bir tarih gönderdi), bu yüzden aynı süreye sahip bir yedek oluşturulamıyor. Bunun yerine yeni bir anahtar oluşturun.
rotate-switching-off-old = Eski "{ $name }" anahtarı devre dışı bırakılıyor…
rotate-deleting-old = Eski "{ $name }" anahtarı siliniyor…
rotate-old-switched-off = Eski "{ $name }" anahtarı devre dışı bırakıldı.
rotate-old-deleted = Eski "{ $name }" anahtarı silindi.
rotate-old-left-expired = Eski "{ $name }" anahtarının süresi dolmuştu ve olduğu gibi bırakıldı.
rotate-old-not-switched-off = Eski "{ $name }" anahtarı devre dışı bırakılamadı: { $reason } Şu anda iki anahtar da var; eskisini kendiniz devre dışı bırakın.
rotate-old-not-deleted = Eski "{ $name }" anahtarı silinemedi: { $reason } Şu anda iki anahtar da var; eskisini kendiniz silin.

keys-export = Dışa aktar…
keys-export-hint = Gösterilen anahtarlar (arama ve filtreden sonra), hiçbir gizli bilgi olmadan.
export-csv = CSV (elektronik tablolar için)…
export-json = JSON…
msg-exported = { $count ->
    [one] { $count } anahtar { $path } konumuna aktarıldı.
   *[other] { $count } anahtar { $path } konumuna aktarıldı.
}
msg-export-failed = Dışa aktarma kaydedilemedi: { $detail }
