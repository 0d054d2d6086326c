package taipan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the pure-Python standard library of an installed CPython 3.11, which
 * Taipan loads unmodified. In order: the {@code --stdlib DIR} option, the
 * {@code TAIPAN_STDLIB} environment variable, the Lib of the first
 * {@code python3.11} or {@code python3} on PATH that is a 3.11 (following
 * symlinks; a pyenv shim stands for pyenv's installed 3.11 versions), and
 * last Debian's {@code /usr/lib/python3.11}. A directory counts when it holds
 * {@code __future__.py}.
 */
final class StandardLibrary {
    private StandardLibrary() {}

    private static final String MARKER = "__future__.py";

    /** The one line printed when no library is found. */
    static final String MISSING_MESSAGE = "taipan: no CPython 3.11 standard library found; install one "
        + "(Debian: apt-get install libpython3.11-stdlib) or name its Lib directory with --stdlib DIR "
        + "or TAIPAN_STDLIB";

    /**
     * Taipan's own Python modules ({@code lib/python} of the checkout or installation), which
     * come before CPython's Lib on {@code sys.path}: modules where Taipan must differ, each
     * saying why in its header. Found through {@code TAIPAN_HOME}, else next to the classes.
     */
    static String taipanLib() {
        String home = System.getenv("TAIPAN_HOME");
        if (home != null) {
            Path lib = Path.of(home, "lib", "python");
            if (Files.isDirectory(lib)) {
                return lib.toString();
            }
        }
        try {
            Path code = Path.of(StandardLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes or target/taipan.jar, inside the checkout
            Path lib = code.getParent().getParent().resolve("lib").resolve("python");
            return Files.isDirectory(lib) ? lib.toString() : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The directory, or null when no CPython 3.11 library is installed. */
    static String find(String option) {
        if (option != null && !option.isEmpty()) {
            return option;
        }
        String env = System.getenv("TAIPAN_STDLIB");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        String pathVar = System.getenv("PATH");
        if (pathVar != null) {
            for (String dir : pathVar.split(":")) {
                for (String name : List.of("python3.11", "python3")) {
                    Path lib = libOfExecutable(Path.of(dir.isEmpty() ? "." : dir, name));
                    if (lib != null) {
                        return lib.toString();
                    }
                }
            }
        }
        Path debian = Path.of("/usr/lib/python3.11");
        return isLibrary(debian) ? debian.toString() : null;
    }

    private static Path libOfExecutable(Path exe) {
        if (!Files.isExecutable(exe)) {
            return null;
        }
        if (exe.getParent() != null && exe.getParent().endsWith(Path.of(".pyenv", "shims"))) {
            return pyenvLibrary(exe.getParent().getParent().resolve("versions"));
        }
        try {
            Path lib = exe.toRealPath().getParent().getParent().resolve("lib/python3.11");
            return isLibrary(lib) ? lib : null;
        } catch (IOException e) {
            return null; // a broken link: keep looking
        }
    }

    /** The newest pyenv-installed 3.11's Lib, or null. */
    private static Path pyenvLibrary(Path versions) {
        if (!Files.isDirectory(versions)) {
            return null;
        }
        try (var entries = Files.list(versions)) {
            List<Path> candidates = entries
                .filter(v -> v.getFileName().toString().matches("3\\.11\\.\\d+"))
                .sorted((a, b) -> Integer.compare(patch(b), patch(a)))
                .toList();
            for (Path v : candidates) {
                Path lib = v.resolve("lib/python3.11");
                if (isLibrary(lib)) {
                    return lib;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static int patch(Path version) {
        String name = version.getFileName().toString();
        return Integer.parseInt(name.substring(name.lastIndexOf('.') + 1));
    }

    private static boolean isLibrary(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER));
    }
}
