# time's calendar functions on fixed instants, sys.version_info / float_info, str.maketrans / translate
import sys, time
print(time.gmtime(0))
t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t[0:3], time.strftime("%Y-%m-%d %H:%M:%S %a %j", t))
print(time.asctime(t), time.strftime("%d/%m/%y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, type(sys.version_info.minor).__name__, sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info.mant_dig)
table = str.maketrans("abc", "xyz", "!")
print(table, "a-b-c!".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans({"a": "1", "b": None}))
print(time.time_ns() > 0, isinstance(time.localtime().tm_year, int), time.mktime(time.localtime(1700000000)) == 1700000000.0)
