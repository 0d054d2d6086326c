path = 'C:\'
