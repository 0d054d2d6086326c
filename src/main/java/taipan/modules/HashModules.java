package taipan.modules;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.Exceptions;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyBytes;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.runtime.StaticMethod;

/**
 * The hash modules hashlib falls back on without OpenSSL: {@code _md5}, {@code _sha1},
 * {@code _sha256} (sha224, sha256), {@code _sha512} (sha384, sha512) and {@code _sha3}
 * (sha3_224 ... sha3_512) on the JDK's MessageDigest; {@code _sha3}'s shake_128/shake_256 on
 * {@link Keccak}; {@code _blake2} (blake2b, blake2s with key, salt, person and tree parameters)
 * on {@link Blake2}. Each hash object has update, digest, hexdigest, copy, name, digest_size
 * and block_size with CPython's argument handling and messages; the types cannot be subclassed,
 * and md5 ... sha512 are made only by their module functions, as in CPython.
 */
public final class HashModules {
    private HashModules() {}

    /** A running hash: absorbs bytes, and gives the digest of everything so far without finishing. */
    interface Hasher {
        void update(byte[] data, int off, int len);

        /** The digest ({@code length} bytes; only extendable-output hashes use it). */
        byte[] digest(int length);

        Hasher copy();
    }

    /** A JDK MessageDigest; digests are taken from clones. */
    private record JdkHasher(MessageDigest md) implements Hasher {
        static JdkHasher of(String algorithm) {
            try {
                return new JdkHasher(MessageDigest.getInstance(algorithm));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks " + algorithm, e);
            }
        }

        @Override
        public void update(byte[] data, int off, int len) {
            md.update(data, off, len);
        }

        @Override
        public byte[] digest(int length) {
            return copy().md.digest();
        }

