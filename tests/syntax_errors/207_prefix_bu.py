s = bu'abc'
