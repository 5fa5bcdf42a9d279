# Benchmark: classes, method calls, attribute access, properties, formatting.
N = 20000


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    count = 0

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        Particle.count += 1

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.norm1 > 100:
            self.vel = self.vel.scale(-1)

    def describe(self):
        return "P(%d,%d)" % (self.pos.x, self.pos.y)


def run(n):
    particles = [Particle(Vector(i, -i), Vector(i % 5 - 2, 3 - i % 7)) for i in range(20)]
    total = 0
    for t in range(n // 20):
        for p in particles:
            p.step(1)
            total += p.pos.dot(p.vel) % 11
    labels = ",".join(p.describe() for p in particles[:4])
    return total, labels, Particle.count


total, labels, created = run(N)
print("objects_methods", N, total, labels, created)
