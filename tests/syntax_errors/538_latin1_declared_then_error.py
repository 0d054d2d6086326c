# -*- coding: latin-1 -*-
name = "café"
x = café 1
