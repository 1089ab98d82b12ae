# Daty, godziny i liczby. $year, $month (01–12) i $day (01–31) to gotowy tekst z zerami wiodącymi.
# Liczba mnoga: one = 1; few = 2–4, 22–24…; many = 0, 5–21, 25–31…; other = ułamki (1,5 dnia).
date = { $day }.{ $month }.{ $year }
date-time = { $date } { $time }
date-unknown = nieznana
time-just-now = przed chwilą
time-yesterday = wczoraj
time-tomorrow = jutro
time-minutes-ago = { $count ->
    [one] { $count } minutę temu
    [few] { $count } minuty temu
    [many] { $count } minut temu
   *[other] { $count } minuty temu
}
time-hours-ago = { $count ->
    [one] { $count } godzinę temu
    [few] { $count } godziny temu
    [many] { $count } godzin temu
   *[other] { $count } godziny temu
}
time-days-ago = { $count ->
    [one] { $count } dzień temu
    [few] { $count } dni temu
    [many] { $count } dni temu
   *[other] { $count } dnia temu
}
time-weeks-ago = { $count ->
    [one] { $count } tydzień temu
    [few] { $count } tygodnie temu
    [many] { $count } tygodni temu
   *[other] { $count } tygodnia temu
}
time-months-ago = { $count ->
    [one] { $count } miesiąc temu
    [few] { $count } miesiące temu
    [many] { $count } miesięcy temu
   *[other] { $count } miesiąca temu
}
time-years-ago = { $count ->
    [one] { $count } rok temu
    [few] { $count } lata temu
    [many] { $count } lat temu
   *[other] { $count } roku temu
}
time-in-minutes = { $count ->
    [one] za { $count } minutę
    [few] za { $count } minuty
    [many] za { $count } minut
   *[other] za { $count } minuty
}
time-in-hours = { $count ->
    [one] za { $count } godzinę
    [few] za { $count } godziny
    [many] za { $count } godzin
   *[other] za { $count } godziny
}
time-in-days = { $count ->
    [one] za { $count } dzień
    [few] za { $count } dni
    [many] za { $count } dni
   *[other] za { $count } dnia
}
time-in-weeks = { $count ->
    [one] za { $count } tydzień
    [few] za { $count } tygodnie
    [many] za { $count } tygodni
   *[other] za { $count } tygodnia
}
time-in-months = { $count ->
    [one] za { $count } miesiąc
    [few] za { $count } miesiące
    [many] za { $count } miesięcy
   *[other] za { $count } miesiąca
}
time-in-years = { $count ->
    [one] za { $count } rok
    [few] za { $count } lata
    [many] za { $count } lat
   *[other] za { $count } roku
}
