x, y, z = "a", 3.14159, [1]
print("%s and %r" % (x, y))
print("%-5s|%5s|%.2s|%10.3r|%%|%a" % (x, x, "abcdef", y, z))
print("%d" % (3,), "%s" % (x,), "%s" % (x, y) if False else "")
print("100%% %s" % (x,))
print("%05s|%+s|% s|%#s" % (x, x, x, x))
print("%123s|" % (x,))
print("%s" % ((1, 2),))
