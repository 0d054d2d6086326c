package taipan.modules;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import taipan.runtime.BuiltinFunction;
import taipan.runtime.BuiltinTypes;
import taipan.runtime.ExceptionMethods;
import taipan.runtime.Exceptions;
import taipan.runtime.FloatMethods;
import taipan.runtime.GetSetDescriptor;
import taipan.runtime.MethodDescriptor;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyBytes;
import taipan.runtime.PyException;
import taipan.runtime.PyList;
import taipan.runtime.PyModule;
import taipan.runtime.PyObject;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;

/**
 * The {@code _socket} module for IPv4 and IPv6 over java.nio ({@link SocketEndpoint}):
 * TCP clients and servers, UDP, blocking, non-blocking and timeout modes, the
 * options Java can apply, name resolution ({@code getaddrinfo},
 * {@code gethostbyname}, ...) and the address conversions. Sockets are
 * descriptors in the runtime's {@link FileTable}, so {@code select} and
 * {@code selectors} (and so asyncio) see them. AF_UNIX sockets are not offered,
 * so {@code socket.socketpair()} uses the standard library's TCP loopback
 * version, as on platforms without one.
 */
public final class SocketModule {
    private SocketModule() {}

    static final PyType SOCKET = BuiltinTypes.builtin("socket", BuiltinTypes.OBJECT, PySocket::new);
    static final PyType HERROR = BuiltinTypes.builtin("herror", Exceptions.OS_ERROR, null);
    static final PyType GAIERROR = BuiltinTypes.builtin("gaierror", Exceptions.OS_ERROR, null);
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static volatile double defaultTimeout = -1;

    /** How many sockets are open (select polls more often while there are any). */
    static int openSockets() {
        return OPEN.get();
    }

    /** A socket object: its descriptor in the FileTable, or -1 once closed or detached. */
    static final class PySocket extends PyObject {
        int fd = -1;
        SocketEndpoint endpoint;
        int family = SocketEndpoint.AF_INET;
        int type = SocketEndpoint.SOCK_STREAM;
        int proto;

        PySocket(PyType type) {
            super(type);
        }

        SocketEndpoint open() {
            if (endpoint == null || fd < 0) {
                throw FileTable.error(9, null);
            }
            return endpoint;
        }
    }

