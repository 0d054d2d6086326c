package taipan.runtime;

/** A Python complex number; immutable. */
public final class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        super(BuiltinTypes.COMPLEX);
        this.real = real;
        this.imag = imag;
    }

    public PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }
}
