package taipan.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command tests use to start Taipan as a child process: this build's classes on a JVM like
 * the one running the tests, wrapped in a script so that programs starting {@code sys.executable}
 * (subprocess, multiprocessing) run this build too, even with an empty environment
 * ({@code bin/taipan} would rebuild the jar mid-test and needs PATH).
 */
final class ChildLauncher {
    private ChildLauncher() {}

    static final Path REPO = Path.of("").toAbsolutePath();

    private static Path script;

    /** The java command line that runs {@code taipan.launcher.Main} from target/classes. */
    static String command() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return String.join(" ", java, "-Xss16m", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-cp", REPO.resolve("target/classes").toString(), "taipan.launcher.Main");
    }

    /** An executable script running {@link #command()} with its arguments (made once, deleted at exit). */
    static synchronized Path script() throws IOException {
        if (script == null) {
            script = Files.createTempFile("taipan-", ".sh");
            Files.writeString(script, "#!/bin/sh\nexec " + command() + " \"$@\"\n");
            script.toFile().setExecutable(true);
            script.toFile().deleteOnExit();
        }
        return script;
    }
}
