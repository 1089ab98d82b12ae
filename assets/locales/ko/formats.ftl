# 날짜, 시간, 개수. $year, $month(01–12), $day(01–31)는 이미 0으로 채워진 텍스트입니다.
# 한국어는 복수형 구분이 없으므로 select를 쓰지 않습니다.
date = { $year }. { $month }. { $day }.
date-time = { $date } { $time }
date-unknown = 알 수 없음
time-just-now = 방금
time-yesterday = 어제
time-tomorrow = 내일
time-minutes-ago = { $count }분 전
time-hours-ago = { $count }시간 전
time-days-ago = { $count }일 전
time-weeks-ago = { $count }주 전
time-months-ago = { $count }개월 전
time-years-ago = { $count }년 전
time-in-minutes = { $count }분 후
time-in-hours = { $count }시간 후
time-in-days = { $count }일 후
time-in-weeks = { $count }주 후
time-in-months = { $count }개월 후
time-in-years = { $count }년 후
