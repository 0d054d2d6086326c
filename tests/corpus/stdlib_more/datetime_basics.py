import datetime as dt
from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal())
print(d.replace(day=1), d.strftime("%Y/%m/%d %a %b %j %U %W"), d.ctime(), date.fromordinal(738000), date.fromisoformat("2021-12-31"))
print(date(2024, 3, 1) - d, d < date(2024, 3, 1), d == date(2024, 2, 28), hash(d) == hash(date(2024, 2, 28)))
print(date.fromisocalendar(2020, 53, 7), format(d, "%d.%m.%y"), f"{d:%A}", d.timetuple()[:7])
# (error messages of the C accelerator differ from datetime.py's; only the types are compared)
for args in ((2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 1, 0)):
    try:
        date(*args)
    except ValueError as e:
        print(type(e).__name__)
try:
    date.fromisoformat("2021-13-01")
except ValueError as e:
    print(type(e).__name__)
try:
    date(2020, 1, 1) + 1
except TypeError as e:
    print(type(e).__name__)

t = time(13, 5, 9, 123456)
print(t, repr(t), t.isoformat("milliseconds"), t.replace(hour=1), time(1, 2).isoformat(), time.fromisoformat("04:23:01.000384"))
print(t.strftime("%H:%M:%S.%f %p %I"), time() < t, time(tzinfo=timezone.utc))
try:
    time(24)
except ValueError as e:
    print(type(e).__name__)

td = timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=1500001)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(-1), timedelta(seconds=-1), repr(timedelta(0)), -td, abs(-td) == td, td // 3, td / 2, td * 1.5, td % timedelta(hours=5))
print(timedelta(weeks=2) / timedelta(days=1), divmod(timedelta(hours=50), timedelta(days=1)), timedelta(hours=1) // timedelta(minutes=7))
print(timedelta.max, timedelta.min, timedelta.resolution, str(timedelta(microseconds=1)), timedelta(1.5, 0.25))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print(type(e).__name__)
try:
    timedelta(1) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

x = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(x, repr(x), x + timedelta(microseconds=1), x.date(), x.time(), x.isoformat(sep=" ", timespec="seconds"))
print(datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.fromisoformat("2011-11-04 00:05:23.283"))
print(datetime.strptime("2023-07-04 12:30", "%Y-%m-%d %H:%M"), datetime.strptime("Mon Jan  2 03:04:05 2006", "%c"))
try:
    datetime.strptime("2023-99", "%Y-%m")
except ValueError as e:
    print(type(e).__name__, e)
try:
    datetime.strptime("2023-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
print(datetime.combine(d, t), datetime(2020, 1, 1) - datetime(2019, 1, 1), x.timetuple().tm_yday, x.replace(year=2000).weekday())
print(datetime.fromtimestamp(0, timezone.utc), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp(), datetime.utcfromtimestamp(86400 * 365))
tz = timezone(timedelta(hours=5, minutes=30), "IST")
aware = datetime(2020, 6, 1, 12, 0, tzinfo=tz)
print(aware, repr(tz), tz, aware.utcoffset(), aware.tzname(), aware.astimezone(timezone.utc), aware.dst())
print(timezone(timedelta(hours=-3)), timezone.utc, repr(timezone.utc), timezone(timedelta(0)) == timezone.utc)
print(aware == datetime(2020, 6, 1, 6, 30, tzinfo=timezone.utc), aware.strftime("%z %Z"), format(aware, "%Y %z"))
try:
    aware < datetime(2020, 1, 1)
except TypeError as e:
    print(type(e).__name__)
try:
    aware - datetime(2020, 1, 1)
except TypeError as e:
    print(type(e).__name__)
print(aware == datetime(2020, 1, 1))
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print(type(e).__name__)

class EST(dt.tzinfo):
    def utcoffset(self, d): return timedelta(hours=-5)
    def dst(self, d): return timedelta(0)
    def tzname(self, d): return "EST"
e = datetime(2021, 3, 4, 5, 6, tzinfo=EST())
print(e, e.tzname(), e.astimezone(timezone.utc), e.isoformat())
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]), max(timedelta(1), timedelta(hours=30)))
print(date.min, date.max, datetime.min, datetime.max, dt.MINYEAR, dt.MAXYEAR)
print(tuple(x.isocalendar()), date(2024, 1, 1).isocalendar().week)
