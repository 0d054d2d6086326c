day = 09
