# Importing a sibling helper module and using its attributes.

import helper_shapes

print(helper_shapes.__name__)
print(helper_shapes.PI_APPROX, helper_shapes.UNIT)
c = helper_shapes.Circle(2)
s = helper_shapes.Square(3)
print(c.describe())
print(s.describe())
print(round(helper_shapes.total_area([c, s]), 4))
print(helper_shapes.created)
print(isinstance(c, helper_shapes.Shape), issubclass(helper_shapes.Square, helper_shapes.Shape))
print(helper_shapes._private_helper())

# module attributes can be modified from outside
helper_shapes.UNIT = "m"
print(s.describe())

import helper_shapes as hs
print(hs is helper_shapes, hs.UNIT)
print(type(helper_shapes).__name__)
print([hasattr(helper_shapes, n) for n in ("Circle", "total_area", "math", "missing")])
