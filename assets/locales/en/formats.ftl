# Dates, times and counts. $year, $month (01–12) and $day (01–31) are text, already padded.
date = { $year }-{ $month }-{ $day }
date-time = { $date } { $time }
date-unknown = unknown
time-just-now = just now
time-yesterday = yesterday
time-tomorrow = tomorrow
time-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
time-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
time-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
time-weeks-ago = { $count ->
    [one] { $count } week ago
   *[other] { $count } weeks ago
}
time-months-ago = { $count ->
    [one] { $count } month ago
   *[other] { $count } months ago
}
time-years-ago = { $count ->
    [one] { $count } year ago
   *[other] { $count } years ago
}
time-in-minutes = { $count ->
    [one] in { $count } minute
   *[other] in { $count } minutes
}
time-in-hours = { $count ->
    [one] in { $count } hour
   *[other] in { $count } hours
}
time-in-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
time-in-weeks = { $count ->
    [one] in { $count } week
   *[other] in { $count } weeks
}
time-in-months = { $count ->
    [one] in { $count } month
   *[other] in { $count } months
}
time-in-years = { $count ->
    [one] in { $count } year
   *[other] in { $count } years
}
