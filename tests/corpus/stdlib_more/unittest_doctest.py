import unittest, doctest, io, re, sys

class Arith(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.log = ["setUpClass"]
    def setUp(self):
        self.x = 2
    def tearDown(self):
        self.log.append("tearDown " + self._testMethodName)
    def test_add(self):
        self.assertEqual(self.x + 2, 4)
    def test_fail_equal(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_dict(self):
        self.assertDictEqual({"a": 1}, {"a": 2})
    def test_error(self):
        raise KeyError("oops")
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass
    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        self.assertIn("invalid literal", str(cm.exception))
        self.assertRaisesRegex(ZeroDivisionError, "division", lambda: 1 / 0)
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_misc_asserts(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello", r"h.l+o")
        self.assertGreaterEqual(3, 3)
        self.assertNotIn(5, [1])
        with self.assertWarns(UserWarning):
            import warnings
            warnings.warn("w", UserWarning)
    def test_fail_msg(self):
        self.assertTrue(0, msg="custom message")
    def test_multiline(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")

def clean(text):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", text)
    text = text.replace(__file__, "FILE")
    return re.sub(r'File "FILE", line \d+', 'File "FILE", line N', text)

stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arith)
print(suite.countTestCases(), sorted(t._testMethodName for t in suite))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
out = clean(stream.getvalue())
print(out)
print(Arith.log)
print(sorted(t.id().split(".")[-1] for t, _ in result.failures))

class Fixture(unittest.TestCase):
    def test_cleanup(self):
        self.addCleanup(print, "cleanup ran")
        self.assertEqual(1, 1)
    def test_long_diff(self):
        self.maxDiff = None
        self.assertListEqual(list(range(5)), list(range(1, 6)))
s2 = io.StringIO()
r2 = unittest.TextTestRunner(stream=s2, verbosity=0).run(unittest.TestSuite([Fixture("test_cleanup"), Fixture("test_long_diff")]))
print(clean(s2.getvalue()))
r3 = unittest.TestResult()
unittest.FunctionTestCase(lambda: None, description="fn test").run(r3)
print(r3.testsRun, r3.wasSuccessful(), str(unittest.FunctionTestCase(lambda: None, description="fn test")))
m = unittest.mock.Mock() if hasattr(unittest, "mock") else None
from unittest import mock
mk = mock.Mock(return_value=3)
print(mk(1, k=2), mk.call_args, mk.call_count, mk.method.return_value is mk.method.return_value)
mk.assert_called_once_with(1, k=2)
with mock.patch("os.getcwd", return_value="/patched"):
    import os
    print(os.getcwd())
try:
    mk.assert_called_with(2)
except AssertionError as e:
    print(type(e).__name__, str(e).splitlines()[0])
mm = mock.MagicMock()
mm.__len__.return_value = 7
print(len(mm), mm[3] is mm[4], isinstance(mm.anything, mock.MagicMock))
sm = mock.Mock(side_effect=[1, ValueError("side")])
print(sm())
try:
    sm()
except ValueError as e:
    print(type(e).__name__, e)

def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square('a')
    Traceback (most recent call last):
        ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> square(2)
    5
    >>> print("a\\nb")
    a
    b
    """
    return x * x

def ellipsis():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> 1 + 1  # doctest: +SKIP
    3
    """

finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
dout = io.StringIO()
for test in finder.find(square, "square") + finder.find(ellipsis, "ellipsis"):
    runner.run(test, out=dout.write)
print(clean(dout.getvalue()))
print(runner.summarize(verbose=False))
t = doctest.DocTestParser().get_doctest(">>> x = 5\n>>> x * 2\n10\n", {}, "inline", "inline.txt", 0)
print(t.name, len(t.examples), t.examples[1].source, repr(t.examples[1].want))
r = doctest.DocTestRunner(verbose=False)
print(r.run(t), r.failures, r.tries)
print(doctest.OutputChecker().check_output("1\n", "1\n", 0), doctest.ELLIPSIS, sorted(doctest.OPTIONFLAGS_BY_NAME)[:3])
