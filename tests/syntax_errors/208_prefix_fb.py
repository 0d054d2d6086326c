s = fb'abc'
