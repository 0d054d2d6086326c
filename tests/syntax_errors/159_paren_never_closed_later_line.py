result = compute(1,
                 2,
                 3

next_thing = 4
