package taipan.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An in-memory pipe between descriptors of this process ({@code os.pipe()}, the
 * pipes {@code subprocess} creates, {@code socket.socketpair()}), with POSIX's
 * end-of-file and broken-pipe rules: a read blocks until there are bytes or every
 * write end is closed (then it returns end of file); a write fails with EPIPE once
 * every read end is closed. The buffer grows as needed, so writes never block.
 * Descriptors and child-process pumps each hold an end ({@link #openReader},
 * {@link #openWriter}) and release it when done.
 *
 * <p>Every change of any pipe's state notifies {@link #READINESS}, on which
 * {@code select} waits.
 */
public final class Pipe {
    /** Monitor notified whenever a pipe gets data or loses an end. */
    static final Object READINESS = new Object();

    private byte[] buffer = new byte[4096];
    private int start;
    private int size;
    private int readers = 1;
    private int writers = 1;

    /** Another holder of the read end. */
    synchronized void openReader() {
        readers++;
    }

    /** Another holder of the write end. */
    synchronized void openWriter() {
        writers++;
    }

    void closeReader() {
        synchronized (this) {
            readers--;
            notifyAll();
        }
        signal();
    }

    void closeWriter() {
        synchronized (this) {
            writers--;
            notifyAll();
        }
        signal();
    }

    private static void signal() {
        synchronized (READINESS) {
            READINESS.notifyAll();
        }
    }

    /** Reads up to {@code len} bytes, blocking while the pipe is empty and still has writers; 0 at end of file. */
    synchronized int read(byte[] b, int off, int len) throws InterruptedException {
        while (size == 0 && writers > 0 && len > 0) {
            wait();
        }
        int n = Math.min(len, size);
        for (int i = 0; i < n; i++) {
            b[off + i] = buffer[(start + i) % buffer.length];
        }
        start = (start + n) % buffer.length;
        size -= n;
        return n;
    }

    /** Appends {@code b[off:off+len]}; false (nothing written) when no reader is left. */
    boolean write(byte[] b, int off, int len) {
        synchronized (this) {
            if (readers == 0) {
                return false;
            }
            if (size + len > buffer.length) {
                byte[] bigger = new byte[Math.max(buffer.length * 2, size + len)];
                for (int i = 0; i < size; i++) {
                    bigger[i] = buffer[(start + i) % buffer.length];
                }
                buffer = bigger;
                start = 0;
            }
            for (int i = 0; i < len; i++) {
                buffer[(start + size + i) % buffer.length] = b[off + i];
            }
            size += len;
            notifyAll();
        }
        signal();
        return true;
    }

    /** Whether a read would not block: there are bytes, or no writer is left (end of file). */
    synchronized boolean readable() {
        return size > 0 || writers == 0;
    }

    /** Whether bytes are waiting to be read. */
    synchronized boolean hasData() {
        return size > 0;
    }

    /** Whether no writer is left (poll's POLLHUP on the read end). */
    synchronized boolean hungUp() {
        return writers == 0;
    }

    /** Whether no reader is left (a write would fail with EPIPE). */
    synchronized boolean broken() {
        return readers == 0;
    }

    /** The read end as a stream for a pump thread that already holds a reader; closing releases it. */
    InputStream inputStream() {
        return new InputStream() {
            private boolean closed;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    int n = Pipe.this.read(b, off, len);
                    return n == 0 && len > 0 ? -1 : n;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    closeReader();
                }
            }
        };
    }

    /** The write end as a stream for a pump thread that already holds a writer; closing releases it. */
    OutputStream outputStream() {
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (!Pipe.this.write(b, off, len)) {
                    throw new IOException("Broken pipe");
                }
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    closeWriter();
                }
            }
        };
    }
}
