# bool is a subclass of int.

print(True + True, True * 10, False - 1, True / 2, True // 2, -True)
print(True == 1, False == 0, True is True, isinstance(True, int))
print(sum([True, False, True, True]), sum(x > 2 for x in [1, 3, 5]))
print(int(True), float(False), str(True), repr(False))
print(True & False, True | False, True ^ True, True << 3)
print(max(True, 0), min(False, -1), abs(True))
print(["zero", "one"][True], ["zero", "one"][False])
print({True: "t", 1: "one"}, {0: "z", False: "f"})
print(hash(True) == hash(1), True + 0.5)
print(bool(2), bool(-1), bool(0), bool(0.0), bool(""), bool("False"))
print(type(True + 1).__name__, type(True & True).__name__, type(True * 1.0).__name__)
print(True > False, True >= 1, False < 0.5, sorted([True, 0, False, 1, -1]))
print(f"{True:d} {False:03d} {True:>5} {True!r}")
print("%d %s" % (True, True))
count = 0
for v in [0, 1, 2, 0, 3]:
    count += v != 0
print(count)
