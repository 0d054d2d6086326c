class A:
    f(self):
        pass
