# %-formatting flags, width and precision
for fmt in ["%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+5d|", "% 05d", "%5.3d", "%-05d|"]:
    print(repr(fmt), repr(fmt % 42), repr(fmt % -42))
for fmt in ["%10.3f", "%-10.3f|", "%010.3f", "%+.2f", "% .2f", "%#.0f", "%.0f", "%10.2e", "%-12.4g|"]:
    print(repr(fmt), repr(fmt % 3.14159), repr(fmt % -2.5))
for fmt in ["%#x", "%#X", "%#o", "%#8x", "%-#8x|", "%#08x", "%08X", "%+#x"]:
    print(repr(fmt), repr(fmt % 255), repr(fmt % -255))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%*s|" % (-6, "ab"), "%*.*f" % (10, 3, 2.71828))
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print("%5c|%-5c|" % ("x", "y"))
print("%(a)05d %(b)-6s| %(a)+.1f" % {"a": 42, "b": "hi"})
print("%3s|%3s" % ("toolong", ""), "%-3r|" % "a")
print("%s and %s" % ("x", "y"), "%-*s|" % (4, "ab"))
print("%0*d" % (8, -123), "%.*s" % (3, "abcdef"))
print("%#5o|%#-5o|%#5X|" % (8, 8, 3054))
print("%+s %+r" % ("s", "r"), "%-s %-5s|" % ("a", "b"))
print("%3d|%-3d|%03d" % (12345, 12345, 12345))
print("%.3d %.5x %#.5x" % (7, 255, 255))
print("%5.1s|%-5.1s|" % ("abc", "xyz"))
