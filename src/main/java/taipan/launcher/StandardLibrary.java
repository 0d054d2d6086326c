package taipan.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the pure-Python standard library of an installed CPython 3.11, which
 * Taipan loads unmodified: {@code TAIPAN_STDLIB} when set, else Debian's
 * {@code /usr/lib/python3.11}, else the Lib of a {@code python3.11} found on
 * PATH (following symlinks and pyenv's version directories).
 */
final class StandardLibrary {
    private StandardLibrary() {}

    private static final String MARKER = "__future__.py";

    /** The directory, or null when no CPython 3.11 library is installed. */
    static String find() {
        String env = System.getenv("TAIPAN_STDLIB");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        Path debian = Path.of("/usr/lib/python3.11");
        if (Files.isRegularFile(debian.resolve(MARKER))) {
            return debian.toString();
        }
        String pathVar = System.getenv("PATH");
        if (pathVar != null) {
            for (String dir : pathVar.split(":")) {
                Path exe = Path.of(dir.isEmpty() ? "." : dir, "python3.11");
                if (Files.isExecutable(exe)) {
                    try {
                        Path real = exe.toRealPath();
                        Path lib = real.getParent().getParent().resolve("lib/python3.11");
                        if (Files.isRegularFile(lib.resolve(MARKER))) {
                            return lib.toString();
                        }
                    } catch (java.io.IOException ignored) {
                        // a broken link: keep looking
                    }
                }
            }
        }
        Path pyenv = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        if (Files.isDirectory(pyenv)) {
            try (var versions = Files.list(pyenv)) {
                for (Path v : versions.sorted().toList()) {
                    Path lib = v.resolve("lib/python3.11");
                    if (v.getFileName().toString().startsWith("3.11") && Files.isRegularFile(lib.resolve(MARKER))) {
                        return lib.toString();
                    }
                }
            } catch (java.io.IOException ignored) {
                // no pyenv
            }
        }
        return null;
    }
}
