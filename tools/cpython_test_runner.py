"""Runs one of CPython's test modules with unittest and records each test's outcome.

Run BY the implementation under test (Taipan, or CPython for reference counts):

    IMPL tools/cpython_test_runner.py RESULTS MODULE [IDS]

MODULE is a name from Lib/test (e.g. test_int, or the package test_json).
With IDS (a file with one test id per line) only those tests run; otherwise
the whole module runs, as `python3 -m unittest test.MODULE` would run it.

RESULTS gets one line per outcome, written and flushed as it happens, so a
module that hangs or crashes still leaves what it finished:
    PASS id | FAIL id<TAB>why | ERROR id<TAB>why | SKIP id | XFAIL id | XPASS id
    IMPORT-ERROR first line of the error      (the module cannot be loaded)
    DONE run=N                                (the run reached its end)
The file is written with os.open/os.write so that the runner depends on as
little of the implementation as possible.
"""
import os
import sys
import traceback
import unittest


class Recorder(unittest.TestResult):
    """A TestResult that appends each outcome to the results file."""

    def __init__(self, fd):
        super().__init__()
        self.fd = fd
        self.failed_ids = set()

    def record(self, kind, test_id, err=None):
        line = "%s %s" % (kind, test_id)
        if err is not None:
            line += "\t" + why(err)
        os.write(self.fd, (line + "\n").encode("utf-8", "backslashreplace"))

    def addSuccess(self, test):
        super().addSuccess(test)
        if test.id() not in self.failed_ids:
            self.record("PASS", test.id())

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.failed_ids.add(test.id())
        self.record("FAIL", test.id(), err)

    def addError(self, test, err):
        super().addError(test, err)
        self.failed_ids.add(test.id())
        self.record("ERROR", test.id(), err)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None and test.id() not in self.failed_ids:
            self.failed_ids.add(test.id())
            is_failure = issubclass(err[0], test.failureException)
            self.record("FAIL" if is_failure else "ERROR", test.id(), err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.record("SKIP", test.id())

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.record("XFAIL", test.id())

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.record("XPASS", test.id())


def why(err):
    """The exception's type and the first line of its message, for the report."""
    try:
        text = str(err[1]).strip().splitlines()
        return "%s: %s" % (err[0].__name__, text[0][:200] if text else "")
    except BaseException:
        return err[0].__name__


def flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from flatten(item)
        else:
            yield item


def read_text(path):
    fd = os.open(path, os.O_RDONLY)
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode("utf-8")


def main():
    results_path, module = sys.argv[1], sys.argv[2]
    wanted = None
    if len(sys.argv) > 3:
        wanted = {line.strip() for line in read_text(sys.argv[3]).splitlines() if line.strip()}
    fd = os.open(results_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    recorder = Recorder(fd)
    try:
        suite = unittest.defaultTestLoader.loadTestsFromName("test." + module)
    except BaseException as e:
        line = traceback.format_exception_only(type(e), e)[-1].strip()
        recorder.record("IMPORT-ERROR", line)
        return
    tests = list(flatten(suite))
    for test in tests:
        # a module that fails to import comes back as a loader's _FailedTest
        if type(test).__name__ == "_FailedTest":
            message = str(getattr(test, "_exception", "")).splitlines()
            recorder.record("IMPORT-ERROR", message[0] if message else test.id())
            return
    if wanted is not None:
        tests = [t for t in tests if t.id() in wanted]
    unittest.TestSuite(tests).run(recorder)
    recorder.record("DONE", "run=%d" % recorder.testsRun)


main()
