package taipan.modules;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import taipan.runtime.PyException;

/**
 * One network socket of the {@code _socket} module, over java.nio channels:
 * TCP as SocketChannel or ServerSocketChannel, UDP as DatagramChannel.
 *
 * <p>Channels are always non-blocking; Python's blocking and timeout modes
 * wait on this socket's own Selector. A stream socket does not know whether it
 * will listen or connect until it does, and Java binds and listens in one step,
 * so {@code bind} opens a listening channel at once (which the kernel treats as
 * listening a little early) and {@code connect} on a bound socket reopens it as
 * a client on the same address. Errors are OSErrors with Linux's errno values.
 */
final class SocketEndpoint {
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;

    final int family;
    final int type;
    final int proto;
    /** Seconds; negative: blocking without limit; 0: non-blocking. */
    double timeout;
    private SelectableChannel channel;
    private Selector selector;
    private boolean connecting;
    private boolean reuseAddress;
    private boolean noDelay;
    private boolean keepAlive;
    private boolean v6only;
    private boolean closed;
    private int lastDatagramLength;

    SocketEndpoint(int family, int type, int proto, double timeout) throws IOException {
        this.family = family;
        this.type = type;
        this.proto = proto;
        this.timeout = timeout;
        if (type == SOCK_DGRAM) {
            open(DatagramChannel.open(family == AF_INET6 ? java.net.StandardProtocolFamily.INET6
                : java.net.StandardProtocolFamily.INET));
        }
    }

    /** A connected socket that {@code accept} returned. */
    SocketEndpoint(SocketEndpoint listener, SocketChannel accepted) throws IOException {
        this.family = listener.family;
        this.type = listener.type;
        this.proto = listener.proto;
        this.timeout = listener.timeout;
        open(accepted);
    }

    private void open(SelectableChannel c) throws IOException {
        c.configureBlocking(false);
        channel = c;
        if (selector != null) {
            selector.close();
            selector = null;
        }
    }

    private static PyException error(int errno) {
        return FileTable.error(errno, null);
    }

