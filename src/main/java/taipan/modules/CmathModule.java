package taipan.modules;

import taipan.runtime.BuiltinFunction;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyComplex;
import taipan.runtime.PyModule;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;

/**
 * The {@code cmath} module of Python 3.11: complex functions computed with
 * Kahan's branch-cut-aware formulas (the inverse functions via complex square
 * roots, the hyperbolic ones with care near overflow), the C99 Annex G special
 * values for infinite and NaN parts, ValueError "math domain error" for
 * invalid arguments and OverflowError "math range error" when a finite
 * argument gives an infinite result.
 */
public final class CmathModule {
    private CmathModule() {}

    @FunctionalInterface
    private interface C1 {
        double[] f(double x, double y);
    }

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;
    private static final double LN2 = Math.log(2.0);
    private static final double LN10 = Math.log(10.0);
    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);

    public static PyModule create() {
        PyModule m = new PyModule("cmath");
        put(m, "pi", Math.PI);
        put(m, "e", Math.E);
        put(m, "tau", 2 * Math.PI);
        put(m, "inf", INF);
        put(m, "nan", NAN);
        put(m, "infj", new PyComplex(0.0, INF));
        put(m, "nanj", new PyComplex(0.0, NAN));
        unary(m, "sqrt", CmathModule::sqrt);
        unary(m, "exp", CmathModule::exp);
        unary(m, "log10", (x, y) -> {
            double[] r = log(x, y);
            return new double[] {r[0] / LN10, r[1] / LN10};
        });
        unary(m, "acos", CmathModule::acos);
        unary(m, "asin", (x, y) -> rotateBack(asinh(-y, x)));
        unary(m, "atan", (x, y) -> rotateBack(atanh(-y, x)));
        unary(m, "acosh", CmathModule::acosh);
        unary(m, "asinh", CmathModule::asinh);
        unary(m, "atanh", CmathModule::atanh);
        unary(m, "cos", (x, y) -> cosh(-y, x));
        unary(m, "sin", (x, y) -> rotateBack(sinh(-y, x)));
        unary(m, "tan", (x, y) -> rotateBack(tanh(-y, x)));
        unary(m, "cosh", CmathModule::cosh);
        unary(m, "sinh", CmathModule::sinh);
        unary(m, "tanh", CmathModule::tanh);
        fn(m, "log", "x, base=?, /", a -> {
            double[] z = complexArg(a[0]);
            double[] r = log(z[0], z[1]);
            if (a[1] != null) {
                double[] b = complexArg(a[1]);
                r = quotient(r, log(b[0], b[1]));
            }
            return new PyComplex(r[0], r[1]);
        });
        fn(m, "phase", "z, /", a -> {
            double[] z = complexArg(a[0]);
            return phase(z[0], z[1]);
        });
        fn(m, "polar", "z, /", a -> {
            double[] z = complexArg(a[0]);
            double r = MathModule.norm(new double[] {z[0], z[1]});
            if (Double.isInfinite(r) && Double.isFinite(z[0]) && Double.isFinite(z[1])) {
                throw MathModule.range();
            }
            return PyTuple.of(r, Math.atan2(z[1], z[0]));
        });
        fn(m, "rect", "r, phi, /", a -> rect(MathModule.toDouble(a[0]), MathModule.toDouble(a[1])));
        fn(m, "isfinite", "z, /", a -> {
            double[] z = complexArg(a[0]);
            return Double.isFinite(z[0]) && Double.isFinite(z[1]);
        });
        fn(m, "isinf", "z, /", a -> {
            double[] z = complexArg(a[0]);
            return Double.isInfinite(z[0]) || Double.isInfinite(z[1]);
        });
        fn(m, "isnan", "z, /", a -> {
            double[] z = complexArg(a[0]);
            return Double.isNaN(z[0]) || Double.isNaN(z[1]);
        });
        fn(m, "isclose", "a, b, *, rel_tol=?, abs_tol=0.0", a -> {
            double[] x = complexArg(a[0]);
            double[] y = complexArg(a[1]);
            double rel = a[2] == null ? 1e-09 : MathModule.toDouble(a[2]);
            double abs = MathModule.toDouble(a[3]);
            if (rel < 0 || abs < 0) {
                throw Exceptions.valueError("tolerances must be non-negative");
            }
            if (x[0] == y[0] && x[1] == y[1]) {
                return true;
            }
            if (Double.isInfinite(x[0]) || Double.isInfinite(x[1]) || Double.isInfinite(y[0]) || Double.isInfinite(y[1])) {
                return false;
            }
            double diff = Math.hypot(x[0] - y[0], x[1] - y[1]);
            return diff <= rel * Math.hypot(y[0], y[1]) || diff <= rel * Math.hypot(x[0], x[1]) || diff <= abs;
        });
        return m;
    }

    /** The (real, imag) of a cmath argument: complex, {@code __complex__}, or anything math accepts. */
    private static double[] complexArg(Object o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        Object m = Py.typeOf(o).lookup("__complex__");
        if (m != null) {
            Object r = Ops.invoke(m, o);
            if (!(r instanceof PyComplex c)) {
                throw Exceptions.typeError("__complex__ returned non-complex (type " + Py.typeOf(r).name() + ")");
            }
            return new double[] {c.real, c.imag};
        }
        return new double[] {MathModule.toDouble(o), 0.0};
    }

    /** atan2 with the range error the C library reports when the angle underflows. */
    private static double phase(double x, double y) {
        double r = Math.atan2(y, x);
        if (Double.isFinite(x) && y != 0 && Double.isFinite(y) && Math.abs(r) < Double.MIN_NORMAL) {
            throw MathModule.range();
        }
        return r;
    }

    private static double[] rotateBack(double[] s) {
        return new double[] {s[1], -s[0]};
    }

    private static boolean finite(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    private static double[] invalid() {
        throw MathModule.domain();
    }

    // ---- square root, exponential, logarithm

    static double[] sqrt(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(y)) {
                return new double[] {INF, y};
            }
            if (x == INF) {
                return new double[] {INF, Double.isNaN(y) ? y : Math.copySign(0.0, y)};
            }
            if (x == -INF) {
                return new double[] {Double.isNaN(y) ? NAN : 0.0, Double.isNaN(y) ? INF : Math.copySign(INF, y)};
            }
            return new double[] {NAN, NAN};
        }
        if (x == 0 && y == 0) {
            return new double[] {0.0, y};
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            double sx = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(sx + Math.hypot(sx, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + Math.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return x >= 0 ? new double[] {s, Math.copySign(d, y)} : new double[] {d, Math.copySign(s, y)};
    }

    static double[] exp(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isNaN(x)) {
                return new double[] {NAN, y == 0 ? y : NAN};
            }
            if (x == INF) {
                if (y == 0) {
                    return new double[] {INF, y};
                }
                if (Double.isFinite(y)) {
                    return new double[] {Math.copySign(INF, Math.cos(y)), Math.copySign(INF, Math.sin(y))};
                }
                if (Double.isNaN(y)) {
                    return new double[] {INF, NAN};
                }
                return invalid();
            }
            if (x == -INF) {
                if (Double.isFinite(y)) {
                    return new double[] {Math.copySign(0.0, Math.cos(y)), Math.copySign(0.0, Math.sin(y))};
                }
                return new double[] {0.0, 0.0};
            }
            return Double.isNaN(y) ? new double[] {NAN, NAN} : invalid();
        }
        double rr;
        double ri;
        if (x > LOG_LARGE) {
            double l = Math.exp(x - 1.0);
            rr = l * Math.cos(y) * Math.E;
            ri = l * Math.sin(y) * Math.E;
        } else {
            double l = Math.exp(x);
            rr = l * Math.cos(y);
            ri = l * Math.sin(y);
        }
        return overflowCheck(rr, ri);
    }

    private static double[] overflowCheck(double rr, double ri) {
        if (Double.isInfinite(rr) || Double.isInfinite(ri)) {
            throw MathModule.range();
        }
        return new double[] {rr, ri};
    }

    static double[] log(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                double im = Double.isNaN(x) || Double.isNaN(y) ? NAN : Math.atan2(y, x);
                return new double[] {INF, im};
            }
            return new double[] {NAN, NAN};
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = Math.log(Math.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0 || ay > 0) {
                re = Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                return invalid();
            }
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = Math.log(h);
            }
        }
        return new double[] {re, Math.atan2(y, x)};
    }

    /** Complex division as CPython's complex type does it; a zero divisor is a domain error here. */
    private static double[] quotient(double[] a, double[] b) {
        double abr = Math.abs(b[0]);
        double abi = Math.abs(b[1]);
        if (abr >= abi) {
            if (abr == 0) {
                throw MathModule.domain();
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new double[] {(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom};
        }
        if (abi >= abr) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new double[] {(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom};
        }
        return new double[] {NAN, NAN};
    }

    // ---- inverse functions (Kahan)

    static double[] acos(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) && Double.isNaN(y)) {
                return new double[] {NAN, INF};
            }
            if (x == 0 && Double.isNaN(y)) {
                return new double[] {Math.PI / 2, NAN};
            }
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return new double[] {NAN, Double.isInfinite(y) ? -y : NAN};
            }
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double re = Math.atan2(Math.abs(y), x);
            double big = Math.log(Math.hypot(x / 2.0, y / 2.0)) + 2 * LN2;
            double im = x < 0 ? -Math.copySign(big, y) : Math.copySign(big, -y);
            return new double[] {re, im};
        }
        double[] s1 = sqrt(1.0 - x, -y);
        double[] s2 = sqrt(1.0 + x, y);
        return new double[] {2.0 * Math.atan2(s1[0], s2[0]), SpecialFunctions.asinh(s2[0] * s1[1] - s2[1] * s1[0])};
    }

    static double[] acosh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                double im = Double.isNaN(x) || Double.isNaN(y) ? NAN : Math.atan2(y, x);
                return new double[] {INF, im};
            }
            return new double[] {NAN, NAN};
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new double[] {Math.log(Math.hypot(x / 2.0, y / 2.0)) + 2 * LN2, Math.atan2(y, x)};
        }
        double[] s1 = sqrt(x - 1.0, y);
        double[] s2 = sqrt(x + 1.0, y);
        return new double[] {SpecialFunctions.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2.0 * Math.atan2(s1[1], s2[0])};
    }

    static double[] asinh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x)) {
                return new double[] {x, Double.isNaN(y) ? y : Math.copySign(Double.isInfinite(y) ? Math.PI / 4 : 0.0, y)};
            }
            if (Double.isInfinite(y)) {
                return new double[] {Double.isNaN(x) ? INF : Math.copySign(INF, x), Double.isNaN(x) ? NAN : Math.copySign(Math.PI / 2, y)};
            }
            return new double[] {NAN, y == 0 ? y : NAN};
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double big = Math.log(Math.hypot(x / 2.0, y / 2.0)) + 2 * LN2;
            double re = y >= 0 ? Math.copySign(big, x) : -Math.copySign(big, -x);
            return new double[] {re, Math.atan2(y, Math.abs(x))};
        }
        double[] s1 = sqrt(1.0 + y, -x);
        double[] s2 = sqrt(1.0 - y, x);
        return new double[] {
            SpecialFunctions.asinh(s1[0] * s2[1] - s2[0] * s1[1]),
            Math.atan2(y, s1[0] * s2[0] - s1[1] * s2[1]),
        };
    }

    static double[] atanh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                double im = Double.isNaN(y) ? NAN : Math.copySign(Math.PI / 2, y);
                if (Double.isNaN(x) || Double.isNaN(y) && Double.isInfinite(y)) {
                    return new double[] {0.0, Double.isInfinite(y) ? Math.copySign(Math.PI / 2, y) : NAN};
                }
                if (Double.isNaN(y)) {
                    return new double[] {Math.copySign(0.0, x), NAN};
                }
                return new double[] {Math.copySign(0.0, x), im};
            }
            return new double[] {x == 0 ? x : NAN, NAN};
        }
        if (x < 0) {
            double[] r = atanh(-x, -y);
            return new double[] {-r[0], -r[1]};
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Math.hypot(x / 2.0, y / 2.0);
            return new double[] {x / 4.0 / h / h, -Math.copySign(Math.PI / 2, -y)};
        }
        if (x == 1.0 && ay < SQRT_MIN) {
            if (ay == 0) {
                return invalid();
            }
            return new double[] {
                -Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2.0))),
                Math.copySign(Math.atan2(2.0, -ay) / 2, y),
            };
        }
        return new double[] {
            Math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -Math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0,
        };
    }

    // ---- hyperbolic functions

    static double[] cosh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0) {
                return new double[] {Math.copySign(INF, Math.cos(y)), Math.copySign(INF, Math.sin(y)) * Math.signum(x)};
            }
            if (Double.isInfinite(x) && y == 0) {
                return new double[] {INF, x > 0 ? y : -y};
            }
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return invalid();
            }
            if (Double.isInfinite(x) && Double.isInfinite(y)) {
                return invalid();
            }
            if (Double.isInfinite(x)) {
                return new double[] {INF, NAN};
            }
            return new double[] {NAN, x == 0 || Double.isNaN(x) && y == 0 ? 0.0 : NAN};
        }
        double rr;
        double ri;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            rr = Math.cos(y) * SpecialFunctions.cosh(xm1) * Math.E;
            ri = Math.sin(y) * Math.sinh(xm1) * Math.E;
        } else {
            rr = Math.cos(y) * SpecialFunctions.cosh(x);
            ri = Math.sin(y) * Math.sinh(x);
        }
        return overflowCheck(rr, ri);
    }

    static double[] sinh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0) {
                return new double[] {Math.copySign(INF, Math.cos(y)) * Math.signum(x), Math.copySign(INF, Math.sin(y))};
            }
            if (Double.isInfinite(x) && y == 0) {
                return new double[] {x, y};
            }
            if (Double.isInfinite(y) && Double.isFinite(x) || Double.isInfinite(x) && Double.isInfinite(y)) {
                return invalid();
            }
            if (Double.isInfinite(x)) {
                return new double[] {INF, NAN};
            }
            return new double[] {x == 0 ? 0.0 : NAN, y == 0 ? y : NAN};
        }
        double rr;
        double ri;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            rr = Math.cos(y) * Math.sinh(xm1) * Math.E;
            ri = Math.sin(y) * SpecialFunctions.cosh(xm1) * Math.E;
        } else {
            rr = Math.cos(y) * Math.sinh(x);
            ri = Math.sin(y) * SpecialFunctions.cosh(x);
        }
        return overflowCheck(rr, ri);
    }

    static double[] tanh(double x, double y) {
        if (!finite(x, y)) {
            if (Double.isInfinite(x)) {
                if (Double.isFinite(y)) {
                    return new double[] {Math.copySign(1.0, x), Math.copySign(0.0, 2.0 * Math.sin(y) * Math.cos(y))};
                }
                return new double[] {Math.copySign(1.0, x), 0.0};
            }
            if (Double.isInfinite(y)) {
                return Double.isNaN(x) ? new double[] {NAN, NAN} : invalid();
            }
            return new double[] {NAN, y == 0 ? y : NAN};
        }
        if (Math.abs(x) > LOG_LARGE) {
            return new double[] {Math.copySign(1.0, x), 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2.0 * Math.abs(x))};
        }
        double tx = Math.tanh(x);
        double ty = Math.tan(y);
        double cx = 1.0 / SpecialFunctions.cosh(x);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new double[] {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
    }

    private static PyComplex rect(double r, double phi) {
        if (Double.isFinite(r) && Double.isFinite(phi)) {
            return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
        }
        if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0) {
            return new PyComplex(Math.copySign(INF, Math.cos(phi)) * Math.signum(r), Math.copySign(INF, Math.sin(phi)) * Math.signum(r));
        }
        if (Double.isInfinite(r) && phi == 0) {
            return new PyComplex(r, r > 0 ? phi : -phi);
        }
        if (Double.isInfinite(phi) && Double.isFinite(r)) {
            if (r == 0) {
                return new PyComplex(0.0, 0.0);
            }
            throw MathModule.domain();
        }
        if (Double.isNaN(phi) && r == 0) {
            return new PyComplex(0.0, 0.0);
        }
        if (Double.isInfinite(r) && Double.isInfinite(phi)) {
            throw MathModule.domain();
        }
        if (Double.isNaN(r) && phi == 0) {
            return new PyComplex(r, 0.0);
        }
        if (Double.isInfinite(r)) {
            return new PyComplex(INF, NAN);
        }
        return new PyComplex(NAN, NAN);
    }

    // ---- registration

    private static void put(PyModule m, String name, Object value) {
        m.dict.put(PyStr.of(name), value);
    }

    @FunctionalInterface
    private interface Body {
        Object call(Object[] a);
    }

    private static void fn(PyModule m, String name, String spec, Body body) {
        put(m, name, BuiltinFunction.of("cmath", name, spec, (s, a) -> body.call(a)));
    }

    private static void unary(PyModule m, String name, C1 f) {
        fn(m, name, "z, /", a -> {
            double[] z = complexArg(a[0]);
            double[] r = f.f(z[0], z[1]);
            return new PyComplex(r[0], r[1]);
        });
    }
}