        @Override
        public JdkHasher copy() {
            try {
                return new JdkHasher((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One algorithm: its Python type and the sizes its objects report. */
    private record Algorithm(PyType type, String name, int digestSize, int blockSize) {}

    /** A hash object of one of the types here. */
    static final class HashObject extends PyObject {
        final Hasher hasher;
        final String name;
        final int digestSize;
        final int blockSize;

        HashObject(PyType type, Hasher hasher, String name, int digestSize, int blockSize) {
            super(type);
            this.hasher = hasher;
            this.name = name;
            this.digestSize = digestSize;
            this.blockSize = blockSize;
        }

        synchronized void update(Object data) {
            if (data instanceof PyByteArray b) {
                hasher.update(b.bytes, 0, b.size);
            } else {
                byte[] bytes = dataBytes(data);
                hasher.update(bytes, 0, bytes.length);
            }
        }

        synchronized byte[] digest(int length) {
            return hasher.digest(length);
        }

        synchronized HashObject copy() {
            return new HashObject(type, hasher.copy(), name, digestSize, blockSize);
        }
    }

    /** The bytes of a buffer to hash, with CPython's errors for str and non-buffers. */
    private static byte[] dataBytes(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes, b.size);
        }
        if (taipan.runtime.BufferProtocol.isExporter(o)) {
            return taipan.runtime.BufferProtocol.simpleBytesOrNull(o);
        }
        if (o instanceof PyStr) {
            throw Exceptions.typeError("Strings must be encoded before hashing");
        }
        throw Exceptions.typeError("object supporting the buffer API required");
    }

    /** A bytes-like parameter (key, salt, person). */
    private static byte[] bytesLike(Object o) {
        if (taipan.runtime.BufferProtocol.isExporter(o)) {
            return dataBytes(o);
        }
        throw Exceptions.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
    }

    private static String hex(byte[] digest) {
        return java.util.HexFormat.of().formatHex(digest);
    }

    private static PyType hashType(String module, String name) {
        PyType t = BuiltinTypes.builtin(name, BuiltinTypes.OBJECT, null);
        t.define("__module__", PyStr.of(module));
        t.acceptsSubclasses = false;
        MethodDescriptor.define(t, "update", "data, /", (self, a) -> {
            ((HashObject) self).update(a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "copy", "", (self, a) -> ((HashObject) self).copy());
        GetSetDescriptor.define(t, "name", self -> PyStr.of(((HashObject) self).name));
        GetSetDescriptor.define(t, "digest_size", self -> (long) ((HashObject) self).digestSize);
        GetSetDescriptor.define(t, "block_size", self -> (long) ((HashObject) self).blockSize);
        return t;
    }

    private static void defineFixedDigest(PyType t) {
        MethodDescriptor.define(t, "digest", "", (self, a) -> {
            HashObject h = (HashObject) self;
            return new PyBytes(h.digest(h.digestSize));
        });
        MethodDescriptor.define(t, "hexdigest", "", (self, a) -> {
            HashObject h = (HashObject) self;
            return PyStr.of(hex(h.digest(h.digestSize)));
        });
    }

    // ---- md5, sha1, sha2: module functions over JDK digests ----------------------------------

    private static final Algorithm MD5 = jdkAlgorithm("_md5", "md5", 16, 64);
    private static final Algorithm SHA1 = jdkAlgorithm("_sha1", "sha1", 20, 64);
    private static final Algorithm SHA224 = jdkAlgorithm("_sha256", "sha224", 28, 64);
    private static final Algorithm SHA256 = jdkAlgorithm("_sha256", "sha256", 32, 64);
    private static final Algorithm SHA384 = jdkAlgorithm("_sha512", "sha384", 48, 128);
    private static final Algorithm SHA512 = jdkAlgorithm("_sha512", "sha512", 64, 128);

    private static Algorithm jdkAlgorithm(String module, String name, int digestSize, int blockSize) {
        PyType t = hashType(module, name);
        defineFixedDigest(t);
        return new Algorithm(t, name, digestSize, blockSize);
    }

    private static String jdkName(String name) {
        return switch (name) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha3_224", "sha3_256", "sha3_384", "sha3_512" -> "SHA3-" + name.substring(5);
            default -> "SHA-" + name.substring(3);
        };
    }

    /** {@code md5(string=b'', *, usedforsecurity=True)} and its siblings. */
    private static BuiltinFunction constructorFunction(String module, Algorithm alg) {
        return BuiltinFunction.of(module, alg.name, "*args, string=?, usedforsecurity=True", (s, a) -> {
            Object[] args = ((PyTuple) a[2]).items;
            if (args.length > 1) {
                throw Exceptions.typeError(alg.name + "() takes at most 1 positional argument (" + args.length + " given)");
            }
            if (args.length == 1 && a[0] != null) {
                throw Exceptions.typeError("argument for " + alg.name + "() given by name ('string') and position (1)");
            }
            Ops.isTrue(a[1]);
            HashObject h = new HashObject(alg.type, JdkHasher.of(jdkName(alg.name)), alg.name, alg.digestSize,
                alg.blockSize);
            Object data = args.length == 1 ? args[0] : a[0];
            if (data != null) {
                h.update(data);
            }
            return h;
        });
    }

    private static PyModule jdkModule(String module, Algorithm... algorithms) {
        PyModule m = new PyModule(module);
        for (Algorithm alg : algorithms) {
            m.dict.put(PyStr.of(alg.name), constructorFunction(module, alg));
        }
        return m;
    }

    public static PyModule createMd5() {
        PyModule m = jdkModule("_md5", MD5);
        m.dict.put(PyStr.of("MD5Type"), MD5.type);
        return m;
    }

    public static PyModule createSha1() {
        PyModule m = jdkModule("_sha1", SHA1);
        m.dict.put(PyStr.of("SHA1Type"), SHA1.type);
        return m;
    }

    public static PyModule createSha256() {
        PyModule m = jdkModule("_sha256", SHA224, SHA256);
        m.dict.put(PyStr.of("SHA224Type"), SHA224.type);
        m.dict.put(PyStr.of("SHA256Type"), SHA256.type);
        return m;
    }

    /** CPython 3.11's _sha512 names only SHA384Type, bound to the sha512 type. */
    public static PyModule createSha512() {
        PyModule m = jdkModule("_sha512", SHA384, SHA512);
        m.dict.put(PyStr.of("SHA384Type"), SHA512.type);
        return m;
    }

    // ---- _sha3: the types are the constructors ------------------------------------------------

    private static final int SHA3_SUFFIX = 0x06;
    private static final int SHAKE_SUFFIX = 0x1f;
    /** CPython refuses SHAKE output lengths from 2**29 bytes on. */
    private static final long MAX_SHAKE_LENGTH = 1L << 29;

    /** The data argument of a constructor that takes {@code (data=b'', /, *, usedforsecurity=True)}. */
    private static Object onlyData(String fn, Object[] args) {
        if (args.length > 1) {
            throw Exceptions.typeError(fn + "() takes at most 1 positional argument (" + args.length + " given)");
        }
        return args.length == 1 ? args[0] : null;
    }

    private static Algorithm sha3Algorithm(int bits) {
        String name = "sha3_" + bits;
        PyType t = hashType("_sha3", name);
        defineFixedDigest(t);
        int rate = 200 - 2 * bits / 8;
        Algorithm alg = new Algorithm(t, name, bits / 8, rate);
        defineSpongeAttributes(t, rate, SHA3_SUFFIX);
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("_sha3", "sha3_224", "cls, *args, usedforsecurity=True", (s, a) -> {
                Object data = onlyData("sha3_224", ((PyTuple) a[2]).items);
                Ops.isTrue(a[1]);
                HashObject h = new HashObject(t, JdkHasher.of(jdkName(name)), name, alg.digestSize, rate);
                if (data != null) {
                    h.update(data);
                }
                return h;
            })));
        return alg;
    }

    private static void defineSpongeAttributes(PyType t, int rate, int suffix) {
        GetSetDescriptor.define(t, "_rate_bits", self -> (long) rate * 8);
        GetSetDescriptor.define(t, "_capacity_bits", self -> 1600L - rate * 8);
        GetSetDescriptor.define(t, "_suffix", self -> new PyBytes(new byte[] {(byte) suffix}));
    }

    /** CPython's conversion of a SHAKE output length. */
    private static int shakeLength(Object o) {
        long n = unsignedLong(o);
        if (n < 0 || n >= MAX_SHAKE_LENGTH) {
            throw Exceptions.valueError("length is too large");
        }
        return (int) n;
    }

    private static Algorithm shakeAlgorithm(int bits) {
        String name = "shake_" + bits;
        PyType t = hashType("_sha3", name);
        int rate = 200 - 2 * bits / 8;
        defineSpongeAttributes(t, rate, SHAKE_SUFFIX);
        MethodDescriptor.define(t, "digest", "length, /", (self, a) ->
            new PyBytes(((HashObject) self).digest(shakeLength(a[0]))));
        MethodDescriptor.define(t, "hexdigest", "length, /", (self, a) ->
            PyStr.of(hex(((HashObject) self).digest(shakeLength(a[0])))));
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("_sha3", "sha3_224", "cls, *args, usedforsecurity=True", (s, a) -> {
                Object data = onlyData("sha3_224", ((PyTuple) a[2]).items);
                Ops.isTrue(a[1]);
                HashObject h = new HashObject(t, new Keccak(rate, SHAKE_SUFFIX), name, 0, rate);
                if (data != null) {
                    h.update(data);
                }
                return h;
            })));
        return new Algorithm(t, name, 0, rate);
    }

