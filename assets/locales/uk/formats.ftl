# Дати, час і кількості. $year, $month (01–12) і $day (01–31) — готовий текст із початковими нулями.
# Множина: one = 1, 21, 31…; few = 2–4, 22–24…; many = 0, 5–20, 25–30…; other = дроби (1,5 дня).
date = { $day }.{ $month }.{ $year }
date-time = { $date } { $time }
date-unknown = невідомо
time-just-now = щойно
time-yesterday = учора
time-tomorrow = завтра
time-minutes-ago = { $count ->
    [one] { $count } хвилину тому
    [few] { $count } хвилини тому
    [many] { $count } хвилин тому
   *[other] { $count } хвилини тому
}
time-hours-ago = { $count ->
    [one] { $count } годину тому
    [few] { $count } години тому
    [many] { $count } годин тому
   *[other] { $count } години тому
}
time-days-ago = { $count ->
    [one] { $count } день тому
    [few] { $count } дні тому
    [many] { $count } днів тому
   *[other] { $count } дня тому
}
time-weeks-ago = { $count ->
    [one] { $count } тиждень тому
    [few] { $count } тижні тому
    [many] { $count } тижнів тому
   *[other] { $count } тижня тому
}
time-months-ago = { $count ->
    [one] { $count } місяць тому
    [few] { $count } місяці тому
    [many] { $count } місяців тому
   *[other] { $count } місяця тому
}
time-years-ago = { $count ->
    [one] { $count } рік тому
    [few] { $count } роки тому
    [many] { $count } років тому
   *[other] { $count } року тому
}
time-in-minutes = { $count ->
    [one] через { $count } хвилину
    [few] через { $count } хвилини
    [many] через { $count } хвилин
   *[other] через { $count } хвилини
}
time-in-hours = { $count ->
    [one] через { $count } годину
    [few] через { $count } години
    [many] через { $count } годин
   *[other] через { $count } години
}
time-in-days = { $count ->
    [one] через { $count } день
    [few] через { $count } дні
    [many] через { $count } днів
   *[other] через { $count } дня
}
time-in-weeks = { $count ->
    [one] через { $count } тиждень
    [few] через { $count } тижні
    [many] через { $count } тижнів
   *[other] через { $count } тижня
}
time-in-months = { $count ->
    [one] через { $count } місяць
    [few] через { $count } місяці
    [many] через { $count } місяців
   *[other] через { $count } місяця
}
time-in-years = { $count ->
    [one] через { $count } рік
    [few] через { $count } роки
    [many] через { $count } років
   *[other] через { $count } року
}
