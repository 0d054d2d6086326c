import logging, io, sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.WARNING)
log = logging.getLogger("app")
log.debug("hidden debug")
log.info("hidden info")
log.warning("warn %s %d", "x", 3)
log.error("error %(k)s", {"k": "mapping"})
log.critical("crit")
log.setLevel(logging.DEBUG)
log.debug("now visible")
child = logging.getLogger("app.db")
print(child.parent is log, child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()), child.name)
child.info("from child")
child.propagate = False
child.info("not propagated")
child.propagate = True
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
tb_lines = stream.getvalue().replace(__file__, "FILE").splitlines()
print(tb_lines[:8])
print(tb_lines[8], tb_lines[-1])

s2 = io.StringIO()
h2 = logging.StreamHandler(s2)
h2.setFormatter(logging.Formatter("[{levelname:<8}] {name} {message} ({funcName}:{lineno})", style="{"))
l2 = logging.getLogger("braces")
l2.propagate = False
l2.addHandler(h2)
l2.setLevel(logging.INFO)
def f():
    l2.info("inside f")
f()
h2.setFormatter(logging.Formatter("$levelname $message", style="$"))
l2.warning("dollar")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
l2.addFilter(OnlyOdd())
for i in range(4):
    l2.info("n=%d", i)
l2.filters.clear()
h2.setFormatter(logging.Formatter("%(message)s|%(custom)s"))
l2.info("extra", extra={"custom": "C"})
adapter = logging.LoggerAdapter(l2, {"custom": "A"})
adapter.info("adapted")
print(s2.getvalue(), end="")
try:
    l2.info("bad", extra={"message": "clash"})
except KeyError as e:
    print(type(e).__name__, e)

print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(5), logging.DEBUG, logging.CRITICAL, logging.FATAL)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(repr(log), repr(root), repr(handler).startswith("<StreamHandler"), logging.getLogger("app") is log)
print(log.isEnabledFor(logging.DEBUG), child.isEnabledFor(5), root.hasHandlers(), logging.getLogger().level)
rec = logging.LogRecord("rec", logging.INFO, "/path/file.py", 42, "msg %s", ("arg",), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.filename, rec.module, rec.args)
fmt = logging.Formatter("%(name)s %(levelno)d %(pathname)s")
print(fmt.format(rec))
try:
    logging.Formatter("%(x", style="%").format(rec)
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("{x", style="{")
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.Formatter("x", style="?")
except ValueError as e:
    print(type(e).__name__, e)

# errors during formatting are reported to stderr by handleError; silence with raiseExceptions=False
logging.raiseExceptions = False
log.info("too few %s %s", "args")
logging.raiseExceptions = True

mem = []
class ListHandler(logging.Handler):
    def emit(self, record):
        mem.append(self.format(record))
lh = ListHandler(level=logging.ERROR)
lh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(lh)
log.warning("no")
log.error("yes")
log.log(logging.CRITICAL, "via log()")
print(mem)
log.removeHandler(lh)

from logging import handlers
buf = handlers.BufferingHandler(2)
print(buf.shouldFlush(logging.makeLogRecord({"msg": "a"})), buf.capacity)
mh_target = ListHandler()
mh = handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=mh_target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.addHandler(mh)
ml.warning("w1")
print(mem[-1])
ml.error("e1")
print(mem[-2:])
qlog = []
import queue
qh = handlers.QueueHandler(queue.SimpleQueue())
print(type(qh).__name__)

logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
print(stream.getvalue().count("disabled"))
s3 = io.StringIO()
logging.basicConfig(stream=s3, level=logging.INFO, format="%(levelname)s %(message)s", force=True)
logging.info("basic config")
logging.warning("root %d", 1)
print(s3.getvalue(), end="")
logging.shutdown()