    private static final Algorithm[] SHA3 = {
        sha3Algorithm(224), sha3Algorithm(256), sha3Algorithm(384), sha3Algorithm(512),
        shakeAlgorithm(128), shakeAlgorithm(256),
    };

    public static PyModule createSha3() {
        PyModule m = new PyModule("_sha3");
        for (Algorithm alg : SHA3) {
            m.dict.put(PyStr.of(alg.name), alg.type);
        }
        m.dict.put(PyStr.of("implementation"), PyStr.of("tiny_sha3"));
        m.dict.put(PyStr.of("keccakopt"), 0L);
        return m;
    }

    // ---- _blake2 --------------------------------------------------------------------------

    /** The size limits of one BLAKE2 variant. */
    private record Blake2Limits(String name, int maxDigest, int maxKey, int saltSize, int personSize,
                                int blockSize, long maxNodeOffset) {}

    private static final Blake2Limits BLAKE2B_LIMITS = new Blake2Limits("blake2b", 64, 64, 16, 16, 128, -1L);
    private static final Blake2Limits BLAKE2S_LIMITS = new Blake2Limits("blake2s", 32, 32, 8, 8, 64, (1L << 48) - 1);
    private static final PyType BLAKE2B = blake2Type(BLAKE2B_LIMITS);
    private static final PyType BLAKE2S = blake2Type(BLAKE2S_LIMITS);

    /** A C int argument (index semantics), with CPython's OverflowError. */
    private static int cInt(Object o) {
        Object v = Ops.index(o);
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw Exceptions.overflowError("Python int too large to convert to C int");
    }

    /** CPython's unsigned-long argument converter; the result holds the unsigned 64 bits. */
    private static long unsignedLong(Object o) {
        BigInteger v = unsignedArgument(o);
        if (v.bitLength() > 64) {
            throw Exceptions.overflowError("Python int too large to convert to C unsigned long");
        }
        return v.longValue();
    }

    /** CPython's unsigned-long-long argument converter. */
    private static long unsignedLongLong(Object o) {
        BigInteger v = unsignedArgument(o);
        if (v.bitLength() > 64) {
            throw Exceptions.overflowError("int too big to convert");
        }
        return v.longValue();
    }

