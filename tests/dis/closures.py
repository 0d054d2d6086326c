def counter(start):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

def uses_arg_cell(a, b):
    def inner():
        return a + b
    return inner

def class_in_function():
    value = 1
    class Inner:
        value = value
        other = value
        def get(self):
            return value
    return Inner
