# hasattr/getattr/setattr/delattr with defaults and errors
class Config:
    mode = "fast"

    def __init__(self):
        self.level = 3

    @property
    def doubled(self):
        return self.level * 2

    @property
    def broken(self):
        raise ValueError("property failed")

cfg = Config()
print(hasattr(cfg, "level"), hasattr(cfg, "mode"), hasattr(cfg, "missing"), hasattr(cfg, "doubled"))
print(getattr(cfg, "level"), getattr(cfg, "missing", "default"), getattr(cfg, "mode"), getattr(Config, "mode"))
setattr(cfg, "level", 10)
setattr(cfg, "new_attr", [1])
print(cfg.level, cfg.new_attr, cfg.doubled)
delattr(cfg, "new_attr")
print(hasattr(cfg, "new_attr"))
try:
    getattr(cfg, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(cfg, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hasattr(cfg, "broken")
except ValueError as e:
    print(type(e).__name__, e)
try:
    getattr(cfg, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(cfg, "doubled", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(cfg, "broken", "fallback") if False else "skip", getattr([], "append").__name__)
print(getattr("abc", "upper")(), getattr(5, "real"), getattr(None, "x", "none-default"))
for name in ["mode", "level", "__class__"]:
    print(name, getattr(cfg, name) if name != "__class__" else getattr(cfg, name).__name__)
delattr(Config, "mode")
print(hasattr(cfg, "mode"), hasattr(Config, "doubled"))
setattr(Config, "mode", "slow")
print(cfg.mode)
try:
    getattr(cfg, "broken", "no default for other errors")
except ValueError as e:
    print(type(e).__name__, e)
