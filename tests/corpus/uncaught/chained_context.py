# An exception raised while handling another (implicit chaining), uncaught.

class Resource:
    def __init__(self, name, handle):
        self.name = name
        self.handle = handle

class Handle:
    def close(self):
        return "closed"

def cleanup(resource):
    print("cleaning up", resource.name)
    return resource.handle.close()

def work(resource, fail):
    try:
        if fail:
            raise TimeoutError("operation timed out")
        print(resource.name, "worked")
    except TimeoutError:
        cleanup(resource)

work(Resource("file", Handle()), fail=False)
work(Resource("pipe", Handle()), fail=True)
work(Resource("socket", None), fail=True)
