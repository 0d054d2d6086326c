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
            PyStr.of(StrFormatter.format(((PyStr) self).value(), new Object[0], a[0])));
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
    }
}
