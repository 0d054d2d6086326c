package taipan.runtime;

/**
 * Fills the namespaces of the built-in types, once, before any Python code
 * runs. Each built-in type's methods are defined by one class; this is the
 * list of them.
 */
public final class TypeSetup {
    private TypeSetup() {}

    private static boolean installed;

    /** Installs every built-in type's methods (idempotent). */
    public static synchronized void installAll() {
        if (installed) {
            return;
        }
        installed = true;
        ObjectMethods.install();
        SlotDescriptor.install();
        UnionType.install();
        MappingProxy.install();
        SimpleNamespace.install();
        SliceMethods.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        SetMethods.install();
        RangeMethods.install();
        Iterators.install();
        StrMethods.install();
        IntMethods.install();
        FloatMethods.install();
        ComplexMethods.install();
        ExceptionMethods.install();
        DescriptorTypes.install();
        FormatMethods.install();
        BytesMethods.install();
        ByteArrayMethods.install();
    }
}
