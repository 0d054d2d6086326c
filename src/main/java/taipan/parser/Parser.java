package taipan.parser;

import taipan.ast.Mod;
import taipan.source.PythonSyntaxError;

/** Placeholder while the parser is being written; replaced by the recursive-descent parser. */
public final class Parser {
    private Parser() {}

    /** Parses a module the way CPython's {@code ast.parse(source_bytes, filename)} does. */
    public static Mod.Module parseModule(byte[] source, String filename) throws PythonSyntaxError {
        throw new UnsupportedOperationException("parser not written yet");
    }
}
