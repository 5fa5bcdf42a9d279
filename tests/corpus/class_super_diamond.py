# Cooperative super() calls in a diamond hierarchy.

trace = []

class Root:
    def __init__(self):
        trace.append("Root")
    def process(self, data):
        data.append("Root")
        return data

class Left(Root):
    def __init__(self):
        trace.append("Left>")
        super().__init__()
        trace.append("<Left")
    def process(self, data):
        data.append("Left")
        return super().process(data)

class Right(Root):
    def __init__(self):
        trace.append("Right>")
        super().__init__()
        trace.append("<Right")
    def process(self, data):
        data.append("Right")
        return super().process(data)

class Bottom(Left, Right):
    def __init__(self):
        trace.append("Bottom>")
        super().__init__()
        trace.append("<Bottom")
    def process(self, data):
        data.append("Bottom")
        return super().process(data)

b = Bottom()
print(trace)
print(b.process([]))

trace.clear()
r = Right()
print(trace)
print(r.process([]))

class X:
    def name(self):
        return ["X"]
class Y(X):
    def name(self):
        return ["Y"] + super().name()
class Z(X):
    def name(self):
        return ["Z"] + super().name()
class W(Y, Z):
    def name(self):
        return ["W"] + super().name()

print(W().name())
print(Y().name())
