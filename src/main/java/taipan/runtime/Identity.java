package taipan.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code id(x)}: a number unique among live objects, stable for an object's
 * lifetime. Handed out on first request from a counter (the JVM moves objects,
 * so there is no address to use) and remembered through weak references, so
 * asking costs nothing for objects nobody asks about.
 */
public final class Identity {
    private Identity() {}

    private static final Map<Integer, List<Entry>> IDS = new HashMap<>();
    private static final ReferenceQueue<Object> GONE = new ReferenceQueue<>();
    private static long next = 0x7f0000001000L;

    private static final class Entry extends WeakReference<Object> {
        final int hash;
        final long id;

        Entry(Object o, int hash, long id) {
            super(o, GONE);
            this.hash = hash;
            this.id = id;
        }
    }

    /** The id of {@code o}. */
    public static synchronized long id(Object o) {
        for (Object gone; (gone = GONE.poll()) != null; ) {
            Entry e = (Entry) gone;
            List<Entry> bucket = IDS.get(e.hash);
            if (bucket != null) {
                bucket.remove(e);
                if (bucket.isEmpty()) {
                    IDS.remove(e.hash);
                }
            }
        }
        int hash = System.identityHashCode(o);
        List<Entry> bucket = IDS.computeIfAbsent(hash, h -> new ArrayList<>(1));
        for (Entry e : bucket) {
            if (e.get() == o) {
                return e.id;
            }
        }
        long id = next;
        next += 16;
        bucket.add(new Entry(o, hash, id));
        return id;
    }
}
