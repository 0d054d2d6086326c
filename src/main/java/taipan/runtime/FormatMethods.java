package taipan.runtime;

/**
 * The formatting methods of str, bytes and bytearray: {@code str.format},
 * {@code str.format_map}, {@code str.__format__} and the {@code %} operator
 * ({@code __mod__}) of all three; the engines are {@link StrFormatter},
 * {@link FormatSpec} and {@link PercentFormat}.
 */
public final class FormatMethods {
    private FormatMethods() {}

    static void install() {
        PyType str = BuiltinTypes.STR;
        MethodDescriptor.define(str, "format", "*args, **kwargs", (self, a) ->
            PyStr.of(StrFormatter.format(((PyStr) self).value(), ((PyTuple) a[0]).items, a[1])));
        MethodDescriptor.define(str, "format_map", "mapping, /", (self, a) ->
            PyStr.of(StrFormatter.format(((PyStr) self).value(), null, a[0])));
        MethodDescriptor.define(str, "__format__", "format_spec, /", (self, a) -> {
            String spec = Formatting.specArgument(a[0]);
            if (spec.isEmpty()) {
                return Ops.str(self);
            }
            String name = Py.typeOf(self).name();
            return PyStr.of(FormatSpec.formatStr(((PyStr) self).value(), FormatSpec.parse(spec, name, 's'), name));
        });
        MethodDescriptor.define(str, "__mod__", "value, /", (self, a) ->
            PyStr.of(PercentFormat.formatStr(((PyStr) self).value(), a[0])));
        MethodDescriptor.define(BuiltinTypes.BYTES, "__mod__", "value, /", (self, a) ->
            new PyBytes(PercentFormat.formatBytes(((PyBytes) self).bytes, a[0])));
        MethodDescriptor.define(BuiltinTypes.BYTEARRAY, "__mod__", "value, /", (self, a) -> {
            PyByteArray b = (PyByteArray) self;
            return new PyByteArray(PercentFormat.formatBytes(java.util.Arrays.copyOf(b.bytes, b.size), a[0]));
        });
        // x.__rmod__(fmt) is fmt % x when fmt is of the same kind, else NotImplemented
        MethodDescriptor.define(str, "__rmod__", "value, /", (self, a) -> a[0] instanceof PyStr f
            ? PyStr.of(PercentFormat.formatStr(f.value(), self)) : Py.NotImplemented);
        MethodDescriptor.define(BuiltinTypes.BYTES, "__rmod__", "value, /", (self, a) -> a[0] instanceof PyBytes f
            ? new PyBytes(PercentFormat.formatBytes(f.bytes, self)) : Py.NotImplemented);
        MethodDescriptor.define(BuiltinTypes.BYTEARRAY, "__rmod__", "value, /", (self, a) -> a[0] instanceof PyByteArray f
            ? new PyByteArray(PercentFormat.formatBytes(java.util.Arrays.copyOf(f.bytes, f.size), self))
            : Py.NotImplemented);
    }
}
