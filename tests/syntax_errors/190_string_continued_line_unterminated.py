s = 'abc\
def
