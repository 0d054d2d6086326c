# Circular imports see partially initialised modules.
import sys

print("importing _circ_a (which imports _circ_b, which imports _circ_a)")
import _circ_a
import _circ_b

print(_circ_a.from_a())
print(_circ_a.A_LATE, _circ_b.B_VALUE, _circ_b._circ_a is _circ_a)
print(sorted(m for m in sys.modules if m.startswith("_circ")))

# Importing again runs nothing: both modules are cached
import _circ_a, _circ_b
print("second import printed nothing")

# Names bound by 'from' inside a function at call time see the finished module
def late():
    from _circ_a import A_LATE
    return A_LATE
print(late())
print(_circ_b.__name__, _circ_a.__name__, _circ_a.__doc__)
