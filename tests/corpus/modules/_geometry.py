"""Helper module: simple geometry functions and a module-level constant."""

PI = 3.14159
_private_counter = 0


def circle_area(r):
    global _private_counter
    _private_counter += 1
    return PI * r * r


def calls():
    return _private_counter


class Rectangle:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h
