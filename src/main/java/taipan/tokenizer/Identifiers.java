package taipan.tokenizer;

import taipan.unicode.Unicode14;

/**
 * Character classes the tokenizer needs, as CPython 3.11 defines them:
 * XID_Start / XID_Continue (PEP 3131 identifiers), masked to Unicode 14 by {@link Unicode14}.
 * Built on the JDK's Unicode tables (ID_Start/ID_Continue minus the few
 * characters whose NFKC form is not an identifier, which XID excludes, and
 * minus what Unicode 15.1 added: U+30FB, U+FF65; U+2E2F is Pattern_Syntax).
 */
public final class Identifiers {
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

    public static boolean isXidStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp) && !Unicode14.isUnassigned(cp) && !notXid(cp) && !xidContinueOnlyStart(cp) && cp != 0x2E2F;
    }

    public static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Unicode14.isUnassigned(cp) && !Character.isIdentifierIgnorable(cp) && !notXid(cp)
                && cp != 0x2E2F && cp != 0x30FB && cp != 0xFF65;
    }
}
