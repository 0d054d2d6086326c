def outer():
    def inner():
        return )
