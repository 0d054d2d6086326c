# _testcapi's calling-convention helpers: what each convention receives, its argument errors,
# the pyobject_*/pyvectorcall_call call helpers, the PEP 590 descriptor types and type flags.
import _testcapi


def named(r):
    if r is _testcapi:
        return "<module>"
    if type(r).__name__ == "MethInstance":
        return "<instance>"
    return r


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs) if kwargs else f(*args)
    except Exception as e:
        print(" ", type(e).__name__, e)
        return
    if isinstance(r, tuple) and r:
        r = (named(r[0]),) + r[1:]
    print(" ", repr(named(r)))


inst = _testcapi.MethInstance()
for label, obj in [("module", _testcapi), ("instance", inst), ("class", _testcapi.MethClass),
                   ("class via instance", _testcapi.MethClass()), ("static", _testcapi.MethStatic())]:
    print(label)
    for name in ["meth_varargs", "meth_varargs_keywords", "meth_o", "meth_noargs",
                 "meth_fastcall", "meth_fastcall_keywords"]:
        f = getattr(obj, name)
        r = f(1) if name == "meth_o" else f() if name == "meth_noargs" else f(1, 2)
        show(lambda: r)
        show(f, k=1)
        show(f, 1, 2, 3)
    show(obj.meth_varargs_keywords, 1, a=2)
    show(obj.meth_fastcall_keywords, *[1], **{"b": 3})

print("unbound")
show(_testcapi.MethInstance.meth_o)
show(_testcapi.MethInstance.meth_o, 5, 6)
show(lambda: _testcapi.MethInstance.meth_o(inst, 7)[1])
print(_testcapi.MethInstance.__doc__)
show(type, "X", (_testcapi.MethInstance,), {})

print("call helpers")
show(_testcapi.pyobject_fastcall, divmod, (7, 2))
show(_testcapi.pyobject_fastcall, divmod, [7, 2])
show(_testcapi.pyobject_fastcall, dict, None)
show(_testcapi.pyobject_fastcall, divmod)
show(_testcapi.pyobject_fastcalldict, dict, (), {"a": 1})
show(_testcapi.pyobject_fastcalldict, dict, None, None)
show(_testcapi.pyobject_fastcalldict, dict, (), [1])
show(_testcapi.pyobject_fastcalldict, dict, (), {1: 2})
show(_testcapi.pyobject_vectorcall, dict, (1, 2), ("a", "b"))
show(_testcapi.pyobject_vectorcall, dict, (1,), ("a", "b"))
show(_testcapi.pyobject_vectorcall, dict, (1,), [])
show(_testcapi.pyobject_vectorcall, dict, [], None)
show(_testcapi.pyobject_vectorcall, 5, (), None)
show(_testcapi.pyvectorcall_call, sorted, ([3, 1, 2],), {"reverse": True})
show(_testcapi.pyvectorcall_call, sorted, [3, 1, 2])
show(_testcapi.pyvectorcall_call, sorted, ([3, 1, 2],), ())
show(_testcapi.pyvectorcall_call, list.append, ([], 1))
show(_testcapi.pyvectorcall_call, 5, ())


class Callable:
    def __call__(self, *args):
        return args


show(_testcapi.pyvectorcall_call, Callable(), (1,))
show(_testcapi.pyvectorcall_call, print)

print("PEP 590 descriptors")
METHOD_DESCRIPTOR, VECTORCALL = 1 << 17, 1 << 11
for t in [_testcapi.MethodDescriptorBase, _testcapi.MethodDescriptorDerived,
          _testcapi.MethodDescriptorNopGet, _testcapi.MethodDescriptor2,
          type(len), type(list.append), type(lambda: 0), type]:
    print(" ", t.__name__, bool(t.__flags__ & METHOD_DESCRIPTOR), bool(t.__flags__ & VECTORCALL))


class Heap(_testcapi.MethodDescriptorBase):
    pass


class Overridden(_testcapi.MethodDescriptorBase):
    def __call__(self, n):
        return "new"


print(" ", bool(Heap.__flags__ & METHOD_DESCRIPTOR), bool(Heap.__flags__ & VECTORCALL))
for d in [_testcapi.MethodDescriptorBase(), _testcapi.MethodDescriptor2(), _testcapi.MethodDescriptorNopGet(),
          Heap(), Overridden()]:
    class Holder:
        m = d
    bound = Holder().m
    print(" ", type(d).__name__, d(0), bound is d, bound(), Holder.m is d,
          _testcapi.pyvectorcall_call(d, (0,)), _testcapi.pyobject_vectorcall(d, (0,), None))

print("limits and float packing")
print(_testcapi.INT_MAX, _testcapi.INT_MIN, _testcapi.UINT_MAX, _testcapi.ULONG_MAX, _testcapi.PY_SSIZE_T_MIN,
      _testcapi.SHRT_MIN, _testcapi.USHRT_MAX, _testcapi.FLT_MAX, _testcapi.DBL_MIN)
for size in (2, 4, 8):
    for le in (0, 1):
        data = _testcapi.float_pack(size, 1.5, le)
        print(" ", size, le, data, _testcapi.float_unpack(data, le))
show(_testcapi.float_pack, 3, 1.0, 0)
show(_testcapi.float_pack, 2, 1e6, 0)
show(_testcapi.float_pack, 4, 1e300, 1)
show(_testcapi.float_pack, 4, "x", 1)
show(_testcapi.float_pack, 4.0, 1, 1)
show(_testcapi.float_unpack, b"abc", 1)
show(_testcapi.float_unpack, "ab", 1)
show(_testcapi.float_unpack, bytearray(b"ab"), 1)
show(_testcapi.float_unpack, memoryview(b"ab"), 0)
show(_testcapi.float_unpack, b"\x00\x00\xc0\x7f", 1)
