# Tarihler, saatler ve sayılar. $year, $month (01–12) ve $day (01–31) sıfırla doldurulmuş metinlerdir.
# Türkçede sayıdan sonra isim tekil kalır (1 gün, 3 gün), bu yüzden one ve other aynıdır.
date = { $day }.{ $month }.{ $year }
date-time = { $date } { $time }
date-unknown = bilinmiyor
time-just-now = az önce
time-yesterday = dün
time-tomorrow = yarın
time-minutes-ago = { $count ->
    [one] { $count } dakika önce
   *[other] { $count } dakika önce
}
time-hours-ago = { $count ->
    [one] { $count } saat önce
   *[other] { $count } saat önce
}
time-days-ago = { $count ->
    [one] { $count } gün önce
   *[other] { $count } gün önce
}
time-weeks-ago = { $count ->
    [one] { $count } hafta önce
   *[other] { $count } hafta önce
}
time-months-ago = { $count ->
    [one] { $count } ay önce
   *[other] { $count } ay önce
}
time-years-ago = { $count ->
    [one] { $count } yıl önce
   *[other] { $count } yıl önce
}
time-in-minutes = { $count ->
    [one] { $count } dakika sonra
   *[other] { $count } dakika sonra
}
time-in-hours = { $count ->
    [one] { $count } saat sonra
   *[other] { $count } saat sonra
}
time-in-days = { $count ->
    [one] { $count } gün sonra
   *[other] { $count } gün sonra
}
time-in-weeks = { $count ->
    [one] { $count } hafta sonra
   *[other] { $count } hafta sonra
}
time-in-months = { $count ->
    [one] { $count } ay sonra
   *[other] { $count } ay sonra
}
time-in-years = { $count ->
    [one] { $count } yıl sonra
   *[other] { $count } yıl sonra
}
