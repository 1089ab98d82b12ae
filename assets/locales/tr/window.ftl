## Pencere: başlık, ayarlar, bağlantı ekranı.
# Terimler DocSpace web istemcisinden alınmıştır (TERMS.md): API anahtarları, gizli anahtar, izinler, odalar, portal.
# Değişkenlere ek getirmeyin ({ $name }'i gibi): ünlü uyumu değişkene göre değişir. "Düzenle: { $name }" gibi yazın.

starting-signing-in = Giriş yapılıyor…
settings = Ayarlar
settings-clear-clipboard = Kopyalanan anahtarı panodan temizle
clear-after-30-seconds = 30 saniye sonra
clear-after-1-minute = 1 dakika sonra
clear-after-2-minutes = 2 dakika sonra
clear-after-5-minutes = 5 dakika sonra
clear-on-exit = Yalnızca uygulama kapanırken
settings-theme = Tema
theme-system = Sistem varsayılanı
theme-light = Açık
theme-dark = Koyu
settings-language = Dil
language-system = Sistem varsayılanı

connect-title = DocSpace portalınıza bağlanın
connect-portal = Portal adresi
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Son kullanılan portallar
connect-recent-open = Bu portalı hatırlanan oturum açma bilgisiyle aç
connect-with-password = E-posta ve şifre
connect-with-key = API anahtarı
connect-email = E-posta
connect-password = Şifre
connect-code = İki adımlı doğrulama kodu
connect-key = API anahtarı (sk-…)
connect-remember = Bu bilgisayarda beni hatırla
connect-remember-hint = Giriş bilgileri sistemin anahtar zincirinde saklanır; uygulama bir dahaki sefere doğrudan anahtarlarınızla açılır.
connect-no-keychain = Bu bilgisayarda anahtar zinciri yok (Linux'ta GNOME Keyring veya KWallet gibi bir Secret Service), bu yüzden giriş bilgileri hatırlanamaz: bir dahaki sefere yeniden giriş yapmanız gerekecek.
connect-keychain-locked = Anahtar zinciri kilitli. Hatırlanmak için kilidini açın (örneğin masaüstünüze yeniden giriş yaparak).
connect-keychain-failed = Anahtar zinciri kaydı okunamadı veya yazılamadı ({ $detail }).
connect-sign-in = Giriş yap
connect-signing-in = Giriş yapılıyor…
connect-key-note = Anahtarları yönetmek için kullanılan anahtarın tam erişime veya "*:write" kapsamına sahip olması gerekir (yalnızca görüntülemek için "*:read").
code-from-app = Kimlik doğrulama uygulamanızdaki kodu girin.
code-setup-first = Bu hesap için iki adımlı doğrulama henüz ayarlanmamış. Önce tarayıcınızda DocSpace üzerinden ayarlayın, ardından kimlik doğrulama uygulamanızdaki kodu girin.
code-by-sms-to = { $phone } numarasına SMS ile gönderilen kodu girin.
code-by-sms = Size SMS ile gönderilen kodu girin.

## Anahtar listesi ekranı.

keys-new = Yeni anahtar
keys-refresh = Yenile
keys-sign-out = Çıkış
portal-menu-hint = Hatırlanan başka bir portala geçin, portal ekleyin veya bu portaldan çıkış yapın
portal-signed-in = { $account } olarak oturum açıldı
portal-switch-to = Geçiş yap
portal-add = Portal ekle…
portal-sign-out = Bu portaldan çıkış yap
portal-busy = Süren değişikliklerin bitmesini bekleyin.
portal-back = { $portal } portalına dön
portal-entry = { $portal } · { $account }
keys-search = Ara
keys-search-hint = Ad, anahtarın sonu veya oluşturan
keys-clear-search = Aramayı temizle
# $when göreli bir zamandır: "3 dakika önce", "az önce".
keys-updated = Güncellendi: { $when }
keys-filter = { $filter } ({ $count })
keys-showing = { $total } anahtarın { $shown } tanesi gösteriliyor
keys-empty = Henüz API anahtarı yok. Bu portala erişmesi gereken her entegrasyon için bir anahtar oluşturun.
keys-reading = Yeni anahtar listesi okunuyor…
keys-unread = Anahtar listesi okunamadı. Yeniden denemek için yenileyin (F5).
keys-no-match = Aramayla veya filtreyle eşleşen anahtar yok.
keys-show-all = Tüm anahtarları göster
keys-orphan = "{ $name }" anahtarı (sonu { $postfix }) az önce oluşturuldu, ancak gizli anahtarı bu uygulamaya hiç ulaşmadı. Anahtarı silin ve yeniden oluşturun.
keys-delete-orphan = Bu anahtarı sil
person-role = { $name } · { $role }
role-owner = Sahibi
role-admin = DocSpace yöneticisi
role-room-admin = Oda yöneticisi
role-user = Kullanıcı
role-guest = Konuk

filter-all = Hepsi
filter-active = Etkin
filter-inactive = Etkin değil
filter-expired = Süresi dolmuş
filter-expiring-soon = Süresi yakında dolacak
filter-never-used = Hiç kullanılmamış

column-name = Ad
column-key = Anahtar
column-access = İzinler
column-created = Oluşturulma
column-last-used = Son kullanım
column-expires = Sona erme
column-created-by = Oluşturan
column-active = Etkin
column-actions = İşlemler
column-sort-hint = Sırala; ters çevirmek için yeniden tıklayın

row-edit = Düzenle
row-delete = Sil
row-edit-name = Düzenle: { $name }
row-delete-name = Sil: { $name }
row-active-name = Etkin: { $name }
row-switch-on = Etkinleştir
row-switch-off = Devre dışı bırak
row-on = Açık
row-off = Kapalı
# Hem "Son kullanım" hem "Sona erme" sütununda kullanılır.
row-never = hiçbir zaman
row-expired = süresi dolmuş
row-expired-on = { $date } (süresi dolmuş)
# $when göreli bir zamandır: "3 gün sonra".
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Süresi dolmuş bir anahtar düzenlenemez. Anahtarı silin veya yerine yeni bir anahtar oluşturun.

access-all = Hepsi
access-read-only = Salt okunur
# İngilizcede "Custom"; DocSpace'teki "Restricted" karşılığı kullanılır.
access-custom = Kısıtlı
access-nothing-ticked = Hiçbir şey seçilmedi
access-summary-read = { $area }: okuma
access-summary-write = { $area }: okuma ve yazma
area-all = Tüm alanlar
area-files = Dosyalar
area-rooms = Odalar
area-profile = Profil
area-contacts = Kişiler

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = Portal, bu uygulamanın okuyamadığı bir tarih gönderdi.

## Expiry watch and security review.

watch-expired = Süresi dolmuş: { $count }
watch-expiring = 7 gün içinde süresi dolacak: { $count }, ilki { $date }
watch-dismiss = Gizle
watch-dismiss-hint = Başka bir anahtarın süresi dolana veya dolmasına 7 günden az kalana kadar gizli
review-toggle = Güvenlik incelemesi
review-title = Güvenlik incelemesi
review-back = Tüm anahtarlara dön
review-intro = Göz atılması gereken anahtarlar ve nedenleri. Bir anahtarın ne zaman kullanılmıyor sayılacağı Ayarlar'da belirlenir. DocSpace bir anahtarın ne zaman devre dışı bırakıldığını bildirmez; bu yüzden o kural son kullanıma bakar.
review-none = Tüm anahtarlar incelemeden geçti.
review-full-access = Tam erişim ve süresi hiç dolmuyor.
review-unused = Uzun süredir kullanılmıyor: son kullanım { $when }.
review-never-used = Hiç kullanılmadı; oluşturulma { $when }.
review-expired = Süresi { $when } doldu, ama hâlâ listede.
review-switched-off = Devre dışı; son kullanım { $when }.
review-switched-off-never = Devre dışı ve hiç kullanılmadı; oluşturulma { $when }.
review-switch-off-name = Devre dışı bırak: { $name }
settings-review = Güvenlik incelemesi eşikleri
settings-review-unused = Bu süre kullanılmayan anahtar kullanılmıyor sayılır:
settings-review-never-used = Hiç kullanılmamış anahtar bu süreden sonra kullanılmıyor sayılır:
