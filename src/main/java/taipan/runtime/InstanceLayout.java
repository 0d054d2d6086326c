package taipan.runtime;

/**
 * The {@code __dict__} and {@code __weakref__} attributes a new class adds for its
 * instances, with CPython 3.11's rules: a class gets a {@code __dict__} (and a
 * {@code __weakref__}) getset descriptor in its own namespace when it has no
 * {@code __slots__} (or names them there) and no base already provides one;
 * {@code __weakref__} is never added to the variable-size layouts (int, tuple,
 * bytes). Also answers whether instances of a class can be weakly referenced.
 */
public final class InstanceLayout {
    private InstanceLayout() {
    }

    /**
     * Adds the descriptors to the new class {@code t}. {@code slotted} is whether the
     * class has {@code __slots__}; {@code wantsDict}/{@code wantsWeakref} whether they name
     * {@code __dict__}/{@code __weakref__}. A name the class body defines itself is left alone.
     */
    static void addDescriptors(PyType t, PyType[] bases, boolean slotted, boolean wantsDict, boolean wantsWeakref) {
        boolean inheritsDict = false;
        boolean inheritsWeakref = false;
        for (PyType b : bases) {
            inheritsDict |= b.instancesHaveDict || b.lookup("__dict__") != null;
            inheritsWeakref |= hasWeakrefSlot(b) || knownNativeWeakrefs(TypeCalls.builtinLayout(new PyType[] {b}));
        }
        boolean variableSize = isVariableSize(TypeCalls.builtinLayout(bases));
        if (wantsDict && inheritsDict) {
            throw Exceptions.typeError("__dict__ slot disallowed: we already got one");
        }
        if (wantsWeakref && (inheritsWeakref || variableSize)) {
            throw Exceptions.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        }
        if (!inheritsDict && (!slotted || wantsDict) && t.ownMember("__dict__") == null) {
            t.define("__dict__", new GetSetDescriptor(t, "__dict__", InstanceLayout::getDict, InstanceLayout::setDict));
        }
        if (!inheritsWeakref && !variableSize && (!slotted || wantsWeakref) && t.ownMember("__weakref__") == null) {
            t.define("__weakref__", new GetSetDescriptor(t, "__weakref__", InstanceLayout::firstWeakref, null));
        }
    }

    /**
     * Whether instances of {@code t} (a class, not a built-in type) accept weak references: a
     * {@code __weakref__} slot, or a built-in layout that may take them natively.
     */
    public static boolean supportsWeakrefs(PyType t) {
        PyType layout = TypeCalls.builtinLayout(new PyType[] {t});
        return hasWeakrefSlot(t) || knownNativeWeakrefs(layout)
            || !layout.moduleName().equals("builtins") && layout != SimpleNamespace.TYPE;
    }

    private static boolean hasWeakrefSlot(PyType t) {
        return t.lookup("__weakref__") instanceof GetSetDescriptor;
    }

    /** Built-in types known to take weak references without a {@code __weakref__} attribute. */
    private static boolean knownNativeWeakrefs(PyType layout) {
        return layout == BuiltinTypes.TYPE || layout == BuiltinTypes.SET || layout == BuiltinTypes.FROZENSET
            || layout == BuiltinTypes.MODULE;
    }

    private static boolean isVariableSize(PyType layout) {
        return layout.isSubtypeOf(BuiltinTypes.INT) || layout.isSubtypeOf(BuiltinTypes.TUPLE)
            || layout.isSubtypeOf(BuiltinTypes.BYTES);
    }

    /** The {@code __dict__} descriptor of a built-in base that keeps its own (type, module), or null. */
    private static Descriptor builtinDictDescriptor(Object self) {
        PyType layout = TypeCalls.builtinLayout(new PyType[] {Py.typeOf(self)});
        return layout.lookup("__dict__") instanceof GetSetDescriptor g ? g : null;
    }

    private static Object getDict(Object self) {
        Descriptor builtin = builtinDictDescriptor(self);
        if (builtin != null) {
            return builtin.get(self, Py.typeOf(self));
        }
        return Attributes.dictOf((PyObject) self);
    }

    private static void setDict(Object self, Object value) {
        Descriptor builtin = builtinDictDescriptor(self);
        if (builtin != null) {
            builtin.set(self, value);
            return;
        }
        if (value == null) {
            Attributes.setDict((PyObject) self, new PyDict());
            return;
        }
        if (!(value instanceof PyDict d)) {
            throw Exceptions.typeError("__dict__ must be set to a dictionary, not a '" + Py.typeOf(value).name() + "'");
        }
        Attributes.setDict((PyObject) self, d);
    }

    /** {@code obj.__weakref__}: the object's oldest live weak reference, or None. */
    private static Object firstWeakref(Object self) {
        Object refs = Ops.call(Ops.getAttr(Pickling.importModule("_weakref"), "getweakrefs"), self);
        return refs instanceof PyList l && l.size > 0 ? l.get(0) : Py.None;
    }
}
