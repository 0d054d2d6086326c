# Raising a class with no arguments: the last line is just the class name.

class Shutdown(Exception):
    pass

class Worker:
    def __init__(self):
        self.jobs = ["a", "b", "stop", "c"]

    def run(self):
        for job in self.jobs:
            if job == "stop":
                raise Shutdown
            print("job", job)

Worker().run()
