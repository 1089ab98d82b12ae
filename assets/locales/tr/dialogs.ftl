## Anahtar oluşturma, düzenleme, gösterme ve silme pencereleri; pencerenin alt kısmı.

dialog-cancel = İptal
form-create-title = Yeni API anahtarı
form-edit-title = API anahtarını düzenle
form-name = Ad
form-name-hint = Anahtarın ne için olduğu, ör. Zapier
form-access = İzinler
form-lifetime = Geçerlilik süresi
form-lifetime-never = Süresiz
# Türkçede sayıdan sonra isim tekil kalır (1 gün, 5 gün); iki biçim aynıdır.
form-lifetime-days = { $days ->
    [one] { $days } gün
   *[other] { $days } gün
}
form-lifetime-custom = Özel
form-lifetime-custom-name = Özel geçerlilik süresi
form-days = Gün
form-days-range = 1 ile 365 arasında bir gün sayısı girin.
form-create = Oluştur
form-creating = Oluşturuluyor…
form-save = Kaydet
form-saving = Kaydediliyor…
form-active = Etkin
form-expires-on = { $date } tarihinde sona erecek. DocSpace'te bir anahtarın geçerlilik süresi oluşturulduktan sonra değiştirilemez.
form-never-expires = Süresi hiç dolmaz. DocSpace'te bir anahtarın geçerlilik süresi oluşturulduktan sonra değiştirilemez.
form-expired-on = { $date } tarihinde süresi doldu.
form-area = Alan
# DocSpace "Oku"/"Yaz" kullanır; sütun başlığı olarak emir kipi yerine isim biçimi daha doğal.
form-read = Okuma
form-write = Yazma
form-area-read = { $area }: okuma
form-area-write = { $area }: yazma
# $scopes: anahtarın bu formda gösterilmeyen diğer kapsamları; kaydederken olduğu gibi korunur.
form-also-kept = Korunan diğer kapsamlar: { $scopes }
form-write-includes-read = Yazma izni okumayı da kapsar.
problem-name-missing = Bir ad girin.
problem-name-too-long = Ad { $length } karakter uzunluğunda; sınır { $limit } karakter.
problem-nothing-ticked = En az bir kutuyu işaretleyin ya da Hepsi veya Salt okunur seçeneğini seçin.
problem-days-out-of-range = 1 ile 365 arasında bir gün sayısı girin.

reveal-title = Yeni API anahtarınız
reveal-warning = Anahtarı şimdi kopyalayın veya kaydedin. DocSpace onu bir daha göstermeyecek.
reveal-show = Göster
reveal-hide = Gizle
reveal-copy = Kopyala
reveal-save = Dosyaya kaydet…
reveal-done = Tamam
reveal-not-copied = Bu anahtarı kopyalamadınız. Anahtar bir daha gösterilemez.
reveal-close-anyway = Yine de kapat
reveal-go-back = Geri dön
reveal-session-ended = Bu pencereyi kapatmadan önce anahtarı kopyalayın veya kaydedin; ardından yeniden giriş yapın.
reveal-clear-now = Şimdi temizle
reveal-save-to-downloads = İndirilenler klasörüne kaydet
reveal-saved-private = Kaydedildi: { $path } (yalnızca siz okuyabilirsiniz).
reveal-saved = Kaydedildi: { $path }
reveal-no-file-dialog = Bu bilgisayarda kaydetme penceresi yok (Linux'ta bunun için xdg-desktop-portal-gtk veya zenity paketini yükleyin).
reveal-copied-clearing = Kopyalandı. Pano { $seconds } sn sonra temizlenecek.
reveal-copied-clearing-on-exit = Kopyalandı. Pano, uygulama kapanırken temizlenecek.
reveal-copied-cleared = Kopyalandı. Pano temizlendi.
reveal-copied-replaced = Kopyalandı. Sonrasında başka bir şey kopyalandığı için pano olduğu gibi bırakıldı.
# $error noktayla biten tam bir hata açıklamasıdır.
reveal-copied-clear-failed = Kopyalandı, ancak pano temizlenemedi: { $error } Panodaki anahtarın yerine geçmesi için başka bir şey kopyalayın.

delete-title = API anahtarını sil
delete-question = "{ $name }" silinsin mi?
# $when göreli bir zamandır: "3 gün önce", "dün".
delete-last-used = Son kullanım: { $when }.
delete-never-used = Hiç kullanılmadı.
delete-for-good = Bu anahtarı kullanan her şey çalışmayı durduracak. Bu işlem geri alınamaz.
delete-confirm = Sil
delete-deleting = Siliniyor…

toast-on-clipboard = Yeni anahtar panoda. { $seconds } sn sonra temizlenecek.
toast-on-clipboard-until-exit = Yeni anahtar panoda. Uygulama kapanırken temizlenecek.
toast-undo = Geri al

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = Anahtarın en son ne zaman kullanıldığı bilinmiyor.
form-expiry-unknown = Son kullanma tarihi bilinmiyor: portal, bu uygulamanın okuyamadığı bir tarih gönderdi. DocSpace, bir anahtarın geçerlilik süresinin oluşturulduktan sonra değiştirilmesine izin vermez.
