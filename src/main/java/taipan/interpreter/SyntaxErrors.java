package taipan.interpreter;

import taipan.runtime.ExceptionMethods;
import taipan.runtime.Exceptions;
import taipan.runtime.Py;
import taipan.runtime.PyBaseException;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.PyTuple;
import taipan.runtime.PyType;
import taipan.source.PythonSyntaxError;

/** Turns the front end's {@link PythonSyntaxError} into the Python SyntaxError (or subclass) it stands for. */
final class SyntaxErrors {
    private SyntaxErrors() {}

    static PyException toPython(PythonSyntaxError e) {
        PyType type = switch (e.kind) {
            case SyntaxError -> Exceptions.SYNTAX_ERROR;
            case IndentationError -> Exceptions.INDENTATION_ERROR;
            case TabError -> Exceptions.TAB_ERROR;
        };
        Object filename = e.filename == null ? Py.None : PyStr.of(e.filename);
        Object lineno = num(e.lineno);
        Object offset = num(e.offset);
        Object text = e.text == null ? Py.None : PyStr.of(e.text);
        Object endLineno = num(e.endLineno);
        Object endOffset = num(e.endOffset);
        PyTuple details = PyTuple.of(filename, lineno, offset, text, endLineno, endOffset);
        PyBaseException exc = new PyBaseException(type, PyTuple.of(PyStr.of(e.msg), details));
        ExceptionMethods.setField(exc, "msg", PyStr.of(e.msg));
        ExceptionMethods.setField(exc, "filename", filename);
        ExceptionMethods.setField(exc, "lineno", lineno);
        ExceptionMethods.setField(exc, "offset", offset);
        ExceptionMethods.setField(exc, "text", text);
        ExceptionMethods.setField(exc, "end_lineno", endLineno);
        ExceptionMethods.setField(exc, "end_offset", endOffset);
        ExceptionMethods.setField(exc, "print_file_and_line", Py.None);
        return new PyException(exc);
    }

    private static Object num(int v) {
        return v == PythonSyntaxError.NONE ? Py.None : (Object) (long) v;
    }
}
