# Objects containing other objects; delegation.

class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False
    def start(self):
        self.running = True
        return "engine %dhp started" % self.hp
    def stop(self):
        self.running = False
        return "engine stopped"

class Wheel:
    def __init__(self, pos):
        self.pos = pos
        self.pressure = 32
    def __repr__(self):
        return "%s:%d" % (self.pos, self.pressure)

class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)
        self.wheels = [Wheel(p) for p in ("FL", "FR", "RL", "RR")]
    def start(self):
        return self.name + ": " + self.engine.start()
    def inflate(self, amount):
        for w in self.wheels:
            w.pressure += amount
    def status(self):
        return "%s running=%s wheels=%r" % (self.name, self.engine.running, self.wheels)

car = Car("Mini", 90)
print(car.status())
print(car.start())
car.inflate(3)
car.wheels[2].pressure -= 10
print(car.status())
print(car.engine.stop())
print(car.status())

class Library:
    def __init__(self):
        self.books = {}
        self.loans = {}
    def add(self, title, copies=1):
        self.books[title] = self.books.get(title, 0) + copies
    def lend(self, title, who):
        if self.books.get(title, 0) == 0:
            return "%s: %r unavailable" % (who, title)
        self.books[title] -= 1
        self.loans.setdefault(who, []).append(title)
        return "%s borrowed %r" % (who, title)
    def give_back(self, who):
        titles = self.loans.pop(who, [])
        for t in titles:
            self.books[t] += 1
        return "%s returned %d" % (who, len(titles))

lib = Library()
lib.add("Dune", 2)
lib.add("Emma")
print(lib.lend("Dune", "ann"))
print(lib.lend("Dune", "bob"))
print(lib.lend("Dune", "cy"))
print(lib.lend("Emma", "ann"))
print(lib.books, lib.loans)
print(lib.give_back("ann"))
print(lib.give_back("zed"))
print(lib.books, lib.loans)
