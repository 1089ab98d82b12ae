## Uygulamanın kullanıcıya söyledikleri: bildirimler, notlar ve bir şeyin neden başarısız olduğu.
## $detail portalın (veya sistemin) kendi sözleridir, geldiği gibi gösterilir.
# Değişkenlere ek getirmeyin: "{ $host } sunucusuna", "{ $path } konumuna" gibi eki bir isme verin.

msg-portal-said = { $text } (Portalın yanıtı: { $detail })
msg-enter-email-and-password = E-posta adresinizi ve şifrenizi girin.
msg-enter-code = Kodu girin.
msg-paste-api-key = Bir API anahtarı yapıştırın ("sk-" ile başlar).
msg-remembered-sign-in-failed = Hatırlanan giriş bilgileriyle giriş yapılamadı: { $reason }
msg-signed-out = Çıkış yaptınız.
msg-keychain-not-removed = Anahtar zinciri kaydı silinemedi: { $reason }
msg-account-not-forgotten = Çıkış yapıldı, ancak hatırlanan oturum açmaların listesi ({ $path }) güncellenemedi: { $reason }
msg-session-ended-key = Portal, giriş yaptığınız API anahtarını artık kabul etmiyor: anahtar silinmiş, devre dışı bırakılmış veya süresi dolmuş. Lütfen başka bir anahtarla yeniden giriş yapın.
msg-session-ended = Bu portaldaki oturumunuz sona erdi: süresi doldu veya başka bir yerde çıkış yapıldı. Lütfen yeniden giriş yapın.
msg-after-crash = DocSpace API Keys geçen sefer beklenmedik şekilde kapandığı için otomatik olarak giriş yapmadı. Yeniden giriş yapın; bu tekrar olursa başka bir hesapla giriş yapın ve listenin takıldığı anahtarı silin veya yeniden adlandırın.
msg-read-only-key = Bu anahtarın yalnızca "*:read" kapsamı var: anahtarları görebilirsiniz, ancak oluşturamaz, değiştiremez veya silemezsiniz. Bunun için "*:write" kapsamına (veya tam erişime) sahip bir anahtarla giriş yapın.
msg-refresh-failed = Liste yenilenemedi. { $reason }
msg-switched-on = "{ $name }" anahtarı etkinleştirildi.
msg-switched-off = "{ $name }" anahtarı devre dışı bırakıldı.
msg-saved = "{ $name }" anahtarı kaydedildi.
msg-deleted = "{ $name }" anahtarı silindi.
msg-shown-again = Yeni anahtarın görünmesi için arama ve filtre temizlendi.
# $reason noktayla biten tam bir hata açıklamasıdır.
msg-copy-failed = { $reason } Yukarıdaki anahtarı elle seçin veya bir dosyaya kaydedin.
clipboard-unavailable = Pano kullanılamıyor ({ $detail }).
msg-save-failed = { $path } konumuna kaydedilemedi: { $detail }
msg-clipboard-cleared = Yeni anahtar panodan temizlendi.
msg-clipboard-replaced = Yeni anahtardan sonra başka bir şey kopyalandığı için pano olduğu gibi bırakıldı.
msg-clipboard-clear-failed = Yeni anahtar panodan temizlenemedi: yerine geçmesi için başka bir şey kopyalayın. { $reason }

