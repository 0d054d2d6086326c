# __name__ is "__main__" for the program and the module name for imports.
import _runnable

print("program __name__:", __name__)
print("helper role:", _runnable.role)
print(_runnable.main())

if __name__ == "__main__":
    print("the program's own main guard ran")

import sys
main_module = sys.modules["__main__"]
print(main_module.__name__, hasattr(main_module, "_runnable"), main_module.main_module is main_module)
print(sys.modules["_runnable"].__doc__)
