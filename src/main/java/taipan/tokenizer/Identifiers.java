package taipan.tokenizer;

/**
 * Character classes the tokenizer needs, as CPython 3.11 defines them:
 * XID_Start / XID_Continue (PEP 3131 identifiers) and str.isprintable().
 * Built on the JDK's Unicode tables (ID_Start/ID_Continue minus the few
 * characters whose NFKC form is not an identifier, which XID excludes).
 */
final class Identifiers {
    private Identifiers() {}

    /** Characters in ID_Start/ID_Continue but not in XID_Start/XID_Continue. */
    private static boolean notXid(int cp) {
        return switch (cp) {
            case 0x037A, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB,
                 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E -> true;
            default -> false;
        };
    }

    /** Characters in ID_Start but only in XID_Continue. */
    private static boolean xidContinueOnlyStart(int cp) {
        return cp == 0x0E33 || cp == 0x0EB3 || cp == 0xFF9E || cp == 0xFF9F;
    }

    static boolean isXidStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp) && !notXid(cp) && !xidContinueOnlyStart(cp);
    }

    static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !notXid(cp);
    }

    /** Python's str.isprintable() for one character. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
