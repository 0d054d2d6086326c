import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO == 2, sorted([N.TWO, N.ONE]), int(N.TWO))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, [p.value for p in Perm])
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
print(Shape.SQUARE.value, Shape.CIRCLE.value)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
print(Color.__members__.keys())
