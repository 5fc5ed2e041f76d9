# datetime: timedelta arithmetic/normalisation/str, date/datetime/time reprs, strftime, isoformat, timezones, errors
import datetime as dt
from datetime import datetime, timedelta, date, timezone
td = dt.timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(repr(td), td, -td, repr(-td), dt.timedelta(0), repr(dt.timedelta(0)), repr(dt.timedelta(seconds=-1)), dt.timedelta(days=2), dt.timedelta(milliseconds=1.5), repr(dt.timedelta(microseconds=0.5)), dt.timedelta(microseconds=1.5), dt.timedelta(hours=1.7))
print(td.total_seconds(), td * 2, td / 2, td // 3, td / dt.timedelta(hours=1), td // dt.timedelta(hours=1), td % dt.timedelta(hours=1), abs(-td), td * 0.1, dt.timedelta(weeks=1) > td)
d = dt.datetime(2024, 1, 5, 10, 30)
print(repr(d), d, d.isoformat(), d + td, repr(d - dt.datetime(2023, 12, 25)), d.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %% %c | %x | %X | %U %W %w %Z %z'), d.weekday(), d.isoweekday(), d.date(), repr(d.date()), d.time(), repr(d.time()))
print(repr(dt.datetime(2024, 1, 5, 10, 30, 15, 123)), dt.datetime(2024, 1, 5, 10, 30, 15, 123), dt.datetime(2024,2,29) + dt.timedelta(days=365), dt.date(2024, 3, 1) - dt.date(2024, 2, 1), dt.date(2024,1,1).toordinal(), dt.date.fromordinal(738000), dt.datetime.fromisoformat('2024-01-05T10:30:00'), dt.date.fromisoformat('2024-02-03'))
print(dt.datetime(2024,1,5).replace(day=9), dt.datetime(2024,1,5, tzinfo=dt.timezone.utc), repr(dt.datetime(2024,1,5, tzinfo=dt.timezone.utc)), dt.datetime(2024,1,5,tzinfo=dt.timezone.utc).timestamp(), dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.timezone.utc, repr(dt.timezone.utc))
try: dt.date(2023, 2, 29)
except ValueError as e: print(e)
try: dt.datetime(2023, 13, 1)
except ValueError as e: print(e)
print(f'{d:%H:%M}', format(d, ''), d.isoformat(sep=' ', timespec='minutes'), dt.time(9, 5).isoformat(), str(dt.time(9,5,3,40)), dt.datetime.min, dt.datetime.max, dt.timedelta.max, dt.date(2024,1,5) < dt.date(2024,1,6), d == dt.datetime(2024,1,5,10,30), dt.MINYEAR, dt.MAXYEAR)
tz2 = timezone(timedelta(hours=2))
a = datetime(2024, 3, 10, 12, 0, tzinfo=tz2)
print(a, repr(tz2), tz2, a.astimezone(timezone.utc), a - datetime(2024, 3, 10, 9, 0, tzinfo=timezone.utc), a.utcoffset(), date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar())
start = datetime(2024, 1, 1, 9, 0)
for epoch in range(3):
    t = start + timedelta(minutes=7.5 * epoch)
    print(f"[{t:%Y-%m-%d %H:%M:%S}] epoch {epoch} elapsed={t - start}")
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]), {date(2024, 1, 1): 1}[date(2024, 1, 1)], timedelta(hours=36).days, timedelta(hours=36).seconds)
try: datetime(2024, 1, 1) - a
except TypeError as e: print(e)
try: date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as e: print(e)
print(type(datetime.now()).__name__, isinstance(datetime.now(), date), datetime.now() > datetime(2020, 1, 1))
