# __name__ is "__main__" for the program and the module name for imports.
import sys
import _runnable

print("program __name__:", __name__)
print("helper role:", _runnable.role)
print(_runnable.main())

def main():
    print("the program's own main() ran")
    return 0

if __name__ == "__main__":
    status = main()
    print("status", status)

main_module = sys.modules["__main__"]
print(main_module.__name__, hasattr(main_module, "_runnable"), main_module.main_module is main_module)
print(sys.modules["_runnable"].__doc__)
print(main_module.main is main, _runnable.__name__ in sys.modules)
print(type(sys.modules["__main__"]).__name__)
