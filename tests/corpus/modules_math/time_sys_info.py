# time.struct_time/gmtime/strftime on fixed timestamps, and sys's numeric facts.
import sys
import time

t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t[1], t[-1], len(t), t[:3], tuple(t) == t, isinstance(t, tuple), t.tm_zone, t.tm_gmtoff)
print(type(t).__name__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.gmtime(0), time.gmtime(-1.5).tm_sec, time.gmtime(86399.9).tm_hour)
print(time.asctime(t), time.asctime((2024, 2, 29, 9, 5, 3, 3, 60, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S|%a %A %b %B|%j %U %W %w %u|%y %C %e %I %p|%D %F %T %R|%G %V %g|%%|%c|%x %X", t))
for ts in [0, 951782400, 1104537600, 1230768000, 1609459200, 1735689599]:
    g = time.gmtime(ts)
    print(time.strftime("%a %d %b %Y %j %U %W %V %G", g), tuple(g))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff)
for bad in [(1, 2), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
try:
    time.get_clock_info("sundial")
except ValueError as e:
    print("ValueError", e)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__)

print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[8], len(sys.float_info))
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(sys.flags.optimize, sys.flags.debug, sys.flags.int_max_str_digits, sys.flags.dev_mode)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(700)
try:
    int("9" * 701)
except ValueError as e:
    print("ValueError", e)
try:
    str(10 ** 700)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 699)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), len(str(int("7" * 5000))))
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
