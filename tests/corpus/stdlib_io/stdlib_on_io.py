# Standard-library modules built on io: tempfile, logging to a file, unittest's runner, tokenize.open, shutil.
import io
import logging
import os
import shutil
import tempfile
import tokenize
import unittest

with tempfile.TemporaryDirectory() as d:
    with tempfile.NamedTemporaryFile("w+", dir=d, delete=False, suffix=".txt") as f:
        print(f.write("temp data\n"), type(f.file).__name__)
        f.seek(0)
        print(repr(f.read()))
    print(os.listdir(d) == [os.path.basename(f.name)])
    shutil.copy(f.name, os.path.join(d, "copy.txt"))
    with open(os.path.join(d, "copy.txt")) as c:
        print(repr(c.read()))
    log = os.path.join(d, "app.log")
    handler = logging.FileHandler(log, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("demo")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.debug("debug %s", "é")
    logger.error("boom")
    handler.close()
    with open(log, encoding="utf-8") as lf:
        print(lf.read(), end="")
    src = os.path.join(d, "mod.py")
    with open(src, "wb") as m:
        m.write(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n")
    with tokenize.open(src) as t:
        print(t.encoding, repr(t.read()))
print(os.path.exists(d))
with tempfile.TemporaryFile() as tf:
    tf.write(b"binary temp")
    tf.seek(0)
    print(tf.read(), tf.mode)
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sf:
    sf.write("spooled")
    sf.seek(0)
    print(sf.read())


class Demo(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_fails(self):
        self.assertEqual("a", "b")


out = io.StringIO()
result = unittest.TextTestRunner(stream=out, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(Demo))
print(result.testsRun, len(result.failures), result.wasSuccessful())
text = out.getvalue()
print("test_fails" in text, "AssertionError: 'a' != 'b'" in text, text.count("ok"))
