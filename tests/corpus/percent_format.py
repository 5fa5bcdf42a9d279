# printf-style % formatting.

print("%s is %d years" % ("Bob", 42))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.3f|%8.2f|%-8.2f|%08.2f|%+.1f" % (3.14159, 3.14159, 3.14159, -3.14159, 2.0))
print("%x|%X|%o|%#x|%#o|%#X" % (255, 255, 8, 255, 8, 255))
print("%e|%.2e|%E" % (12345.678, 0.000123, 1e10))
print("%g|%g|%g|%g" % (0.0001, 1e-5, 123456, 1234567))
print("%s|%r" % ("str", "str"))
print("%c%c%c" % (72, 105, 33))
print("%c" % "z")
print("100%% sure, %d%%" % 50)
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%d %i" % (3.99, -3.99))
print("%s %s" % (None, True))
print("%5.1f%%" % 99.44)
print("%r" % "it's")
print("%r" % 'say "hi"')
print("%03d:%02d" % (7, 5))

try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(missing)s" % {"k": 1})
except KeyError as e:
    print("KeyError:", e)

table = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for row in table:
    print("%-8s %4d %8.3f" % row)
