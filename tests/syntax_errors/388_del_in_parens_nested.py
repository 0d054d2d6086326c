del (a, (b, g()))
