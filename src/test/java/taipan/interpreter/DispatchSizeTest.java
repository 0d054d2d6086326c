package taipan.interpreter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile methods over 8000 bytes of bytecode
 * (HugeMethodLimit), and an interpreter loop left in HotSpot's own interpreter
 * runs several times slower. The dispatch method must stay well below.
 */
class DispatchSizeTest {
    static final int LIMIT = 7000;

    @Test
    void theDispatchLoopStaysCompilableByHotSpot() throws IOException {
        byte[] bytes;
        try (InputStream in = Interpreter.class.getResourceAsStream("Interpreter.class")) {
            bytes = in.readAllBytes();
        }
        ClassModel model = ClassFile.of().parse(bytes);
        boolean found = false;
        for (MethodModel m : model.methods()) {
            int size = m.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
            assertTrue(size < 8000, "every Interpreter method must be below HotSpot's 8000-byte limit: "
                + m.methodName().stringValue() + " has " + size);
            if (m.methodName().equalsString("run")) {
                found = true;
                assertTrue(size < LIMIT, "Interpreter.run has " + size + " bytes of bytecode (limit " + LIMIT + ")");
            }
        }
        assertTrue(found, "Interpreter.run not found");
    }
}
