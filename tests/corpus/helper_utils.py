# Helper module with small utilities and a nested import of another helper.

import helper_shapes
from helper_shapes import Square

VERSION = (1, 2, 0)


def version_string():
    return ".".join(str(p) for p in VERSION)


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


def make_squares(*sides):
    return [Square(s) for s in sides]


def shapes_module_name():
    return helper_shapes.__name__


class Stack:
    def __init__(self):
        self._items = []

    def push(self, v):
        self._items.append(v)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)
