# Classes used to model things with formatted output (realistic mix of features).

class Employee:
    raise_pct = 5

    def __init__(self, name, salary, dept):
        self.name = name
        self.salary = salary
        self.dept = dept

    def give_raise(self):
        self.salary = self.salary * (100 + self.raise_pct) // 100

    def __repr__(self):
        return "Employee(%r, %d, %r)" % (self.name, self.salary, self.dept)

    def __str__(self):
        return "%-8s %-6s %7d" % (self.name, self.dept, self.salary)

class Manager(Employee):
    raise_pct = 10

    def __init__(self, name, salary, dept, reports=None):
        super().__init__(name, salary, dept)
        self.reports = reports or []

    def __str__(self):
        return super().__str__() + "  (%d reports)" % len(self.reports)

staff = [
    Employee("ann", 50000, "eng"),
    Employee("bob", 42000, "ops"),
    Employee("cyd", 61000, "eng"),
]
boss = Manager("dora", 90000, "eng", staff[::2])
everyone = staff + [boss]

for e in everyone:
    print(e)
for e in everyone:
    e.give_raise()
print("-- after raises --")
for e in sorted(everyone, key=lambda e: -e.salary):
    print(e)

by_dept = {}
for e in everyone:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(repr(boss))
print([r.name for r in boss.reports])
print(sum(e.salary for e in everyone))
