# Names that are no file names (empty parts, "/") are not found, and breakpoint() warns
# when $PYTHONBREAKPOINT names nothing importable.
import os, warnings
for n in ('.', '.foo', 'a..b', 'foo.', '/', '..foo.bar', ''):
    try:
        __import__(n)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'name', None))
for envar in ('.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar', '..foo.bar', '/./', 'nosuchbuiltin', 'nosuchmodule.nosuchcallable'):
    os.environ['PYTHONBREAKPOINT'] = envar
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        breakpoint()
        print(w[0].category.__name__, w[0].message)
