class C:
    def m(self):
        nonlocal undefined_name
