# 日期、时间和数量。$year、$month（01–12）和 $day（01–31）是已补零的文本。
# 中文没有复数变化，因此不使用 select。
date = { $year }/{ $month }/{ $day }
date-time = { $date } { $time }
date-unknown = 未知
time-just-now = 刚刚
time-yesterday = 昨天
time-tomorrow = 明天
time-minutes-ago = { $count }分钟前
time-hours-ago = { $count }小时前
time-days-ago = { $count }天前
time-weeks-ago = { $count }周前
time-months-ago = { $count }个月前
time-years-ago = { $count }年前
time-in-minutes = { $count }分钟后
time-in-hours = { $count }小时后
time-in-days = { $count }天后
time-in-weeks = { $count }周后
time-in-months = { $count }个月后
time-in-years = { $count }年后
