obj.method() = 3
