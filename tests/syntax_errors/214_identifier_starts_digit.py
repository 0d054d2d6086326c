2nd_value = 3
