"""A helper that behaves differently when run directly."""


def main():
    return "main ran"


role = "imported as " + __name__

if __name__ == "__main__":
    print("this only prints when _runnable.py is the main program")
