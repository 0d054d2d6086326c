# An exception raised while handling another (implicit chaining), uncaught.

def cleanup(resource):
    print("cleaning up", resource["name"])
    return resource["handle"].close()

def work(resource):
    try:
        raise TimeoutError("operation timed out")
    except TimeoutError:
        cleanup(resource)

work({"name": "socket", "handle": None})
