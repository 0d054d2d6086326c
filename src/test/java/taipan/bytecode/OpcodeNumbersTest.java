package taipan.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** OpcodeNumbers is generated from Opcode: every opcode has its constant, with its ordinal, and nothing else. */
class OpcodeNumbersTest {
    @Test
    void everyConstantIsItsOpcodesOrdinal() throws Exception {
        int constants = 0;
        for (Field f : OpcodeNumbers.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                assertEquals(Opcode.valueOf(f.getName()).ordinal(), f.getInt(null), f.getName());
                constants++;
            }
        }
        assertEquals(Opcode.values().length, constants, "run tools/gen_opcode_numbers.py");
    }
}
