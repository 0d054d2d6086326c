package taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import taipan.bytecode.CodeObject;
import taipan.bytecode.Disassembler;
import taipan.source.SourceFile;

/**
 * Golden disassemblies: each {@code tests/dis/NAME.py} compiles (its code objects
 * passing {@link CodeChecks}) to exactly the listing in {@code NAME.dis}. Run with
 * {@code -Ddis.update=true} to rewrite the .dis files after an intended change.
 */
class DisGoldenTest {
    static final Path DIR = Path.of("tests", "dis");

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        boolean update = Boolean.getBoolean("dis.update");
        List<Path> sources;
        try (Stream<Path> s = Files.list(DIR)) {
            sources = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return sources.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(py);
            String name = py.getFileName().toString();
            CodeObject co = Compiler.compile(SourceFile.fromBytes(bytes, name), name, Compiler.Mode.EXEC);
            CodeChecks.check(co);
            String listing = Disassembler.disassemble(co);
            Path golden = DIR.resolve(name.replaceAll("\\.py$", ".dis"));
            if (update || !Files.exists(golden)) {
                Files.writeString(golden, listing, StandardCharsets.UTF_8);
            } else {
                assertEquals(Files.readString(golden, StandardCharsets.UTF_8), listing, name);
            }
        }));
    }
}
