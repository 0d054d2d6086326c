False = 0