    /** The OSError for a java.net failure. */
    static PyException error(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof java.net.ConnectException) {
            return error(m.contains("timed out") ? 110 : 111);
        }
        if (e instanceof java.net.BindException) {
            return error(m.contains("in use") ? 98 : 99);
        }
        if (e instanceof java.nio.channels.ClosedChannelException) {
            return error(9);
        }
        if (e instanceof java.net.NoRouteToHostException) {
            return error(113);
        }
        if (m.contains("Connection reset")) {
            return error(104);
        }
        if (m.contains("Broken pipe")) {
            return error(32);
        }
        if (e instanceof java.net.UnknownHostException) {
            return error(99);
        }
        return error(5);
    }

    private void checkOpen() {
        if (closed) {
            throw error(9);
        }
    }

    /** Waits until {@code ops} is ready; EAGAIN at once when non-blocking, TimeoutError when the time is up. */
    private void await(int ops) throws IOException {
        if (timeout == 0) {
            throw error(11);
        }
        if (selector == null) {
            selector = Selector.open();
        }
        SelectionKey key = channel.keyFor(selector);
        if (key == null) {
            key = channel.register(selector, ops);
        } else {
            key.interestOps(ops);
        }
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        while (true) {
            long left = deadline == Long.MAX_VALUE ? 0 : Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            int n = selector.select(left);
            selector.selectedKeys().clear();
            if (n > 0) {
                return;
            }
            if (deadline != Long.MAX_VALUE && System.nanoTime() >= deadline) {
                throw taipan.runtime.Exceptions.error(taipan.runtime.Exceptions.TIMEOUT_ERROR, "timed out");
            }
        }
    }

    /** Whether a ready-to-read select would report this socket (data, end of stream, or a connection to accept). */
    boolean readReady() {
        return ready(channel instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ);
    }

    boolean writeReady() {
        if (channel instanceof ServerSocketChannel) {
            return false;
        }
        return ready(connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE);
    }

    private boolean ready(int ops) {
        if (closed || channel == null) {
            return channel == null && !closed;
        }
        try {
            if (selector == null) {
                selector = Selector.open();
            }
            SelectionKey key = channel.keyFor(selector);
            if (key == null) {
                key = channel.register(selector, ops);
            } else {
                key.interestOps(ops);
            }
            int n = selector.selectNow();
            selector.selectedKeys().clear();
            return n > 0;
        } catch (IOException | java.nio.channels.CancelledKeyException e) {
            return true;
        }
    }

    void bind(InetSocketAddress address) {
        checkOpen();
        try {
            if (channel instanceof DatagramChannel d) {
                d.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddress);
                d.bind(address);
                return;
            }
            if (channel != null) {
                throw error(22);
            }
            ServerSocketChannel server = ServerSocketChannel.open();
            server.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddress);
            server.bind(address, 128);
            open(server);
        } catch (IOException e) {
            throw error(e);
        }
    }

    void listen() {
        checkOpen();
        if (channel == null) {
            bind(new InetSocketAddress(0));
        } else if (!(channel instanceof ServerSocketChannel)) {
            throw error(22);
        }
    }

    /** Returns null when a non-blocking socket has no connection waiting (after raising EAGAIN otherwise). */
    SocketEndpoint accept() {
        checkOpen();
        if (!(channel instanceof ServerSocketChannel server)) {
            throw error(22);
        }
        try {
            while (true) {
                SocketChannel c = server.accept();
                if (c != null) {
                    SocketEndpoint s = new SocketEndpoint(this, c);
                    s.timeout = -1;
                    return s;
                }
                await(SelectionKey.OP_ACCEPT);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** {@code connect}; returns the errno instead of raising when {@code ex} (connect_ex). */
    int connect(InetSocketAddress address, boolean ex) {
        checkOpen();
        try {
            if (channel instanceof DatagramChannel d) {
                d.connect(address);
                return 0;
            }
            if (channel instanceof SocketChannel && !connecting) {
                throw error(106);
            }
            if (channel == null || channel instanceof ServerSocketChannel) {
                SocketAddress local = channel == null ? null : ((ServerSocketChannel) channel).getLocalAddress();
                if (channel != null) {
                    channel.close();
                }
                SocketChannel c = SocketChannel.open();
                c.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddress);
                c.setOption(StandardSocketOptions.TCP_NODELAY, noDelay);
                c.setOption(StandardSocketOptions.SO_KEEPALIVE, keepAlive);
                if (local != null) {
                    c.bind(local);
                }
                open(c);
                connecting = !c.connect(address);
            }
            if (connecting) {
                if (timeout == 0) {
                    if (ex) {
                        return 115;
                    }
                    throw error(115);
                }
                finishConnect();
            }
            return 0;
        } catch (PyException e) {
            if (ex && e.value instanceof taipan.runtime.PyBaseException b
                && taipan.runtime.ExceptionMethods.field(b, "errno") instanceof Long errno) {
                return errno.intValue();
            }
            throw e;
        } catch (IOException e) {
            PyException p = error(e);
            if (ex) {
                return ((Long) taipan.runtime.ExceptionMethods.field(p.value, "errno")).intValue();
            }
            throw p;
        }
    }

    /** Completes a pending connection, waiting as the timeout allows. */
    private void finishConnect() throws IOException {
        SocketChannel c = (SocketChannel) channel;
        while (!c.finishConnect()) {
            await(SelectionKey.OP_CONNECT);
        }
        connecting = false;
    }

    /** SO_ERROR: a pending connection's outcome (0 when it succeeded or is still pending). */
    int pendingError() {
        if (!connecting) {
            return 0;
        }
        try {
            if (((SocketChannel) channel).finishConnect()) {
                connecting = false;
            }
            return 0;
        } catch (IOException e) {
            connecting = false;
            return ((Long) taipan.runtime.ExceptionMethods.field(error(e).value, "errno")).intValue();
        }
    }

    private SocketChannel connected() throws IOException {
        checkOpen();
        if (channel instanceof SocketChannel c) {
            if (connecting) {
                finishConnect();
            }
            return c;
        }
        throw error(107);
    }

    /** Sends what it can of {@code data[off:off+len]}; the count. */
    int send(byte[] data, int off, int len) {
        try {
            if (channel instanceof DatagramChannel d) {
                return d.write(ByteBuffer.wrap(data, off, len));
            }
            SocketChannel c = connected();
            while (true) {
                int n = c.write(ByteBuffer.wrap(data, off, len));
                if (n > 0 || len == 0) {
                    return n;
                }
                await(SelectionKey.OP_WRITE);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** Receives up to {@code len} bytes into {@code buf[off:]}; 0 at end of stream. */
    int recv(byte[] buf, int off, int len) {
        try {
            if (channel instanceof DatagramChannel) {
                recvFrom(buf, off, len);
                return lastDatagramLength;
            }
            SocketChannel c = connected();
            while (true) {
                int n = c.read(ByteBuffer.wrap(buf, off, len));
                if (n != 0 || len == 0) {
                    return Math.max(n, 0);
                }
                await(SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** UDP: receives one datagram into {@code buf[off:]}; its sender. */
    InetSocketAddress recvFrom(byte[] buf, int off, int len) {
        checkOpen();
        try {
            if (!(channel instanceof DatagramChannel d)) {
                recv(buf, off, len);
                return (InetSocketAddress) ((SocketChannel) channel).getRemoteAddress();
            }
            while (true) {
                ByteBuffer b = ByteBuffer.wrap(buf, off, len);
                SocketAddress from = d.receive(b);
                if (from != null) {
                    lastDatagramLength = b.position() - off;
                    return (InetSocketAddress) from;
                }
                await(SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    int lastDatagramLength() {
        return lastDatagramLength;
    }

    int sendTo(byte[] data, InetSocketAddress to) {
        checkOpen();
        if (!(channel instanceof DatagramChannel d)) {
            throw error(106);
        }
        try {
            while (true) {
                int n = d.send(ByteBuffer.wrap(data), to);
                if (n > 0 || data.length == 0) {
                    return n;
                }
                await(SelectionKey.OP_WRITE);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    void shutdown(int how) {
        try {
            SocketChannel c = connected();
            if (how == 0 || how == 2) {
                c.shutdownInput();
            }
            if (how == 1 || how == 2) {
                c.shutdownOutput();
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (selector != null) {
                selector.close();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    InetSocketAddress localAddress() {
        checkOpen();
        try {
            if (channel instanceof NetworkChannel n && n.getLocalAddress() != null) {
                return (InetSocketAddress) n.getLocalAddress();
            }
        } catch (IOException e) {
            throw error(e);
        }
        return new InetSocketAddress(family == AF_INET6 ? "::" : "0.0.0.0", 0);
    }

    InetSocketAddress remoteAddress() {
        checkOpen();
        try {
            SocketAddress a = channel instanceof SocketChannel c && !connecting ? c.getRemoteAddress()
                : channel instanceof DatagramChannel d ? d.getRemoteAddress() : null;
            if (a == null) {
                throw error(107);
            }
            return (InetSocketAddress) a;
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** setsockopt for the options Taipan can apply; ENOPROTOOPT for the others. */
    void setOption(int level, int option, int value) {
        checkOpen();
        boolean on = value != 0;
        try {
            if (level == 1 && option == 2) {            // SOL_SOCKET, SO_REUSEADDR
                reuseAddress = on;
                if (channel instanceof NetworkChannel n) {
                    n.setOption(StandardSocketOptions.SO_REUSEADDR, on);
                }
            } else if (level == 1 && option == 9) {     // SO_KEEPALIVE
                keepAlive = on;
                if (channel instanceof SocketChannel c) {
                    c.setOption(StandardSocketOptions.SO_KEEPALIVE, on);
                }
            } else if (level == 6 && option == 1) {     // IPPROTO_TCP, TCP_NODELAY
                noDelay = on;
                if (channel instanceof SocketChannel c) {
                    c.setOption(StandardSocketOptions.TCP_NODELAY, on);
                }
            } else if (level == 41 && option == 26) {   // IPPROTO_IPV6, IPV6_V6ONLY
                v6only = on;
            } else if (level == 1 && option == 6 && channel instanceof DatagramChannel d) {  // SO_BROADCAST
                d.setOption(StandardSocketOptions.SO_BROADCAST, on);
            } else {
                throw error(92);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    int getOption(int level, int option) {
        checkOpen();
        if (level == 1 && option == 2) {
            return reuseAddress ? 1 : 0;
        } else if (level == 1 && option == 9) {
            return keepAlive ? 1 : 0;
        } else if (level == 6 && option == 1) {
            return noDelay ? 1 : 0;
        } else if (level == 41 && option == 26) {
            return v6only ? 1 : 0;
        } else if (level == 1 && option == 3) {         // SO_TYPE
            return type;
        } else if (level == 1 && option == 4) {         // SO_ERROR
            return pendingError();
        }
        throw error(92);
    }
}
