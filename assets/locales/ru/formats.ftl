# Даты, время и числа. $year, $month (01–12) и $day (01–31) — уже готовый текст.
date = { $day }.{ $month }.{ $year }
date-time = { $date } { $time }
date-unknown = неизвестно
time-just-now = только что
time-yesterday = вчера
time-tomorrow = завтра
time-minutes-ago = { $count ->
    [one] { $count } минуту назад
    [few] { $count } минуты назад
   *[many] { $count } минут назад
}
time-hours-ago = { $count ->
    [one] { $count } час назад
    [few] { $count } часа назад
   *[many] { $count } часов назад
}
time-days-ago = { $count ->
    [one] { $count } день назад
    [few] { $count } дня назад
   *[many] { $count } дней назад
}
time-weeks-ago = { $count ->
    [one] { $count } неделю назад
    [few] { $count } недели назад
   *[many] { $count } недель назад
}
time-months-ago = { $count ->
    [one] { $count } месяц назад
    [few] { $count } месяца назад
   *[many] { $count } месяцев назад
}
time-years-ago = { $count ->
    [one] { $count } год назад
    [few] { $count } года назад
   *[many] { $count } лет назад
}
time-in-minutes = { $count ->
    [one] через { $count } минуту
    [few] через { $count } минуты
   *[many] через { $count } минут
}
time-in-hours = { $count ->
    [one] через { $count } час
    [few] через { $count } часа
   *[many] через { $count } часов
}
time-in-days = { $count ->
    [one] через { $count } день
    [few] через { $count } дня
   *[many] через { $count } дней
}
time-in-weeks = { $count ->
    [one] через { $count } неделю
    [few] через { $count } недели
   *[many] через { $count } недель
}
time-in-months = { $count ->
    [one] через { $count } месяц
    [few] через { $count } месяца
   *[many] через { $count } месяцев
}
time-in-years = { $count ->
    [one] через { $count } год
    [few] через { $count } года
   *[many] через { $count } лет
}
