# Uncaught TypeError raised explicitly from __init__.

class Temperature:
    def __init__(self, degrees):
        if not isinstance(degrees, (int, float)):
            raise TypeError("degrees must be a number, not %s" % type(degrees).__name__)
        self.degrees = degrees

    def __repr__(self):
        return "Temperature(%r)" % self.degrees

readings = [Temperature(21.5), Temperature(-3)]
print(readings)
readings.append(Temperature("hot"))
print("not reached")
