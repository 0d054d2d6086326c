y = for x in z
