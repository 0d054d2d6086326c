# -*- coding: latin-1 -*-
def f():
    s = "éé"; global s