    public static PyModule create() {
        PyModule m = new PyModule("_socket");
        installType();
        put(m, "socket", SOCKET);
        put(m, "SocketType", SOCKET);
        put(m, "error", Exceptions.OS_ERROR);
        put(m, "timeout", Exceptions.TIMEOUT_ERROR);
        put(m, "herror", HERROR);
        put(m, "gaierror", GAIERROR);
        for (PyType t : new PyType[] {HERROR, GAIERROR, SOCKET}) {
            t.define("__module__", PyStr.of("socket"));
        }
        put(m, "has_ipv6", Boolean.TRUE);
        Object[][] constants = {
            {"AF_UNSPEC", 0}, {"AF_INET", 2}, {"AF_INET6", 10}, {"SOCK_STREAM", 1}, {"SOCK_DGRAM", 2},
            {"SOCK_RAW", 3}, {"SOCK_SEQPACKET", 5}, {"SOCK_NONBLOCK", 2048}, {"SOCK_CLOEXEC", 524288},
            {"SOL_SOCKET", 1}, {"SO_REUSEADDR", 2}, {"SO_TYPE", 3}, {"SO_ERROR", 4}, {"SO_BROADCAST", 6},
            {"SO_SNDBUF", 7}, {"SO_RCVBUF", 8}, {"SO_KEEPALIVE", 9}, {"SO_LINGER", 13}, {"SO_REUSEPORT", 15},
            {"SOL_TCP", 6}, {"SOL_UDP", 17}, {"SOL_IP", 0},
            {"IPPROTO_IP", 0}, {"IPPROTO_ICMP", 1}, {"IPPROTO_TCP", 6}, {"IPPROTO_UDP", 17}, {"IPPROTO_IPV6", 41},
            {"IPPROTO_RAW", 255}, {"TCP_NODELAY", 1}, {"IPV6_V6ONLY", 26}, {"INADDR_ANY", 0},
            {"INADDR_LOOPBACK", 0x7f000001}, {"INADDR_BROADCAST", 0xffffffffL}, {"INADDR_NONE", 0xffffffffL},
            {"AI_PASSIVE", 1}, {"AI_CANONNAME", 2}, {"AI_NUMERICHOST", 4}, {"AI_V4MAPPED", 8}, {"AI_ALL", 16},
            {"AI_ADDRCONFIG", 32}, {"AI_NUMERICSERV", 1024}, {"NI_NUMERICHOST", 1}, {"NI_NUMERICSERV", 2},
            {"NI_NOFQDN", 4}, {"NI_NAMEREQD", 8}, {"NI_DGRAM", 16}, {"NI_MAXHOST", 1025}, {"NI_MAXSERV", 32},
            {"SHUT_RD", 0}, {"SHUT_WR", 1}, {"SHUT_RDWR", 2}, {"MSG_OOB", 1}, {"MSG_PEEK", 2},
            {"MSG_DONTROUTE", 4}, {"MSG_DONTWAIT", 64}, {"MSG_EOR", 128}, {"MSG_WAITALL", 256},
            {"MSG_NOSIGNAL", 16384}, {"SOMAXCONN", 4096}, {"EAI_AGAIN", -3}, {"EAI_BADFLAGS", -1},
            {"EAI_FAIL", -4}, {"EAI_FAMILY", -6}, {"EAI_MEMORY", -10}, {"EAI_NODATA", -5}, {"EAI_NONAME", -2},
            {"EAI_SERVICE", -8}, {"EAI_SOCKTYPE", -7}};
        for (Object[] c : constants) {
            put(m, (String) c[0], ((Number) c[1]).longValue());
        }
        fn(m, "getdefaulttimeout", "", a -> defaultTimeout < 0 ? Py.None : (Object) defaultTimeout);
        fn(m, "setdefaulttimeout", "timeout, /", a -> {
            defaultTimeout = timeoutArg(a[0]);
            return Py.None;
        });
        fn(m, "dup", "fd, /", a -> (long) FileTable.current().dup(Ops.indexAsInt(a[0])));
        fn(m, "close", "fd, /", a -> {
            FileTable.current().close(Ops.indexAsInt(a[0]));
            return Py.None;
        });
        fn(m, "gethostname", "", a -> PyStr.of(hostname()));
        fn(m, "gethostbyname", "hostname, /", a -> PyStr.of(resolve(text(a[0]), SocketEndpoint.AF_INET)[0].getHostAddress()));
        fn(m, "gethostbyname_ex", "hostname, /", a -> {
            String host = text(a[0]);
            InetAddress[] all = resolve(host, SocketEndpoint.AF_INET);
            List<Object> ips = new ArrayList<>();
            for (InetAddress i : all) {
                ips.add(PyStr.of(i.getHostAddress()));
            }
            return PyTuple.of(PyStr.of(all[0].getCanonicalHostName()), new PyList(), new PyList(ips.toArray()));
        });
        fn(m, "gethostbyaddr", "ip_address, /", a -> {
            InetAddress i = resolve(text(a[0]), 0)[0];
            String name = i.getCanonicalHostName();
            if (name.equals(i.getHostAddress())) {
                throw ExceptionMethods.create(HERROR, 1L, PyStr.of("Unknown host"));
            }
            return PyTuple.of(PyStr.of(name), new PyList(), PyList.of(PyStr.of(i.getHostAddress())));
        });
        fn(m, "getaddrinfo", "host, port, family=0, type=0, proto=0, flags=0", SocketModule::getaddrinfo);
        fn(m, "getnameinfo", "sockaddr, flags, /", a -> {
            InetSocketAddress addr = address(SocketEndpoint.AF_INET, a[0]);
            int flags = Ops.indexAsInt(a[1]);
            String host = (flags & 1) != 0 ? addr.getAddress().getHostAddress() : addr.getAddress().getCanonicalHostName();
            return PyTuple.of(PyStr.of(host), PyStr.of(Integer.toString(addr.getPort())));
        });
        fn(m, "getservbyname", "servicename, protocolname=None, /", a -> {
            Integer port = service(text(a[0]), a[1] == Py.None ? null : text(a[1]));
            if (port == null) {
                throw Exceptions.error(Exceptions.OS_ERROR, "service/proto not found");
            }
            return (long) port;
        });
        fn(m, "getprotobyname", "protocolname, /", a -> switch (text(a[0])) {
            case "ip" -> 0L;
            case "icmp" -> 1L;
            case "tcp" -> 6L;
            case "udp" -> 17L;
            case "ipv6" -> 41L;
            default -> throw Exceptions.error(Exceptions.OS_ERROR, "protocol not found");
        });
        fn(m, "inet_aton", "ip_addr, /", a -> new PyBytes(ipv4(text(a[0]), "illegal IP address string passed to inet_aton")));
        fn(m, "inet_ntoa", "packed_ip, /", a -> {
            byte[] b = bytes(a[0]);
            if (b.length != 4) {
                throw Exceptions.error(Exceptions.OS_ERROR, "packed IP wrong length for inet_ntoa");
            }
            return PyStr.of((b[0] & 255) + "." + (b[1] & 255) + "." + (b[2] & 255) + "." + (b[3] & 255));
        });
        fn(m, "inet_pton", "address_family, ip_string, /", a -> {
            int af = Ops.indexAsInt(a[0]);
            String s = text(a[1]);
            if (af == SocketEndpoint.AF_INET) {
                return new PyBytes(ipv4(s, "illegal IP address string passed to inet_pton"));
            }
            if (af == SocketEndpoint.AF_INET6 && s.contains(":")) {
                try {
                    InetAddress i = InetAddress.getByName(s);
                    byte[] b = i.getAddress();
                    if (b.length == 4) {
                        byte[] mapped = new byte[16];
                        mapped[10] = mapped[11] = (byte) 0xff;
                        System.arraycopy(b, 0, mapped, 12, 4);
                        b = mapped;
                    }
                    return new PyBytes(b);
                } catch (UnknownHostException e) {
                    // fall through to the error
                }
            }
            throw af == SocketEndpoint.AF_INET6 ? Exceptions.error(Exceptions.OS_ERROR,
                "illegal IP address string passed to inet_pton") : FileTable.error(97, null);
        });
        fn(m, "inet_ntop", "address_family, packed_ip, /", a -> {
            int af = Ops.indexAsInt(a[0]);
            byte[] b = bytes(a[1]);
            if ((af == SocketEndpoint.AF_INET && b.length != 4) || (af == SocketEndpoint.AF_INET6 && b.length != 16)) {
                throw Exceptions.valueError("invalid length of packed IP address string");
            }
            if (af != SocketEndpoint.AF_INET && af != SocketEndpoint.AF_INET6) {
                throw Exceptions.valueError("unknown address family " + af);
            }
            try {
                InetAddress i = af == SocketEndpoint.AF_INET ? InetAddress.getByAddress(b) : Inet6Address.getByAddress(null, b, -1);
                return PyStr.of(af == SocketEndpoint.AF_INET ? i.getHostAddress() : compressV6(b));
            } catch (UnknownHostException e) {
                throw Exceptions.valueError("invalid length of packed IP address string");
            }
        });
        fn(m, "htons", "x, /", a -> (long) swap16(Ops.indexAsInt(a[0])));
        fn(m, "ntohs", "x, /", a -> (long) swap16(Ops.indexAsInt(a[0])));
        fn(m, "htonl", "x, /", a -> Integer.reverseBytes((int) (long) (Long) Ops.index(a[0])) & 0xffffffffL);
        fn(m, "ntohl", "x, /", a -> Integer.reverseBytes((int) (long) (Long) Ops.index(a[0])) & 0xffffffffL);
        return m;
    }

