package taipan.runtime;

/**
 * The methods of {@code complex}: construction from numbers, strings and
 * {@code __complex__}, CPython's repr, arithmetic with complex, float and int
 * operands (Smith's division, integer powers by repeated squaring up to 100,
 * polar form otherwise), equality with ints and floats (no ordering),
 * {@code abs}, hashing, formatting and the attributes.
 */
public final class ComplexMethods {
    private ComplexMethods() {}

    @FunctionalInterface
    private interface ComplexOp {
        Object apply(double ar, double ai, double br, double bi);
    }

    /** The (real, imag) of a complex, float or int operand, or null for other types. */
    static double[] operand(Object o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        Double d = FloatMethods.operand(o);
        return d == null ? null : new double[] {d, 0.0};
    }

    static void install() {
        PyType t = BuiltinTypes.COMPLEX;
        Signature complexArgs = Signature.parse("complex", "real=?, imag=?");
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("builtins", "complex", "cls, *args, **kwargs", (s, a) -> {
                PyType cls = IntMethods.checkNewClass(a[0], BuiltinTypes.COMPLEX);
                Object[] b = IntMethods.constructorArgs(complexArgs, a);
                return complexNew(cls, b[0], b[1]);
            })));
        binary(t, "add", (ar, ai, br, bi) -> new PyComplex(ar + br, ai + bi));
        binary(t, "sub", (ar, ai, br, bi) -> new PyComplex(ar - br, ai - bi));
        binary(t, "mul", (ar, ai, br, bi) -> new PyComplex(ar * br - ai * bi, ar * bi + ai * br));
        binary(t, "truediv", (ar, ai, br, bi) -> {
            double[] q = quotient(ar, ai, br, bi);
            if (q == null) {
                throw Exceptions.zeroDivisionError("complex division by zero");
            }
            return new PyComplex(q[0], q[1]);
        });
        MethodDescriptor.define(t, "__pow__", "value, mod=None, /", (self, a) -> {
            double[] y = operand(a[0]);
            if (y == null) {
                return Py.NotImplemented;
            }
            checkNoModulus(a[1]);
            PyComplex c = (PyComplex) self;
            return pow(c.real, c.imag, y[0], y[1]);
        });
        MethodDescriptor.define(t, "__rpow__", "value, mod=None, /", (self, a) -> {
            double[] x = operand(a[0]);
            if (x == null) {
                return Py.NotImplemented;
            }
            checkNoModulus(a[1]);
            PyComplex c = (PyComplex) self;
            return pow(x[0], x[1], c.real, c.imag);
        });
        MethodDescriptor.define(t, "__eq__", "value, /", (self, a) -> equals((PyComplex) self, a[0], false));
        MethodDescriptor.define(t, "__ne__", "value, /", (self, a) -> equals((PyComplex) self, a[0], true));
        for (CompareOp op : new CompareOp[] {CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            MethodDescriptor.define(t, op.method, "value, /", (self, a) -> Py.NotImplemented);
        }
        MethodDescriptor.define(t, "__neg__", "", (self, a) -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag));
        MethodDescriptor.define(t, "__pos__", "", (self, a) -> plain((PyComplex) self));
        MethodDescriptor.define(t, "__complex__", "", (self, a) -> plain((PyComplex) self));
        MethodDescriptor.define(t, "conjugate", "", (self, a) -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        MethodDescriptor.define(t, "__abs__", "", (self, a) -> {
            PyComplex c = (PyComplex) self;
            double r = Math.hypot(c.real, c.imag);
            if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
                throw Exceptions.overflowError("absolute value too large");
            }
            return r;
        });
        MethodDescriptor.define(t, "__bool__", "", (self, a) -> Py.bool(((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0));
        MethodDescriptor.define(t, "__hash__", "", (self, a) -> {
            PyComplex c = (PyComplex) self;
            long h = Hashing.hashDouble(c, c.real) + 1000003L * Hashing.hashDouble(c, c.imag);
            return h == -1 ? -2L : h;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> PyStr.of(repr(((PyComplex) self).real, ((PyComplex) self).imag)));
        MethodDescriptor.define(t, "__getnewargs__", "", (self, a) -> PyTuple.of(((PyComplex) self).real, ((PyComplex) self).imag));
        MethodDescriptor.define(t, "__format__", "format_spec, /", (self, a) -> {
            String spec = Formatting.specArgument(a[0]);
            if (spec.isEmpty()) {
                return Ops.str(self);
            }
            PyComplex c = (PyComplex) self;
            return PyStr.of(FormatSpec.formatComplex(c.real, c.imag, FormatSpec.parse(spec, Py.typeOf(self).name(), (char) 0),
                Py.typeOf(self).name()));
        });
        SlotDescriptor.defineReadonly(t, "real", self -> ((PyComplex) self).real);
        SlotDescriptor.defineReadonly(t, "imag", self -> ((PyComplex) self).imag);
    }

    private static PyComplex plain(PyComplex c) {
        return c.type == BuiltinTypes.COMPLEX ? c : new PyComplex(c.real, c.imag);
    }

    private static void binary(PyType t, String stem, ComplexOp op) {
        MethodDescriptor.define(t, "__" + stem + "__", "value, /", (self, a) -> {
            double[] y = operand(a[0]);
            PyComplex c = (PyComplex) self;
            return y == null ? Py.NotImplemented : op.apply(c.real, c.imag, y[0], y[1]);
        });
        MethodDescriptor.define(t, "__r" + stem + "__", "value, /", (self, a) -> {
            double[] x = operand(a[0]);
            PyComplex c = (PyComplex) self;
            return x == null ? Py.NotImplemented : op.apply(x[0], x[1], c.real, c.imag);
        });
    }

    /** {@code repr(complex)}: "2j" with a +0.0 real part, "(re±imj)" otherwise. */
    public static String repr(double re, double im) {
        String imText = FloatFormat.shortest(im, false);
        if (re == 0 && 1 / re > 0) {
            return imText + "j";
        }
        String sign = imText.startsWith("-") ? "" : "+";
        return "(" + FloatFormat.shortest(re, false) + sign + imText + "j)";
    }

    private static Object equals(PyComplex c, Object other, boolean negate) {
        boolean eq;
        if (other instanceof PyComplex o) {
            eq = c.real == o.real && c.imag == o.imag;
        } else if (FloatMethods.value(other) != null) {
            eq = c.imag == 0 && c.real == FloatMethods.value(other);
        } else if (IntArith.value(other) != null) {
            eq = c.imag == 0 && !Double.isNaN(c.real) && IntArith.compareWithDouble(IntArith.value(other), c.real) == 0;
        } else {
            return Py.NotImplemented;
        }
        return Py.bool(eq != negate);
    }

    /** Smith's complex division; null when the divisor is zero. */
    static double[] quotient(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static void checkNoModulus(Object mod) {
        if (mod != Py.None) {
            throw Exceptions.valueError("complex modulo");
        }
    }

    /** {@code a ** b} for complex numbers. */
    public static PyComplex pow(double ar, double ai, double br, double bi) {
        double[] r;
        if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= 100) {
            int n = (int) br;
            r = n >= 0 ? powu(ar, ai, n) : inverse(powu(ar, ai, -n));
        } else if (br == 0 && bi == 0) {
            r = new double[] {1, 0};
        } else if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                throw zeroPower();
            }
            r = new double[] {0, 0};
        } else {
            double vabs = Math.hypot(ar, ai);
            double len = Math.pow(vabs, br);
            double at = Math.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0) {
                len /= Math.exp(at * bi);
                phase += bi * Math.log(vabs);
            }
            if (Double.isInfinite(phase)) {
                throw zeroPower();
            }
            r = new double[] {len * Math.cos(phase), len * Math.sin(phase)};
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            throw Exceptions.overflowError("complex exponentiation");
        }
        return new PyComplex(r[0], r[1]);
    }

    private static PyException zeroPower() {
        return Exceptions.zeroDivisionError("0.0 to a negative or complex power");
    }

    private static double[] inverse(double[] x) {
        double[] q = quotient(1, 0, x[0], x[1]);
        if (q == null) {
            throw zeroPower();
        }
        return q;
    }

    private static double[] powu(double xr, double xi, int n) {
        double rr = 1;
        double ri = 0;
        double pr = xr;
        double pi = xi;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = 2 * pr * pi;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    private static Object complexNew(PyType cls, Object real, Object imag) {
        if (real instanceof PyStr s) {
            if (imag != null) {
                throw Exceptions.typeError("complex() can't take second arg if first is a string");
            }
            double[] v = NumberParser.parseComplex(s.value());
            return make(cls, v[0], v[1]);
        }
        if (imag instanceof PyStr) {
            throw Exceptions.typeError("complex() second arg can't be a string");
        }
        if (real instanceof PyComplex c && c.type == BuiltinTypes.COMPLEX && imag == null && cls == BuiltinTypes.COMPLEX) {
            return c;
        }
        double rr = 0;
        double ri = 0;
        boolean realIsComplex = false;
        if (real != null) {
            double[] r = complexValue(real, true, "complex() first argument must be a string or a number, not '");
            rr = r[0];
            ri = r[1];
            realIsComplex = r.length == 3;
        }
        if (imag == null) {
            return make(cls, rr, ri);
        }
        double[] i = complexValue(imag, false, "complex() second argument must be a number, not '");
        double re = i.length == 3 ? rr - i[1] : rr;
        double im = realIsComplex ? ri + i[0] : i[0];
        return make(cls, re, im);
    }

    /**
     * (real, imag) of a constructor argument; a third element marks a true complex.
     * Only the first argument's {@code __complex__} is used, as in CPython.
     */
    private static double[] complexValue(Object x, boolean first, String error) {
        Object m = first ? Py.typeOf(x).lookup("__complex__") : null;
        if (m != null) {
            Object r = Ops.invoke(m, x);
            if (!(r instanceof PyComplex c)) {
                throw Exceptions.typeError("__complex__ returned non-complex (type " + Py.typeOf(r).name() + ")");
            }
            if (c.type != BuiltinTypes.COMPLEX) {
                Warnings.deprecation("__complex__ returned non-complex (type " + c.type.name() + ").  The ability to "
                    + "return an instance of a strict subclass of complex is deprecated, and may be removed in a future "
                    + "version of Python.");
            }
            return new double[] {c.real, c.imag, 1};
        }
        if (x instanceof PyComplex c) {
            return new double[] {c.real, c.imag, 1};
        }
        PyType t = Py.typeOf(x);
        if (FloatMethods.value(x) == null && IntArith.value(x) == null && t.lookup("__float__") == null
            && t.lookup("__index__") == null) {
            throw Exceptions.typeError(error + t.name() + "'");
        }
        return new double[] {FloatMethods.floatValueOf(x), 0};
    }

    private static PyComplex make(PyType cls, double re, double im) {
        return cls == BuiltinTypes.COMPLEX ? new PyComplex(re, im) : new PyComplex(cls, re, im);
    }
}
