package taipan.modules;

import java.math.BigInteger;
import java.security.SecureRandom;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyDict;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The {@code _random} module: the {@code Random} type that random.py's {@code Random} extends,
 * a Mersenne Twister (MT19937) giving CPython's exact streams: seeding an int uses the words of
 * its absolute value (least significant first) as the {@code init_by_array} key, other hashable
 * seeds their hash, None 624 words from the system's secure random source. {@code random()},
 * {@code getrandbits(k)}, {@code getstate()}/{@code setstate()} (624 words plus the position)
 * match CPython's values and errors.
 */
public final class RandomModule {
    private RandomModule() {}

    public static final PyType RANDOM = BuiltinTypes.builtin("Random", BuiltinTypes.OBJECT, Generator::new);

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    /** The system's random source, for seeding with None. */
    private static final SecureRandom SYSTEM_SOURCE = new SecureRandom();

    /** One generator: the 624-word state and the position of the next word to temper. */
    static final class Generator extends PyObject {
        final int[] mt = new int[N];
        int index;

        Generator(PyType type) {
            super(type);
        }

        /** Fills the state from one 32-bit seed (the reference {@code init_genrand}). */
        void initGenrand(int seed) {
            mt[0] = seed;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        /** Fills the state from a key of 32-bit words (the reference {@code init_by_array}). */
        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = UPPER_MASK;
        }

        private static int twist(int upper, int lower, int far) {
            int y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            return far ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }

        /** The next tempered 32-bit word (as an int holding the unsigned bits). */
        int nextWord() {
            if (index >= N) {
                for (int k = 0; k < N - 1; k++) {
                    mt[k] = twist(mt[k], mt[k + 1], mt[(k + M) % N]);
                }
                mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        /** A double in [0, 1) with 53 random bits. */
        double nextDouble() {
            long a = (nextWord() >>> 5) & 0xffffffffL;
            long b = (nextWord() >>> 6) & 0xffffffffL;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** A non-negative int of {@code k} random bits: words least significant first, the last one cut. */
        Object randomBits(int k) {
            if (k <= 32) {
                return (long) (nextWord() >>> (32 - k)) & 0xffffffffL;
            }
            int words = (k - 1) / 32 + 1;
            byte[] bigEndian = new byte[words * 4 + 1];
            for (int w = 0; w < words; w++, k -= 32) {
                int r = nextWord();
                if (k < 32) {
                    r >>>= 32 - k;
                }
                int at = bigEndian.length - 4 * (w + 1);
                bigEndian[at] = (byte) (r >>> 24);
                bigEndian[at + 1] = (byte) (r >>> 16);
                bigEndian[at + 2] = (byte) (r >>> 8);
                bigEndian[at + 3] = (byte) r;
            }
            return Py.newInt(new BigInteger(bigEndian));
        }
    }

    static {
        install();
    }

    public static PyModule create() {
        PyModule m = new PyModule("_random");
        m.dict.put(PyStr.of("Random"), RANDOM);
        return m;
    }

    private static Generator gen(Object self) {
        return (Generator) self;
    }

    /** Seeds from {@code arg}: None uses fresh system randomness, an int its magnitude, anything else its hash. */
    static void seed(Generator g, Object arg) {
        if (arg == null || arg == Py.None) {
            int[] key = new int[N];
            for (int i = 0; i < N; i++) {
                key[i] = SYSTEM_SOURCE.nextInt();
            }
            synchronized (g) {
                g.initByArray(key);
            }
            return;
        }
        BigInteger n;
        if (Ops.isInt(arg)) {
            n = Py.toBig(Ops.intValue(arg)).abs();
        } else {
            long hash = Ops.hash(arg);
            n = BigInteger.valueOf(hash);
            if (hash < 0) {
                n = n.add(BigInteger.ONE.shiftLeft(64));
            }
        }
        int bits = n.bitLength();
        int[] key = new int[bits == 0 ? 1 : (bits - 1) / 32 + 1];
        for (int i = 0; i < key.length; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        synchronized (g) {
            g.initByArray(key);
        }
    }

    /** CPython's conversion of an index to a C int. */
    private static int cInt(Object o) {
        Object v = Ops.index(o);
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw Exceptions.overflowError("Python int too large to convert to C int");
    }

    /** CPython's {@code PyLong_AsUnsignedLong} of a state word, cut to 32 bits. */
    private static int stateWord(Object o) {
        if (!Ops.isInt(o)) {
            throw Exceptions.typeError("an integer is required");
        }
        BigInteger v = Py.toBig(Ops.intValue(o));
        if (v.signum() < 0) {
            throw Exceptions.overflowError("can't convert negative value to unsigned int");
        }
        if (v.bitLength() > 64) {
            throw Exceptions.overflowError("Python int too large to convert to C unsigned long");
        }
        return v.intValue();
    }

    private static void install() {
        PyType t = RANDOM;
        t.define("__module__", PyStr.of("_random"));
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("_random", "Random.__new__", "cls, *args, **kwargs", (s, a) -> new Generator((PyType) a[0]))));
        MethodDescriptor.define(t, "__init__", "*args, **kwargs", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            boolean ownInit = gen(self).type == RANDOM || gen(self).type.lookup("__init__") == RANDOM.ownMember("__init__");
            if (ownInit && ((PyDict) a[1]).size() > 0) {
                throw Exceptions.typeError("Random() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Exceptions.typeError("Random() requires 0 or 1 argument");
            }
            seed(gen(self), args.length == 1 ? args[0] : null);
            return Py.None;
        });
        MethodDescriptor.define(t, "seed", "*args", (self, a) -> {
            Object[] args = ((PyTuple) a[0]).items;
            if (args.length > 1) {
                throw Exceptions.typeError("seed expected at most 1 argument, got " + args.length);
            }
            seed(gen(self), args.length == 1 ? args[0] : null);
            return Py.None;
        });
        MethodDescriptor.define(t, "random", "", (self, a) -> {
            Generator g = gen(self);
            synchronized (g) {
                return g.nextDouble();
            }
        });
        MethodDescriptor.define(t, "getrandbits", "k, /", (self, a) -> {
            int k = cInt(a[0]);
            if (k < 0) {
                throw Exceptions.valueError("number of bits must be non-negative");
            }
            if (k == 0) {
                return 0L;
            }
            Generator g = gen(self);
            synchronized (g) {
                return g.randomBits(k);
            }
        });
        MethodDescriptor.define(t, "getstate", "", (self, a) -> {
            Generator g = gen(self);
            Object[] items = new Object[N + 1];
            synchronized (g) {
                for (int i = 0; i < N; i++) {
                    items[i] = g.mt[i] & 0xffffffffL;
                }
                items[N] = (long) g.index;
            }
            return new PyTuple(items);
        });
        MethodDescriptor.define(t, "setstate", "state, /", (self, a) -> {
            if (!(a[0] instanceof PyTuple state)) {
                throw Exceptions.typeError("state vector must be a tuple");
            }
            if (state.items.length != N + 1) {
                throw Exceptions.valueError("state vector is the wrong size");
            }
            int[] words = new int[N];
            for (int i = 0; i < N; i++) {
                words[i] = stateWord(state.items[i]);
            }
            Object last = Ops.index(state.items[N]);
            if (!(last instanceof Long l)) {
                throw Exceptions.overflowError("Python int too large to convert to C long");
            }
            if (l < 0 || l > N) {
                throw Exceptions.valueError("invalid state");
            }
            Generator g = gen(self);
            synchronized (g) {
                System.arraycopy(words, 0, g.mt, 0, N);
                g.index = (int) (long) l;
            }
            return Py.None;
        });
    }
}
