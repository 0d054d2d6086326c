# Raising a class with no arguments: the last line is just the class name.

class Shutdown(Exception):
    pass

class Worker:
    def __init__(self, jobs):
        self.jobs = jobs
        self.done = []

    def run(self):
        for job in self.jobs:
            if job == "stop":
                raise Shutdown
            self.done.append(job.upper())
            print("job", job)

w = Worker(["a", "b", "stop", "c"])
try:
    Worker(["stop"]).run()
except Shutdown as e:
    print("caught Shutdown, args:", e.args, "str:", repr(str(e)))
w.run()
