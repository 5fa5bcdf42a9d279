# from helper_shapes import ... and nested imports through helper_utils.

from helper_shapes import Circle, Square as Sq, total_area
from helper_utils import version_string, clamp, make_squares, Stack
import helper_utils

c = Circle(1)
squares = make_squares(1, 2, 3)
print(type(c).__name__, [type(s).__name__ for s in squares])
print(round(total_area([c] + squares), 3))
print(isinstance(squares[0], Sq))
print(version_string(), helper_utils.VERSION)
print([clamp(v, 0, 10) for v in (-5, 5, 50)])
print(helper_utils.shapes_module_name())

st = Stack()
for i in range(3):
    st.push(i)
print(len(st), st.pop(), st.pop(), len(st))
st.pop()
try:
    st.pop()
except IndexError as e:
    print("IndexError:", e)

# the helper_shapes imported by helper_utils is the same module object
import helper_shapes
print(helper_utils.helper_shapes is helper_shapes)
print(helper_shapes.created)