    private static BigInteger unsignedArgument(Object o) {
        if (!Ops.isInt(o)) {
            throw Exceptions.typeError("an integer is required");
        }
        BigInteger v = Py.toBig(Ops.intValue(o));
        if (v.signum() < 0) {
            throw Exceptions.valueError("value must be positive");
        }
        return v;
    }

    private static void checkRange(String what, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw Exceptions.valueError(what + " must be between " + lo + " and " + hi);
        }
    }

    private static byte[] optionalBytes(Object o) {
        return o == null ? new byte[0] : bytesLike(o);
    }

    private static PyType blake2Type(Blake2Limits limits) {
        String name = limits.name;
        PyType t = hashType("_blake2", name);
        defineFixedDigest(t);
        t.define("SALT_SIZE", (long) limits.saltSize);
        t.define("PERSON_SIZE", (long) limits.personSize);
        t.define("MAX_KEY_SIZE", (long) limits.maxKey);
        t.define("MAX_DIGEST_SIZE", (long) limits.maxDigest);
        String spec = "cls, *args, digest_size=" + limits.maxDigest + ", key=?, salt=?, person=?, fanout=1, depth=1,"
            + " leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True";
        t.define("__new__", new StaticMethod(BuiltinTypes.STATICMETHOD,
            BuiltinFunction.of("_blake2", name, spec, (s, a) -> {
                Object data = onlyData(name, ((PyTuple) a[13]).items);
                int digestSize = cInt(a[1]);
                byte[] key = optionalBytes(a[2]);
                byte[] salt = optionalBytes(a[3]);
                byte[] person = optionalBytes(a[4]);
                int fanout = cInt(a[5]);
                int depth = cInt(a[6]);
                long leafSize = unsignedLong(a[7]);
                long nodeOffset = unsignedLongLong(a[8]);
                int nodeDepth = cInt(a[9]);
                int innerSize = cInt(a[10]);
                boolean lastNode = Ops.isTrue(a[11]);
                Ops.isTrue(a[12]);
                if (digestSize <= 0 || digestSize > limits.maxDigest) {
                    throw Exceptions.valueError("digest_size must be between 1 and " + limits.maxDigest + " bytes");
                }
                if (salt.length > limits.saltSize) {
                    throw Exceptions.valueError("maximum salt length is " + limits.saltSize + " bytes");
                }
                if (person.length > limits.personSize) {
                    throw Exceptions.valueError("maximum person length is " + limits.personSize + " bytes");
                }
                checkRange("fanout", fanout, 0, 255);
                checkRange("depth", depth, 1, 255);
                if (Long.compareUnsigned(leafSize, 0xffffffffL) > 0) {
                    throw Exceptions.overflowError("leaf_size is too large");
                }
                if (limits.maxNodeOffset >= 0 && Long.compareUnsigned(nodeOffset, limits.maxNodeOffset) > 0) {
                    throw Exceptions.overflowError("node_offset is too large");
                }
                checkRange("node_depth", nodeDepth, 0, 255);
                if (innerSize < 0 || innerSize > limits.maxDigest) {
                    throw Exceptions.valueError("inner_size must be between 0 and is " + limits.maxDigest);
                }
                if (key.length > limits.maxKey) {
                    throw Exceptions.valueError("maximum key length is " + limits.maxKey + " bytes");
                }
                Blake2.Params params = new Blake2.Params(fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize,
                    salt, person, lastNode);
                Hasher hasher = limits == BLAKE2B_LIMITS ? new Blake2.B(digestSize, key, params)
                    : new Blake2.S(digestSize, key, params);
                HashObject h = new HashObject(t, hasher, name, digestSize, limits.blockSize);
                if (data != null) {
                    h.update(data);
                }
                return h;
            })));
        return t;
    }

    public static PyModule createBlake2() {
        PyModule m = new PyModule("_blake2");
        m.dict.put(PyStr.of("blake2b"), BLAKE2B);
        m.dict.put(PyStr.of("blake2s"), BLAKE2S);
        for (Blake2Limits limits : new Blake2Limits[] {BLAKE2B_LIMITS, BLAKE2S_LIMITS}) {
            String prefix = limits.name.toUpperCase() + "_";
            m.dict.put(PyStr.of(prefix + "SALT_SIZE"), (long) limits.saltSize);
            m.dict.put(PyStr.of(prefix + "PERSON_SIZE"), (long) limits.personSize);
            m.dict.put(PyStr.of(prefix + "MAX_KEY_SIZE"), (long) limits.maxKey);
            m.dict.put(PyStr.of(prefix + "MAX_DIGEST_SIZE"), (long) limits.maxDigest);
        }
        return m;
    }
}
