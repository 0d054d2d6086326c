package taipan.interpreter;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import taipan.runtime.PyModule;

/**
 * The modules written in Java (what CPython writes in C), by import name.
 * Each is made fresh for every runtime on its first import. A name listed here
 * wins over a source file of the same name on {@code sys.path}, as CPython's
 * built-in modules do.
 */
public final class JavaModules {
    private JavaModules() {}

    private static final Map<String, Supplier<PyModule>> FACTORIES = new TreeMap<>();

    static {
        register("_thread", taipan.modules.ThreadModule::create);
        register("_weakref", taipan.modules.WeakrefModule::create);
        register("_collections", taipan.modules.CollectionsModule::create);
        register("_string", taipan.modules.FormatterModule::create);
        register("gc", taipan.modules.GcModule::create);
        register("errno", taipan.modules.ErrnoModule::create);
        register("itertools", taipan.modules.ItertoolsModule::create);
        register("cmath", taipan.modules.CmathModule::create);
        register("math", taipan.modules.MathModule::create);
        register("time", taipan.modules.TimeModule::create);
        register("posix", taipan.modules.PosixModule::create);
        register("atexit", taipan.modules.AtexitModule::create);
        register("unicodedata", taipan.modules.UnicodedataModule::create);
        register("_sre", taipan.modules.SreModule::create);
        register("_codecs", taipan.modules.CodecsModule::create);
        register("_posixsubprocess", taipan.modules.PosixSubprocessModule::create);
        register("select", taipan.modules.SelectModule::create);
        register("_socket", taipan.modules.SocketModule::create);
        register("_imp", ImpModule::create);
        register("_testcapi", taipan.modules.TestCapiModule::create);
        register("_testinternalcapi", TestInternalCapiModule::create);
        register("marshal", taipan.modules.MarshalModule::create);
        register("_warnings", taipan.modules.WarningsModule::create);
        register("_ast", taipan.modules.ast.AstModule::create);
        register("_struct", taipan.modules.StructModule::create);
        register("binascii", taipan.modules.BinasciiModule::create);
        register("_signal", taipan.modules.SignalModule::create);
        register("_contextvars", taipan.modules.ContextVarsModule::create);
        register("_json", taipan.modules.JsonModule::create);
        register("_random", taipan.modules.RandomModule::create);
        register("_md5", taipan.modules.HashModules::createMd5);
        register("_sha1", taipan.modules.HashModules::createSha1);
        register("_sha256", taipan.modules.HashModules::createSha256);
        register("_sha512", taipan.modules.HashModules::createSha512);
        register("_sha3", taipan.modules.HashModules::createSha3);
        register("_blake2", taipan.modules.HashModules::createBlake2);
        register("_bisect", taipan.modules.BisectModule::create);
        register("_abc", taipan.modules.AbcModule::create);
        register("_heapq", taipan.modules.HeapqModule::create);
        register("_io", taipan.modules.io.IoModule::create);
        register("zlib", taipan.modules.ZlibModule::create);
        register("array", taipan.modules.ArrayModule::create);
        register("_csv", taipan.modules.CsvModule::create);
        register("_operator", taipan.modules.OperatorModule::create);
        register("_functools", taipan.modules.FunctoolsModule::create);
    }

    private static void register(String name, Supplier<PyModule> factory) {
        FACTORIES.put(name, factory);
    }

    /** A new instance of the Java module {@code name}, or null when there is none. */
    static PyModule create(String name) {
        Supplier<PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.get();
    }

    /** Whether {@code name} is a module written in Java. */
    static boolean isJavaModule(String name) {
        return FACTORIES.containsKey(name);
    }

    /** The names, for {@code sys.builtin_module_names}. */
    static String[] names() {
        return FACTORIES.keySet().toArray(new String[0]);
    }
}
