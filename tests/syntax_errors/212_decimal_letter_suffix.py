n = 123abc
