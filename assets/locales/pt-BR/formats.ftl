# Datas, horas e contagens. $year, $month (01–12) e $day (01–31) são texto, já com zeros à esquerda.
# Plurais pt-BR: "one" = 0 e 1; "many" só para números compactos (1 mi) — mesmo texto de "other".
date = { $day }/{ $month }/{ $year }
date-time = { $date } { $time }
date-unknown = desconhecida
time-just-now = agora mesmo
time-yesterday = ontem
time-tomorrow = amanhã
time-minutes-ago = { $count ->
    [one] há { $count } minuto
    [many] há { $count } minutos
   *[other] há { $count } minutos
}
time-hours-ago = { $count ->
    [one] há { $count } hora
    [many] há { $count } horas
   *[other] há { $count } horas
}
time-days-ago = { $count ->
    [one] há { $count } dia
    [many] há { $count } dias
   *[other] há { $count } dias
}
time-weeks-ago = { $count ->
    [one] há { $count } semana
    [many] há { $count } semanas
   *[other] há { $count } semanas
}
time-months-ago = { $count ->
    [one] há { $count } mês
    [many] há { $count } meses
   *[other] há { $count } meses
}
time-years-ago = { $count ->
    [one] há { $count } ano
    [many] há { $count } anos
   *[other] há { $count } anos
}
time-in-minutes = { $count ->
    [one] em { $count } minuto
    [many] em { $count } minutos
   *[other] em { $count } minutos
}
time-in-hours = { $count ->
    [one] em { $count } hora
    [many] em { $count } horas
   *[other] em { $count } horas
}
time-in-days = { $count ->
    [one] em { $count } dia
    [many] em { $count } dias
   *[other] em { $count } dias
}
time-in-weeks = { $count ->
    [one] em { $count } semana
    [many] em { $count } semanas
   *[other] em { $count } semanas
}
time-in-months = { $count ->
    [one] em { $count } mês
    [many] em { $count } meses
   *[other] em { $count } meses
}
time-in-years = { $count ->
    [one] em { $count } ano
    [many] em { $count } anos
   *[other] em { $count } anos
}
