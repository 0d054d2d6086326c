import os.path
import a.b.c as d
from . import e
from ..f import g as h, i
from os import *
def func():
    import json
    from sys import path as p
