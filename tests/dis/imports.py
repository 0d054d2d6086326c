import a
import a.b.c
import a.b.c as d
from x import y, z as w
from .. import q
from .m import *
