# Date, orari e conteggi. $year, $month (01–12) e $day (01–31) sono testo già completato con gli zeri.
date = { $day }/{ $month }/{ $year }
date-time = { $date } { $time }
date-unknown = sconosciuta
time-just-now = proprio ora
time-yesterday = ieri
time-tomorrow = domani
time-minutes-ago = { $count ->
    [one] { $count } minuto fa
   *[other] { $count } minuti fa
}
time-hours-ago = { $count ->
    [one] { $count } ora fa
   *[other] { $count } ore fa
}
time-days-ago = { $count ->
    [one] { $count } giorno fa
   *[other] { $count } giorni fa
}
time-weeks-ago = { $count ->
    [one] { $count } settimana fa
   *[other] { $count } settimane fa
}
time-months-ago = { $count ->
    [one] { $count } mese fa
   *[other] { $count } mesi fa
}
time-years-ago = { $count ->
    [one] { $count } anno fa
   *[other] { $count } anni fa
}
time-in-minutes = { $count ->
    [one] tra { $count } minuto
   *[other] tra { $count } minuti
}
time-in-hours = { $count ->
    [one] tra { $count } ora
   *[other] tra { $count } ore
}
time-in-days = { $count ->
    [one] tra { $count } giorno
   *[other] tra { $count } giorni
}
time-in-weeks = { $count ->
    [one] tra { $count } settimana
   *[other] tra { $count } settimane
}
time-in-months = { $count ->
    [one] tra { $count } mese
   *[other] tra { $count } mesi
}
time-in-years = { $count ->
    [one] tra { $count } anno
   *[other] tra { $count } anni
}
