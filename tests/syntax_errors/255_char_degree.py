temp = 20°
