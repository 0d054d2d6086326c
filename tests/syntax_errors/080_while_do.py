while True do
    pass
