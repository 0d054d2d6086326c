# Exiting from deep inside nested calls unwinds every finally block
import sys
log = []

def level3(n):
    try:
        log.append("enter 3")
        if n == 0:
            print("level3 exiting, log =", log)
            sys.exit(5)
        return n
    finally:
        print("finally level3")

def level2(n):
    try:
        log.append("enter 2")
        return level3(n)
    except Exception as e:
        print("level2 should not catch", type(e).__name__)
    finally:
        print("finally level2")

def level1(n):
    for i in range(n, -1, -1):
        try:
            print("level1 got", level2(i))
        finally:
            print("finally level1 iteration", i)

level1(1)
print("unreachable")
