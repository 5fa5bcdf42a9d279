# Rich comparisons: __lt__, __le__, __gt__, __ge__ and sorting.

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __repr__(self):
        return "V" + self.text
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts

v1 = Version("1.2.0")
v2 = Version("1.10")
v3 = Version("1.2")
print(v1 < v2, v2 < v1, v1 <= v1, v3 < v1)
# __gt__ not defined: Python uses the reflected __lt__
print(v2 > v1, v1 > v2)
print(v2 >= v1)

versions = [Version(t) for t in ["2.0", "1.0.1", "1.10", "1.2", "0.9.9"]]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(min(versions), max(versions))

class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, label):
        self.rank = Card.RANKS.index(label[0])
        self.label = label
    def __lt__(self, other):
        return self.rank < other.rank
    def __gt__(self, other):
        return self.rank > other.rank
    def __repr__(self):
        return self.label

hand = [Card(x) for x in ["Ks", "2h", "Ad", "Tc", "5s"]]
hand.sort()
print(hand)
print(max(hand), min(hand))
print(Card("Qh") > Card("Js"), Card("3h") < Card("2s"))

class NoOrder:
    pass

try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError:", e)

try:
    sorted([3, "a"])
except TypeError as e:
    print("TypeError:", e)

try:
    [1] < "x"
except TypeError as e:
    print("TypeError:", e)
