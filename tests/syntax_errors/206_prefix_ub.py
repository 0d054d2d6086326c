s = ub'abc'
