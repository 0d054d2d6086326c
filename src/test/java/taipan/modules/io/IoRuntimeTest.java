package taipan.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taipan.launcher.Main;

/** The io module's ties to the runtime: files left unclosed are written out at exit; fds 0-2 are the runtime's streams. */
class IoRuntimeTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String input, String... args) {
        return Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void unclosedFilesAreFlushedWhenTheProgramEnds(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("t.txt");
        Path bin = dir.resolve("b.bin");
        String program = "open(" + quote(text) + ", 'w').write('text\\n' * 3)\n"
            + "f = open(" + quote(bin) + ", 'wb')\nf.write(b'bytes')\n";
        assertEquals(0, run("", "-c", program), err.toString(StandardCharsets.UTF_8));
        assertEquals("text\ntext\ntext\n", Files.readString(text));
        assertEquals("bytes", Files.readString(bin));
    }

    @Test
    void standardDescriptorsAreTheRuntimeStreams() {
        String program = "import os, io\n"
            + "print('printed')\n"
            + "os.write(1, b'raw out\\n')\n"
            + "io.FileIO(2, 'w', closefd=False).write(b'raw err\\n')\n"
            + "print(io.FileIO(0, closefd=False).read())\n";
        assertEquals(0, run("input bytes", "-c", program), err.toString(StandardCharsets.UTF_8));
        assertEquals("printed\nraw out\nb'input bytes'\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("raw err\n", err.toString(StandardCharsets.UTF_8));
    }

    private static String quote(Path p) {
        return "'" + p.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
