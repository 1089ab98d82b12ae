# Dates, heures et nombres. $year, $month (01–12) et $day (01–31) sont du texte déjà complété par des zéros.
# Pluriels : « one » couvre 0 et 1 ; « many » sert aux grands nombres ronds (1 000 000 de jours).
date = { $day }/{ $month }/{ $year }
date-time = { $date } { $time }
date-unknown = inconnue
time-just-now = à l’instant
time-yesterday = hier
time-tomorrow = demain
time-minutes-ago = { $count ->
    [one] il y a { $count } minute
    [many] il y a { $count } de minutes
   *[other] il y a { $count } minutes
}
time-hours-ago = { $count ->
    [one] il y a { $count } heure
    [many] il y a { $count } d’heures
   *[other] il y a { $count } heures
}
time-days-ago = { $count ->
    [one] il y a { $count } jour
    [many] il y a { $count } de jours
   *[other] il y a { $count } jours
}
time-weeks-ago = { $count ->
    [one] il y a { $count } semaine
    [many] il y a { $count } de semaines
   *[other] il y a { $count } semaines
}
time-months-ago = { $count ->
    [one] il y a { $count } mois
    [many] il y a { $count } de mois
   *[other] il y a { $count } mois
}
time-years-ago = { $count ->
    [one] il y a { $count } an
    [many] il y a { $count } d’ans
   *[other] il y a { $count } ans
}
time-in-minutes = { $count ->
    [one] dans { $count } minute
    [many] dans { $count } de minutes
   *[other] dans { $count } minutes
}
time-in-hours = { $count ->
    [one] dans { $count } heure
    [many] dans { $count } d’heures
   *[other] dans { $count } heures
}
time-in-days = { $count ->
    [one] dans { $count } jour
    [many] dans { $count } de jours
   *[other] dans { $count } jours
}
time-in-weeks = { $count ->
    [one] dans { $count } semaine
    [many] dans { $count } de semaines
   *[other] dans { $count } semaines
}
time-in-months = { $count ->
    [one] dans { $count } mois
    [many] dans { $count } de mois
   *[other] dans { $count } mois
}
time-in-years = { $count ->
    [one] dans { $count } an
    [many] dans { $count } d’ans
   *[other] dans { $count } ans
}
