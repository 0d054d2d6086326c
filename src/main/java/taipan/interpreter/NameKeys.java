package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.runtime.PyStr;

/**
 * The str keys of a code object's names, made once per code object, so name
 * lookups in dicts reuse one key with its cached hash instead of allocating.
 */
final class NameKeys {
    private NameKeys() {}

    static PyStr key(CodeObject code, int nameIndex) {
        PyStr[] keys = code.nameKeys;
        if (keys == null) {
            keys = new PyStr[code.names.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = PyStr.of(code.names[i]);
            }
            code.nameKeys = keys;
        }
        return keys[nameIndex];
    }
}