api-offline = { $host } sunucusuna ulaşılamadı. Portal adresini ve internet bağlantınızı kontrol edip yeniden deneyin.
api-timeout = { $host } zamanında yanıt vermedi. Portal meşgul olabilir; biraz sonra yeniden deneyin.
api-tls = { $host } ile kurulan güvenli bağlantı doğrulanamadı. Portalınız kuruluşunuza ait bir sertifika kullanıyorsa bu sertifikanın bu bilgisayarda yüklü olduğundan emin olun.
api-unauthorized = Girişiniz artık geçerli değil (anahtar iptal edildi, devre dışı bırakıldı veya süresi doldu ya da oturum sona erdi). Lütfen yeniden giriş yapın.
api-unauthorized-said = { $detail } Lütfen yeniden giriş yapın.
api-forbidden = Bu hesap veya anahtar API anahtarlarını yönetemez. Bir API anahtarının, anahtarları yönetmek için "*:write" kapsamına (veya tam erişime), listelemek için "*:read" kapsamına ihtiyacı vardır.
api-forbidden-said = { $detail } (Bu hesap veya anahtar API anahtarlarını yönetemez. Bir API anahtarının, anahtarları yönetmek için "*:write" kapsamına (veya tam erişime), listelemek için "*:read" kapsamına ihtiyacı vardır.)
api-not-found = Portal bu öğeyi tanımıyor (HTTP 404). Silinmiş olabilir; listeyi yenileyin.
api-rate-limited = Portal istekleri sınırlıyor. Bir dakika bekleyip yeniden deneyin.
api-rate-limited-for = Portal istekleri sınırlıyor. { $seconds } sn bekleyip yeniden deneyin.
api-server = Portal bir sorun bildirdi (HTTP { $status }). Daha sonra yeniden deneyin.
api-server-said = Portal bir sorun bildirdi (HTTP { $status }): { $detail }. Daha sonra yeniden deneyin.
api-not-docspace = { $host } adresinden gelen yanıt bir DocSpace yanıtı değil ({ $detail }). Adresin DocSpace portalınıza ait olduğunu kontrol edin.
api-validation = Portal isteği reddetti: { $detail }
api-redirected-to = Portal, { $location } adresine yönlendirmeyle yanıt verdi (HTTP { $status }). Portal adresini kontrol edin (yönlendirmeden sonra ulaştığınız adresi girin).
api-redirected = Portal, nereye olduğunu belirtmeden yönlendirmeyle yanıt verdi (HTTP { $status }). Portal adresini kontrol edin.
api-answer-too-large = { $host } adresinden gelen yanıt { $size } sınırını aştığı için okunmadı. Adresin DocSpace portalınıza ait olduğunu kontrol edin.
api-create-answer-lost = Portal "{ $name }" anahtarını oluşturmuş olabilir, ancak yanıtı kayboldu ({ $detail }); bu yüzden gizli anahtar gösterilemiyor. Hemen yeniden denemeyin: listeyi yenileyin, son birkaç dakikada oluşturulan "{ $name }" adlı anahtarları silin, ardından yeni bir anahtar oluşturun.
api-unusable-credential = API anahtarı veya belirteç gönderilemeyen karakterler içeriyor (örneğin içinde satır sonu veya ASCII olmayan bir karakter). Çevresinde başka bir şey olmadan yeniden kopyalayın.
api-request = İstek gönderilemedi: { $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = Bu bir API anahtarı değil. DocSpace API anahtarları "sk-" ile başlar.
sign-in-key-not-valid = Portal bu API anahtarını kabul etmiyor. Anahtarın tamamını kopyaladığınızı kontrol edin ("sk-" ile başlar); silinmiş, devre dışı bırakılmış veya süresi dolmuş bir anahtar artık çalışmaz.
sign-in-key-cannot-list-keys = Bu API anahtarı API anahtarlarını yönetemez: "*:read" (anahtarları listelemek için) ve "*:write" (değiştirmek için) kapsamları yok. Kapsamları: { $scopes }. Bu uygulama için tam erişimli veya "*:write" kapsamlı bir anahtar oluşturun.
sign-in-wrong-password = E-posta veya şifre yanlış. İkisini de kontrol edip yeniden giriş yapın.
sign-in-code-refused = Portal kodu kabul etmedi. Yeniden deneyin.

portal-empty = DocSpace portalınızın adresini girin, örneğin myportal.onlyoffice.com.
portal-not-an-address = "{ $input }" bir web adresi değil. DocSpace portalınızın adresini girin, örneğin myportal.onlyoffice.com.
portal-unsupported-scheme = "{ $scheme }" adresleri desteklenmiyor. Portalın https:// adresini kullanın, örneğin https://myportal.onlyoffice.com.
portal-insecure-remote = Şifrelenmemiş http:// bağlantısı şifrenizi ve anahtarlarınızı açık olarak gönderir; bu yüzden yalnızca bu bilgisayarda (localhost) kullanılabilir. Bunun yerine https://{ $host } kullanın.
portal-insecure-local-name = Şifrelenmemiş http:// yalnızca bu bilgisayarda kullanılabilir. "{ $host }" ağda aranan bir ad olduğundan başka bir bilgisayara çıkabilir. http://localhost veya http://127.0.0.1 (bağlantı noktasıyla) ya da https://{ $host } kullanın.
portal-credentials-in-address = Kullanıcı adını ve şifreyi portal adresine yazmayın; bunları bir sonraki adımda gireceksiniz.

keychain-unavailable = Bu bilgisayarda kullanılabilir bir anahtar zinciri yok (Linux'ta GNOME Keyring veya KWallet gibi bir Secret Service). Yalnızca bu oturum boyunca giriş yapmış kalırsınız.
keychain-locked = Anahtar zinciri kilitli veya erişimi reddetti. Hatırlanmak için kilidini açın (örneğin masaüstünüze yeniden giriş yaparak); şimdilik yalnızca bu oturum boyunca giriş yapmış kalırsınız.
keychain-failed = Anahtar zinciri kaydı okunamadı veya yazılamadı ({ $detail }).

remember-no-settings-folder = Giriş bilgileri hatırlanamadı: bu bilgisayarda uygulama için bir ayarlar klasörü yok.
remember-accounts-file = Giriş bilgileri hatırlanamadı: hatırlanan girişlerin listesi ({ $path }) yazılamadı ({ $detail }).
remember-keychain = Giriş bilgileri anahtar zincirinde saklanamadı. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = Portal anahtarı değiştirmedi. Süresi dolmuş anahtarlar değiştirilemez; bir anahtarı yalnızca oluşturan kişi veya bir DocSpace yöneticisi değiştirebilir. Güncel durumunu görmek için listeyi yenileyin.
api-refused-not-deleted = Portal anahtarı silmedi. Bir anahtarı yalnızca oluşturan kişi veya bir DocSpace yöneticisi silebilir. Güncel durumunu görmek için listeyi yenileyin.
api-refused-unknown-key = Portal bu anahtarı bulamadı (bir hatayla yanıt verdi). Anahtar zaten silinmiş olabilir; listeyi yenileyin.
