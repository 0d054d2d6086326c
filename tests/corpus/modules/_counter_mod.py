# Helper: prints when its body runs, so the program can count executions.
print("  _counter_mod body executing")
loads = []
value = 0


def bump():
    global value
    value += 1
    return value
