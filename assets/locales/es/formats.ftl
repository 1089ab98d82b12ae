# Fechas, horas y cantidades. $year, $month (01–12) y $day (01–31) son texto ya completado con ceros.
date = { $day }/{ $month }/{ $year }
date-time = { $date } { $time }
date-unknown = desconocida
time-just-now = ahora mismo
time-yesterday = ayer
time-tomorrow = mañana
time-minutes-ago = { $count ->
    [one] hace { $count } minuto
   *[other] hace { $count } minutos
}
time-hours-ago = { $count ->
    [one] hace { $count } hora
   *[other] hace { $count } horas
}
time-days-ago = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
time-weeks-ago = { $count ->
    [one] hace { $count } semana
   *[other] hace { $count } semanas
}
time-months-ago = { $count ->
    [one] hace { $count } mes
   *[other] hace { $count } meses
}
time-years-ago = { $count ->
    [one] hace { $count } año
   *[other] hace { $count } años
}
time-in-minutes = { $count ->
    [one] dentro de { $count } minuto
   *[other] dentro de { $count } minutos
}
time-in-hours = { $count ->
    [one] dentro de { $count } hora
   *[other] dentro de { $count } horas
}
time-in-days = { $count ->
    [one] dentro de { $count } día
   *[other] dentro de { $count } días
}
time-in-weeks = { $count ->
    [one] dentro de { $count } semana
   *[other] dentro de { $count } semanas
}
time-in-months = { $count ->
    [one] dentro de { $count } mes
   *[other] dentro de { $count } meses
}
time-in-years = { $count ->
    [one] dentro de { $count } año
   *[other] dentro de { $count } años
}
