# doctest: docstring examples that pass, fail and raise, option flags, the
# runner's report and summary, DocTestParser, run_docstring_examples (file
# names given explicitly so that no absolute path is printed).
import doctest


def add(a, b):
    """
    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> [i for i in range(3)]
    [0, 1, 2]
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE
    a b
    """
    return a + b


def clean():
    """
    >>> clean()
    'ok'
    """
    return 'ok'


parser = doctest.DocTestParser()
runner = doctest.DocTestRunner(verbose=False)
for f in (add, clean):
    print(runner.run(parser.get_doctest(f.__doc__, {"add": add, "clean": clean}, f.__name__, "example.py", 10)))
runner.summarize(verbose=False)
test = parser.get_doctest(">>> x = 2\n>>> x * 3\n6\n", {}, "t", "t.py", 0)
print([ex.source for ex in test.examples], [ex.want for ex in test.examples])
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test))
doctest.run_docstring_examples(clean, {"clean": clean}, name="clean")
