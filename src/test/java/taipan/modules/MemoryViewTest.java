package taipan.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import taipan.runtime.BufferProtocol;
import taipan.runtime.Exceptions;
import taipan.runtime.Ops;
import taipan.runtime.PyByteArray;
import taipan.runtime.PyException;
import taipan.runtime.PyStr;
import taipan.runtime.TypeSetup;

/** memoryview's sharing of exports and the buffer protocol's export tracking, through Ops. */
class MemoryViewTest {
    @BeforeAll
    static void setup() {
        TypeSetup.installAll();
    }

    private static void append(PyByteArray b, long v) {
        Ops.call(Ops.getAttr(b, "append"), v);
    }

    private static Object view(Object o) {
        return Ops.call(MemoryView.TYPE, o);
    }

    @Test
    void writesThroughAViewReachTheBytearray() {
        PyByteArray b = new PyByteArray(new byte[] {1, 2, 3, 4});
        Object m = Ops.call(Ops.getAttr(view(b), "cast"), PyStr.of("H"));
        Ops.setItem(m, 1L, 0x0102L);
        assertArrayEquals(new byte[] {1, 2, 2, 1}, java.util.Arrays.copyOf(b.bytes, b.size));
    }

    @Test
    void aLiveViewBlocksResizingUntilReleased() {
        PyByteArray b = new PyByteArray(new byte[] {1, 2});
        Object m = view(b);
        Object part = Ops.getItem(m, new taipan.runtime.PySlice(1L, taipan.runtime.Py.None, taipan.runtime.Py.None));
        Ops.call(Ops.getAttr(m, "release"));
        PyException e = assertThrows(PyException.class, () -> append(b, 3));
        assertEquals(Exceptions.BUFFER_ERROR, e.value.type);
        Ops.call(Ops.getAttr(part, "release"));
        append(b, 3);
        assertEquals(3, b.size);
    }

    @Test
    void anUnreachableViewNoLongerBlocksResizing() {
        PyByteArray b = new PyByteArray(new byte[] {1, 2});
        view(b);
        append(b, 3);
        assertEquals(3, b.size);
    }

    @Test
    void nonContiguousViewsAreCopiedInOrderButRefusedAsSimpleBuffers() {
        Object m = view(new taipan.runtime.PyBytes(new byte[] {1, 2, 3, 4, 5}));
        Object everyOther = Ops.getItem(m, new taipan.runtime.PySlice(taipan.runtime.Py.None, taipan.runtime.Py.None, -2L));
        assertArrayEquals(new byte[] {5, 3, 1}, BufferProtocol.bytesOrNull(everyOther));
        assertEquals(null, BufferProtocol.contiguousOrNull(everyOther));
        PyException e = assertThrows(PyException.class, () -> BufferProtocol.simpleBytesOrNull(everyOther));
        assertEquals(Exceptions.BUFFER_ERROR, e.value.type);
        assertEquals("(3,)", Ops.reprString(Ops.getAttr(everyOther, "shape")));
    }
}
