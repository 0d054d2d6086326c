@staticmethod
def f():
return
