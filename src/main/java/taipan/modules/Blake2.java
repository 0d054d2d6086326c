package taipan.modules;

/**
 * BLAKE2b and BLAKE2s as described in RFC 7693, with the full parameter block of the BLAKE2
 * paper (fanout, depth, leaf length, node offset, node depth, inner length, salt, personal)
 * and the last-node flag of tree hashing. A keyed hash absorbs the key padded to one block
 * first. The last block is held back until {@link #digest}, which finishes a copy so that
 * updating may go on.
 */
abstract class Blake2 implements HashModules.Hasher {
    /** The message schedule: which message word each G step of a round reads. */
    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    /** The G steps of one round: the four state words each mixes (columns, then diagonals). */
    private static final int[][] STEPS = {
        {0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15},
        {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14},
    };

    /** The tree and naming parameters besides digest and key length. */
    record Params(int fanout, int depth, long leafSize, long nodeOffset, int nodeDepth, int innerSize,
                  byte[] salt, byte[] person, boolean lastNode) {}

    final int digestSize;
    final boolean lastNode;
    final byte[] buffer;
    int buffered;
    /** The number of message bytes compressed so far (a 128-bit counter for BLAKE2b; 64 suffice here). */
    long counter;
    long counterHigh;

    Blake2(int digestSize, boolean lastNode, int blockSize) {
        this.digestSize = digestSize;
        this.lastNode = lastNode;
        this.buffer = new byte[blockSize];
    }

    /** Compresses {@link #buffer} into the chaining value. */
    abstract void compress(boolean finalBlock);

    /** The chaining value, little-endian, cut to the digest size. */
    abstract byte[] output();

    abstract Blake2 blankCopy();

    /** Starts a keyed hash: the key, zero-padded to a block, is the first block. */
    void absorbKey(byte[] key) {
        if (key.length > 0) {
            byte[] block = new byte[buffer.length];
            System.arraycopy(key, 0, block, 0, key.length);
            update(block, 0, block.length);
        }
    }

    private void count(int n) {
        long before = counter;
        counter += n;
        if (Long.compareUnsigned(counter, before) < 0) {
            counterHigh++;
        }
    }

    @Override
    public void update(byte[] data, int off, int len) {
        while (len > 0) {
            if (buffered == buffer.length) {
                count(buffer.length);
                compress(false);
                buffered = 0;
            }
            int n = Math.min(len, buffer.length - buffered);
            System.arraycopy(data, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2 end = copy();
        end.count(end.buffered);
        java.util.Arrays.fill(end.buffer, end.buffered, end.buffer.length, (byte) 0);
        end.compress(true);
        return end.output();
    }

    @Override
    public Blake2 copy() {
        Blake2 c = blankCopy();
        System.arraycopy(buffer, 0, c.buffer, 0, buffer.length);
        c.buffered = buffered;
        c.counter = counter;
        c.counterHigh = counterHigh;
        return c;
    }

    /** The parameter block (little-endian fields at the offsets of the BLAKE2 specification). */
    static byte[] parameterBlock(int size, int digestSize, int keyLength, Params p) {
        byte[] block = new byte[size];
        block[0] = (byte) digestSize;
        block[1] = (byte) keyLength;
        block[2] = (byte) p.fanout;
        block[3] = (byte) p.depth;
        putLittleEndian(block, 4, p.leafSize, 4);
        int offsetBytes = size == 64 ? 8 : 6;
        putLittleEndian(block, 8, p.nodeOffset, offsetBytes);
        block[8 + offsetBytes] = (byte) p.nodeDepth;
        block[9 + offsetBytes] = (byte) p.innerSize;
        int saltAt = size / 2;
        int fieldSize = size / 4;
        System.arraycopy(p.salt, 0, block, saltAt, p.salt.length);
        System.arraycopy(p.person, 0, block, saltAt + fieldSize, p.person.length);
        return block;
    }

    private static void putLittleEndian(byte[] to, int at, long v, int bytes) {
        for (int i = 0; i < bytes; i++) {
            to[at + i] = (byte) (v >>> (8 * i));
        }
    }

    /** BLAKE2b: 64-bit words, 128-byte blocks, 12 rounds, up to 64-byte digests and keys. */
    static final class B extends Blake2 {
        private static final long[] IV = {
            0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
            0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
        };
        private final long[] h = new long[8];

        private B(int digestSize, boolean lastNode) {
            super(digestSize, lastNode, 128);
        }

        B(int digestSize, byte[] key, Params p) {
            this(digestSize, p.lastNode);
            byte[] block = parameterBlock(64, digestSize, key.length, p);
            for (int i = 0; i < 8; i++) {
                h[i] = IV[i] ^ readLong(block, 8 * i);
            }
            absorbKey(key);
        }

        private static long readLong(byte[] b, int at) {
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = (v << 8) | (b[at + i] & 0xff);
            }
            return v;
        }

        @Override
        Blake2 blankCopy() {
            B c = new B(digestSize, lastNode);
            System.arraycopy(h, 0, c.h, 0, 8);
            return c;
        }

        @Override
        void compress(boolean finalBlock) {
            long[] m = new long[16];
            for (int i = 0; i < 16; i++) {
                m[i] = readLong(buffer, 8 * i);
            }
            long[] v = new long[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= counter;
            v[13] ^= counterHigh;
            if (finalBlock) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int round = 0; round < 12; round++) {
                int[] s = SIGMA[round % 10];
                for (int step = 0; step < 8; step++) {
                    int[] w = STEPS[step];
                    mix(v, w[0], w[1], w[2], w[3], m[s[2 * step]], m[s[2 * step + 1]]);
                }
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void mix(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        @Override
        byte[] output() {
            byte[] out = new byte[digestSize];
            for (int i = 0; i < digestSize; i++) {
                out[i] = (byte) (h[i >> 3] >>> (8 * (i & 7)));
            }
            return out;
        }
    }

    /** BLAKE2s: 32-bit words, 64-byte blocks, 10 rounds, up to 32-byte digests and keys. */
    static final class S extends Blake2 {
        private static final int[] IV = {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
        };
        private final int[] h = new int[8];

        private S(int digestSize, boolean lastNode) {
            super(digestSize, lastNode, 64);
        }

        S(int digestSize, byte[] key, Params p) {
            this(digestSize, p.lastNode);
            byte[] block = parameterBlock(32, digestSize, key.length, p);
            for (int i = 0; i < 8; i++) {
                h[i] = IV[i] ^ readInt(block, 4 * i);
            }
            absorbKey(key);
        }

        private static int readInt(byte[] b, int at) {
            return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
        }

        @Override
        Blake2 blankCopy() {
            S c = new S(digestSize, lastNode);
            System.arraycopy(h, 0, c.h, 0, 8);
            return c;
        }

        @Override
        void compress(boolean finalBlock) {
            int[] m = new int[16];
            for (int i = 0; i < 16; i++) {
                m[i] = readInt(buffer, 4 * i);
            }
            int[] v = new int[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= (int) counter;
            v[13] ^= (int) (counter >>> 32);
            if (finalBlock) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int round = 0; round < 10; round++) {
                int[] s = SIGMA[round];
                for (int step = 0; step < 8; step++) {
                    int[] w = STEPS[step];
                    mix(v, w[0], w[1], w[2], w[3], m[s[2 * step]], m[s[2 * step + 1]]);
                }
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void mix(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }

        @Override
        byte[] output() {
            byte[] out = new byte[digestSize];
            for (int i = 0; i < digestSize; i++) {
                out[i] = (byte) (h[i >> 2] >>> (8 * (i & 3)));
            }
            return out;
        }
    }
}
