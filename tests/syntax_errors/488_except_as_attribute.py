try:
    pass
except E as self.e:
    pass
