# Class vs instance attributes, __dict__, dynamic creation/deletion and monkeypatching.

class Robot:
    count = 0
    tags = []
    def __init__(self, name):
        self.name = name
        Robot.count += 1
    def greet(self):
        return f"I am {self.name}"

r1, r2 = Robot("r1"), Robot("r2")
print(Robot.count, r1.count, sorted(r1.__dict__), sorted(k for k in Robot.__dict__ if not k.startswith("__")))

r1.count = 100
print(r1.count, r2.count, Robot.count)
del r1.count
print(r1.count)

r1.tags.append("shared!")
print(r2.tags, Robot.tags)
r2.tags = ["own"]
print(r1.tags, r2.tags)

setattr(r1, "battery", 87)
print(getattr(r1, "battery"), getattr(r2, "battery", "no battery"), hasattr(r2, "battery"))
delattr(r1, "battery")
print(hasattr(r1, "battery"))
try:
    delattr(r1, "battery")
except AttributeError as e:
    print("AttributeError:", e)

r1.__dict__["secret"] = "via __dict__"
print(r1.secret, vars(r1) is r1.__dict__)

def dance(self, style="robot"):
    return f"{self.name} dances the {style}"
Robot.dance = dance
print(r1.dance(), r2.dance("waltz"))

original_greet = Robot.greet
Robot.greet = lambda self: "patched: " + original_greet(self)
print(r1.greet(), r2.greet())

r2.greet = lambda: "instance-level function, no self"
print(r2.greet(), r1.greet())
del r2.greet
print(r2.greet())

del Robot.dance
try:
    r1.dance()
except AttributeError as e:
    print("AttributeError:", e)

class Config:
    pass
cfg = Config()
for key, value in [("debug", True), ("level", 3), ("name", "app")]:
    setattr(cfg, key, value)
print(sorted(vars(cfg).items()))
Config.debug = "class default"
del cfg.debug
print(cfg.debug)
try:
    Robot.__dict__["count"] = 5
except TypeError as e:
    print("TypeError:", e)
print(type(Robot.__dict__).__name__, r1.__class__.__name__)
r1.__class__ = Config
print(type(r1).__name__, r1.name, r1.level if hasattr(r1, "level") else "no level")
