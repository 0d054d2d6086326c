# compile()/eval()/exec() arguments: filename as str, bytes or PathLike, mode and flag
# types, buffers as source, leading blanks (only eval strips them), null bytes.
class PurePosixPath:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
class pathlib: PurePosixPath = PurePosixPath
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: compile('1', b'bf', 'eval').co_filename)
t(lambda: compile('1', pathlib.PurePosixPath('/a/b.py'), 'eval').co_filename)
t(lambda: compile('1', 1, 'eval'))
t(lambda: compile('1', 'f', 1))
t(lambda: compile('1', 'f', 'eval', 'x'))
t(lambda: compile('1', 'f', 'eval', 1.5))
t(lambda: eval(compile(memoryview(b'1+2'), 'f', 'eval')))
t(lambda: eval(compile(bytearray(b'1+1'), 'f', 'eval')))
t(lambda: compile('1', 'f', 'eval', 0, 0, 'x'))
t(lambda: compile('1', 'f', 'eval', dont_inherit=[]))
class BadPath:
    def __fspath__(self): return 3
t(lambda: compile('1', BadPath(), 'eval'))
t(lambda: exec(memoryview(b'1')))
t(lambda: eval(b'  1'))
t(lambda: exec('  1'))
t(lambda: compile('  1', 'f', 'eval'))
t(lambda: compile(b'x\0', 'f', 'exec'))
t(lambda: compile('x\0', 'f', 'exec'))
t(lambda: eval(bytearray(b'x\0')))
t(lambda: exec(memoryview(b'y = 2')))
t(lambda: compile(memoryview(b'1'), 'f', 'exec', 1024).body[0].value.value)
