# import, import-as, from-import and module attributes of a helper module.
import _geometry
import _geometry as geo
from _geometry import circle_area, Rectangle as Rect, PI

print(_geometry is geo, type(_geometry).__name__)
print(_geometry.__name__, _geometry.__doc__)
print(round(circle_area(2), 3), round(geo.circle_area(1), 3), geo.calls())
print(Rect(3, 4).area(), Rect.__module__, Rect.__qualname__)
print(PI, geo.PI)

geo.PI = 3
print("module attribute rebound:", _geometry.PI, "but from-imported name kept:", PI)
print(round(circle_area(1), 3), "uses the module's current PI")

print(sorted(n for n in dir(_geometry) if not n.startswith("__")))
print(hasattr(_geometry, "missing"), getattr(_geometry, "missing", "default"))
try:
    _geometry.missing
except AttributeError as e:
    print("AttributeError:", e)

_geometry.added_later = "new attribute"
from _geometry import added_later
print(added_later)
print(circle_area.__module__, circle_area.__globals__ is vars(_geometry))
print(__name__)
