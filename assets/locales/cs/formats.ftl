# Data, časy a počty. $year, $month (01–12) a $day (01–31) jsou hotový text s úvodními nulami.
# Čeština: one = 1; few = 2–4; many = desetinná čísla (před 1,5 dne); other = 0, 5 a víc.
# "před" + 7. pád (před 2 dny), "za" + 4. pád (za 5 dní).
date = { $day }.{ $month }.{ $year }
date-time = { $date } { $time }
date-unknown = neznámé
time-just-now = právě teď
time-yesterday = včera
time-tomorrow = zítra
time-minutes-ago = { $count ->
    [one] před { $count } minutou
    [few] před { $count } minutami
    [many] před { $count } minuty
   *[other] před { $count } minutami
}
time-hours-ago = { $count ->
    [one] před { $count } hodinou
    [few] před { $count } hodinami
    [many] před { $count } hodiny
   *[other] před { $count } hodinami
}
time-days-ago = { $count ->
    [one] před { $count } dnem
    [few] před { $count } dny
    [many] před { $count } dne
   *[other] před { $count } dny
}
time-weeks-ago = { $count ->
    [one] před { $count } týdnem
    [few] před { $count } týdny
    [many] před { $count } týdne
   *[other] před { $count } týdny
}
time-months-ago = { $count ->
    [one] před { $count } měsícem
    [few] před { $count } měsíci
    [many] před { $count } měsíce
   *[other] před { $count } měsíci
}
time-years-ago = { $count ->
    [one] před { $count } rokem
    [few] před { $count } lety
    [many] před { $count } roku
   *[other] před { $count } lety
}
time-in-minutes = { $count ->
    [one] za { $count } minutu
    [few] za { $count } minuty
    [many] za { $count } minuty
   *[other] za { $count } minut
}
time-in-hours = { $count ->
    [one] za { $count } hodinu
    [few] za { $count } hodiny
    [many] za { $count } hodiny
   *[other] za { $count } hodin
}
time-in-days = { $count ->
    [one] za { $count } den
    [few] za { $count } dny
    [many] za { $count } dne
   *[other] za { $count } dní
}
time-in-weeks = { $count ->
    [one] za { $count } týden
    [few] za { $count } týdny
    [many] za { $count } týdne
   *[other] za { $count } týdnů
}
time-in-months = { $count ->
    [one] za { $count } měsíc
    [few] za { $count } měsíce
    [many] za { $count } měsíce
   *[other] za { $count } měsíců
}
time-in-years = { $count ->
    [one] za { $count } rok
    [few] za { $count } roky
    [many] za { $count } roku
   *[other] za { $count } let
}
