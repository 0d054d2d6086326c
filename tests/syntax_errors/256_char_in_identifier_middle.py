na€me = 1