    private static int swap16(int x) {
        if (x < 0 || x > 0xffff) {
            throw Exceptions.error(Exceptions.OVERFLOW_ERROR, "htons: Python int too large to convert to C 16-bit unsigned integer");
        }
        return ((x & 0xff) << 8) | (x >> 8);
    }

    private static void put(PyModule m, String name, Object v) {
        m.dict.put(PyStr.of(name), v);
    }

    private interface Body {
        Object call(Object[] a);
    }

    private static void fn(PyModule m, String name, String spec, Body body) {
        m.dict.put(PyStr.of(name), BuiltinFunction.of("_socket", name, spec, (s, a) -> body.call(a)));
    }

    private static String text(Object o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return new String(b.bytes, StandardCharsets.UTF_8);
        }
        throw Exceptions.typeError("str, bytes or bytearray expected, not " + Py.typeOf(o).name());
    }

    private static byte[] bytes(Object o) {
        return taipan.runtime.BufferProtocol.requireBytes(o);
    }

    private static double timeoutArg(Object v) {
        if (v == Py.None) {
            return -1;
        }
        double t = FloatMethods.floatValueOf(v);
        if (t < 0) {
            throw Exceptions.valueError("Timeout value out of range");
        }
        return t;
    }

    private static String hostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException u) {
                return "localhost";
            }
        }
    }

    private static PyException gaierror(int code, String message) {
        return ExceptionMethods.create(GAIERROR, (long) code, PyStr.of(message));
    }

    /** The addresses of {@code host} of the given family (0: any). */
    static InetAddress[] resolve(String host, int family) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host.isEmpty() ? "0.0.0.0" : host);
            List<InetAddress> out = new ArrayList<>();
            for (InetAddress i : all) {
                if (family == 0 || (family == SocketEndpoint.AF_INET) == (i instanceof Inet4Address)) {
                    out.add(i);
                }
            }
            if (out.isEmpty()) {
                throw gaierror(-9, "Address family for hostname not supported");
            }
            return out.toArray(new InetAddress[0]);
        } catch (UnknownHostException e) {
            throw gaierror(-2, "Name or service not known");
        }
    }

    /** A socket address argument for {@code family}: (host, port) or (host, port, flowinfo, scope_id). */
    static InetSocketAddress address(int family, Object addr) {
        if (!(addr instanceof PyTuple t)) {
            throw Exceptions.typeError((family == SocketEndpoint.AF_INET6 ? "AF_INET6" : "AF_INET")
                + " address must be tuple, not " + Py.typeOf(addr).name());
        }
        int n = t.items.length;
        if (family == SocketEndpoint.AF_INET ? n != 2 : n < 2 || n > 4) {
            throw Exceptions.typeError(family == SocketEndpoint.AF_INET6
                ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                : "AF_INET address must be a pair (host, port)");
        }
        String host = text(t.items[0]);
        long port = (Long) Ops.index(t.items[1]);
        if (port < 0 || port > 65535) {
            throw Exceptions.error(Exceptions.OVERFLOW_ERROR, "port must be 0-65535.");
        }
        if (host.equals("<broadcast>")) {
            host = "255.255.255.255";
        } else if (host.isEmpty()) {
            host = family == SocketEndpoint.AF_INET6 ? "::" : "0.0.0.0";
        }
        return new InetSocketAddress(resolve(host, family)[0], (int) port);
    }

    /** A socket address as Python shows it. */
    static Object addressTuple(InetSocketAddress a) {
        InetAddress i = a.getAddress();
        if (i instanceof Inet6Address v6) {
            return PyTuple.of(PyStr.of(compressV6(v6.getAddress())), (long) a.getPort(), 0L, (long) Math.max(v6.getScopeId(), 0));
        }
        return PyTuple.of(PyStr.of(i.getHostAddress()), (long) a.getPort());
    }

    /** An IPv6 address in RFC 5952's shortest form, as inet_ntop writes it. */
    private static String compressV6(byte[] b) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 255) << 8) | (b[2 * i + 1] & 255);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestStart == 0 && bestLen == 5 && words[5] == 0xffff) {
            return "::ffff:" + (words[6] >> 8) + "." + (words[6] & 255) + "." + (words[7] >> 8) + "." + (words[7] & 255);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }

    private static byte[] ipv4(String s, String message) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw Exceptions.error(Exceptions.OS_ERROR, message);
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            try {
                int v = Integer.parseInt(parts[i]);
                if (v < 0 || v > 255 || parts[i].isEmpty() || parts[i].startsWith("+")) {
                    throw new NumberFormatException();
                }
                out[i] = (byte) v;
            } catch (NumberFormatException e) {
                throw Exceptions.error(Exceptions.OS_ERROR, message);
            }
        }
        return out;
    }

    /** A port from /etc/services, or null. */
    private static Integer service(String name, String proto) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/services"))) {
                String[] f = line.replaceAll("#.*", "").trim().split("\\s+");
                if (f.length >= 2 && f[1].contains("/")) {
                    String[] pp = f[1].split("/");
                    boolean named = f[0].equals(name);
                    for (int i = 2; i < f.length && !named; i++) {
                        named = f[i].equals(name);
                    }
                    if (named && (proto == null || pp[1].equals(proto))) {
                        return Integer.parseInt(pp[0]);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Object getaddrinfo(Object[] a) {
        int family = Ops.indexAsInt(a[2]);
        int type = Ops.indexAsInt(a[3]);
        int proto = Ops.indexAsInt(a[4]);
        int flags = Ops.indexAsInt(a[5]);
        int port;
        if (a[1] == Py.None) {
            port = 0;
        } else if (Ops.isInt(a[1])) {
            port = Ops.indexAsInt(a[1]);
        } else {
            String s = text(a[1]);
            try {
                port = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                Integer p = (flags & 1024) != 0 ? null : service(s, type == 2 ? "udp" : "tcp");
                if (p == null) {
                    throw gaierror(-8, "Servname not supported for ai_socktype");
                }
                port = p;
            }
        }
        if (family != 0 && family != SocketEndpoint.AF_INET && family != SocketEndpoint.AF_INET6) {
            throw gaierror(-6, "ai_family not supported");
        }
        List<InetAddress> addrs = new ArrayList<>();
        try {
            if (a[0] == Py.None) {
                boolean passive = (flags & 1) != 0;
                if (family != SocketEndpoint.AF_INET6) {
                    addrs.add(InetAddress.getByName(passive ? "0.0.0.0" : "127.0.0.1"));
                }
                if (family != SocketEndpoint.AF_INET) {
                    addrs.add(InetAddress.getByName(passive ? "::" : "::1"));
                }
            } else {
                for (InetAddress i : resolve(text(a[0]), family)) {
                    addrs.add(i);
                }
            }
        } catch (UnknownHostException e) {
            throw gaierror(-2, "Name or service not known");
        }
        int[] types = type == 0 ? new int[] {1, 2, 3} : new int[] {type};
        List<Object> out = new ArrayList<>();
        for (InetAddress i : addrs) {
            int af = i instanceof Inet4Address ? SocketEndpoint.AF_INET : SocketEndpoint.AF_INET6;
            for (int t : types) {
                int p = proto != 0 ? proto : t == 1 ? 6 : t == 2 ? 17 : 0;
                String canon = (flags & 2) != 0 ? i.getCanonicalHostName() : "";
                out.add(PyTuple.of((long) af, (long) t, (long) p, PyStr.of(canon),
                    addressTuple(new InetSocketAddress(i, port))));
            }
        }
        return new PyList(out.toArray());
    }

    // ---- the socket type ----

    private static PySocket sock(Object self) {
        return (PySocket) self;
    }

    private static void installType() {
        PyType t = SOCKET;
        MethodDescriptor.define(t, "__init__", "family=-1, type=-1, proto=-1, fileno=None", (self, a) -> {
            init(sock(self), Ops.indexAsInt(a[0]), Ops.indexAsInt(a[1]), Ops.indexAsInt(a[2]), a[3]);
            return Py.None;
        });
        MethodDescriptor.define(t, "__repr__", "", (self, a) -> {
            PySocket s = sock(self);
            return PyStr.of("<socket object, fd=" + s.fd + ", family=" + s.family + ", type=" + s.type
                + ", proto=" + s.proto + ">");
        });
        GetSetDescriptor.define(t, "family", self -> (long) sock(self).family);
        GetSetDescriptor.define(t, "type", self -> (long) sock(self).type);
        GetSetDescriptor.define(t, "proto", self -> (long) sock(self).proto);
        GetSetDescriptor.define(t, "timeout", self -> timeoutValue(sock(self)));
        MethodDescriptor.define(t, "fileno", "", (self, a) -> (long) sock(self).fd);
        MethodDescriptor.define(t, "close", "", (self, a) -> {
            PySocket s = sock(self);
            if (s.fd >= 0) {
                int fd = s.fd;
                s.fd = -1;
                OPEN.decrementAndGet();
                FileTable.current().close(fd);
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "detach", "", (self, a) -> {
            PySocket s = sock(self);
            long fd = s.fd;
            if (s.fd >= 0) {
                OPEN.decrementAndGet();
            }
            s.fd = -1;
            return fd;
        });
        MethodDescriptor.define(t, "gettimeout", "", (self, a) -> timeoutValue(sock(self)));
        MethodDescriptor.define(t, "settimeout", "value, /", (self, a) -> {
            sock(self).open().timeout = timeoutArg(a[0]);
            return Py.None;
        });
        MethodDescriptor.define(t, "setblocking", "flag, /", (self, a) -> {
            sock(self).open().timeout = Ops.isTrue(a[0]) ? -1 : 0;
            return Py.None;
        });
        MethodDescriptor.define(t, "getblocking", "", (self, a) -> Py.bool(sock(self).open().timeout != 0));
        MethodDescriptor.define(t, "bind", "address, /", (self, a) -> {
            PySocket s = sock(self);
            s.open().bind(address(s.family, a[0]));
            return Py.None;
        });
        MethodDescriptor.define(t, "listen", "backlog=128, /", (self, a) -> {
            sock(self).open().listen();
            return Py.None;
        });
        MethodDescriptor.define(t, "_accept", "", (self, a) -> {
            SocketEndpoint accepted = sock(self).open().accept();
            long fd = FileTable.current().addSocket(accepted);
            return PyTuple.of(fd, addressTuple(accepted.remoteAddress()));
        });
        MethodDescriptor.define(t, "connect", "address, /", (self, a) -> {
            PySocket s = sock(self);
            s.open().connect(address(s.family, a[0]), false);
            return Py.None;
        });
        MethodDescriptor.define(t, "connect_ex", "address, /", (self, a) -> {
            PySocket s = sock(self);
            return (long) s.open().connect(address(s.family, a[0]), true);
        });
        MethodDescriptor.define(t, "getsockname", "", (self, a) -> addressTuple(sock(self).open().localAddress()));
        MethodDescriptor.define(t, "getpeername", "", (self, a) -> addressTuple(sock(self).open().remoteAddress()));
        MethodDescriptor.define(t, "send", "data, flags=0, /", (self, a) -> {
            byte[] b = bytes(a[0]);
            return (long) sock(self).open().send(b, 0, b.length);
        });
        MethodDescriptor.define(t, "sendall", "data, flags=0, /", (self, a) -> {
            byte[] b = bytes(a[0]);
            SocketEndpoint e = sock(self).open();
            for (int off = 0; off < b.length; ) {
                off += e.send(b, off, b.length - off);
            }
            return Py.None;
        });
        MethodDescriptor.define(t, "sendto", "data, flags_or_address, address=?, /", (self, a) -> {
            PySocket s = sock(self);
            Object addr = a[2] == null ? a[1] : a[2];
            return (long) s.open().sendTo(bytes(a[0]), address(s.family, addr));
        });
        MethodDescriptor.define(t, "recv", "bufsize, flags=0, /", (self, a) -> {
            int n = Ops.indexAsInt(a[0]);
            if (n < 0) {
                throw Exceptions.valueError("negative buffersize in recv");
            }
            byte[] buf = new byte[n];
            int got = sock(self).open().recv(buf, 0, n);
            return new PyBytes(got == n ? buf : java.util.Arrays.copyOf(buf, got));
        });
        MethodDescriptor.define(t, "recv_into", "buffer, nbytes=0, flags=0", (self, a) -> {
            taipan.runtime.BufferProtocol.Buffer target = taipan.runtime.BufferProtocol.acquire(a[0]);
            if (target == null || target.readonly || !target.isCContiguous()) {
                if (target != null) {
                    target.release();
                }
                throw Exceptions.typeError("recv_into() argument 1 must be read-write bytes-like object, not "
                    + Py.typeOf(a[0]).name());
            }
            try {
                int n = Ops.indexAsInt(a[1]);
                if (n < 0) {
                    throw Exceptions.valueError("negative buffersize in recv_into");
                }
                if (n == 0 || n > target.length) {
                    n = target.length;
                }
                return (long) sock(self).open().recv(target.array, target.offset, n);
            } finally {
                target.release();
            }
        });
        MethodDescriptor.define(t, "recvfrom", "bufsize, flags=0, /", (self, a) -> {
            int n = Ops.indexAsInt(a[0]);
            byte[] buf = new byte[n];
            SocketEndpoint e = sock(self).open();
            InetSocketAddress from = e.recvFrom(buf, 0, n);
            int got = e.lastDatagramLength();
            return PyTuple.of(new PyBytes(java.util.Arrays.copyOf(buf, got)), addressTuple(from));
        });
        MethodDescriptor.define(t, "shutdown", "how, /", (self, a) -> {
            sock(self).open().shutdown(Ops.indexAsInt(a[0]));
            return Py.None;
        });
        MethodDescriptor.define(t, "setsockopt", "level, optname, value, optlen=?, /", (self, a) -> {
            int value = a[2] instanceof PyBytes b ? (b.bytes.length > 0 && b.bytes[0] != 0 ? 1 : 0) : Ops.indexAsInt(a[2]);
            sock(self).open().setOption(Ops.indexAsInt(a[0]), Ops.indexAsInt(a[1]), value);
            return Py.None;
        });
        MethodDescriptor.define(t, "getsockopt", "level, optname, buflen=?, /", (self, a) ->
            (long) sock(self).open().getOption(Ops.indexAsInt(a[0]), Ops.indexAsInt(a[1])));
    }

    private static Object timeoutValue(PySocket s) {
        double t = s.endpoint == null ? defaultTimeout : s.endpoint.timeout;
        return t < 0 ? Py.None : (Object) t;
    }

    private static void init(PySocket s, int family, int type, int proto, Object fileno) {
        FileTable files = FileTable.current();
        if (fileno != Py.None) {
            int fd = Ops.indexAsInt(fileno);
            if (fd < 0) {
                throw Exceptions.valueError("negative file descriptor");
            }
            SocketEndpoint e = files.socketOf(fd);
            if (e == null) {
                throw FileTable.error(88, null);
            }
            s.endpoint = e;
            s.fd = fd;
            s.family = family == -1 ? e.family : family;
            s.type = type == -1 ? e.type : type;
            s.proto = proto == -1 ? e.proto : proto;
            OPEN.incrementAndGet();
            return;
        }
        s.family = family == -1 ? SocketEndpoint.AF_INET : family;
        s.type = type == -1 ? SocketEndpoint.SOCK_STREAM : type & ~(2048 | 524288);
        s.proto = proto == -1 ? 0 : proto;
        if (s.family != SocketEndpoint.AF_INET && s.family != SocketEndpoint.AF_INET6) {
            throw FileTable.error(97, null);
        }
        if (s.type != SocketEndpoint.SOCK_STREAM && s.type != SocketEndpoint.SOCK_DGRAM) {
            throw FileTable.error(94, null);
        }
        double timeout = (type != -1 && (type & 2048) != 0) ? 0 : defaultTimeout;
        try {
            s.endpoint = new SocketEndpoint(s.family, s.type, s.proto, timeout);
        } catch (IOException e) {
            throw SocketEndpoint.error(e);
        }
        s.fd = files.addSocket(s.endpoint);
        OPEN.incrementAndGet();
    }
}
