# Datum, Uhrzeit und Zählungen. $year, $month (01–12) und $day (01–31) sind fertiger Text, bereits mit führender Null.
date = { $day }.{ $month }.{ $year }
date-time = { $date } { $time }
date-unknown = unbekannt
time-just-now = gerade eben
time-yesterday = gestern
time-tomorrow = morgen
time-minutes-ago = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
}
time-hours-ago = { $count ->
    [one] vor { $count } Stunde
   *[other] vor { $count } Stunden
}
time-days-ago = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}
time-weeks-ago = { $count ->
    [one] vor { $count } Woche
   *[other] vor { $count } Wochen
}
time-months-ago = { $count ->
    [one] vor { $count } Monat
   *[other] vor { $count } Monaten
}
time-years-ago = { $count ->
    [one] vor { $count } Jahr
   *[other] vor { $count } Jahren
}
time-in-minutes = { $count ->
    [one] in { $count } Minute
   *[other] in { $count } Minuten
}
time-in-hours = { $count ->
    [one] in { $count } Stunde
   *[other] in { $count } Stunden
}
time-in-days = { $count ->
    [one] in { $count } Tag
   *[other] in { $count } Tagen
}
time-in-weeks = { $count ->
    [one] in { $count } Woche
   *[other] in { $count } Wochen
}
time-in-months = { $count ->
    [one] in { $count } Monat
   *[other] in { $count } Monaten
}
time-in-years = { $count ->
    [one] in { $count } Jahr
   *[other] in { $count } Jahren
}
