if x:;
    pass
