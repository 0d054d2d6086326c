package taipan.runtime;

/**
 * An object, other than bytes and bytearray, that exports its contents as a buffer of bytes
 * (CPython's buffer protocol, as far as the built-in constructors need it): bytes(x) and
 * bytearray(x) copy {@link #exportBytes} instead of iterating over x.
 */
public interface BufferExporter {
    /** A copy of the exported bytes. */
    byte[] exportBytes();
}
