f("""abc
