package taipan.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import taipan.ast.AstDump;
import taipan.ast.Mod;
import taipan.parser.Parser;
import taipan.parser.ParserStackOverflow;
import taipan.source.PythonSyntaxError;

/**
 * The front-end commands of the launcher: {@code --dump-ast} prints, per file,
 * "=== FILE" and the line CPython 3.11 prints for
 * {@code ast.dump(ast.parse(open(FILE,'rb').read(), FILE), include_attributes=True)}
 * (or "Type: message" when CPython would raise); {@code --parse-only} parses
 * and prints one summary line, for timing the parser.
 */
final class AstTools {
    private AstTools() {}

    static int dumpAst(String[] files, PrintStream out) {
        int status = 0;
        StringBuilder sb = new StringBuilder();
        for (String file : files) {
            sb.setLength(0);
            sb.append("=== ").append(file).append('\n');
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(Path.of(file));
            } catch (IOException | RuntimeException e) {
                sb.append("error: cannot read ").append(file).append(": ").append(describe(e)).append('\n');
                out.print(sb);
                status = 1;
                continue;
            }
            try {
                Mod.Module module = Parser.parseModule(bytes, file);
                if (AstDump.depth(module) > AstDump.MAX_CONSTRUCTION_DEPTH) {
                    sb.append("RecursionError: maximum recursion depth exceeded during ast construction");
                } else {
                    sb.append(AstDump.dump(module));
                }
            } catch (PythonSyntaxError e) {
                sb.append(e.pythonLine());
            } catch (ParserStackOverflow e) {
                sb.append("MemoryError: ");
            }
            sb.append('\n');
            out.print(sb);
        }
        out.flush();
        return status;
    }

    static int parseOnly(String[] files, PrintStream out) {
        int parsed = 0, errors = 0, unreadable = 0;
        long start = System.nanoTime();
        for (String file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(Path.of(file));
            } catch (IOException | RuntimeException e) {
                unreadable++;
                continue;
            }
            try {
                Parser.parseModule(bytes, file);
                parsed++;
            } catch (PythonSyntaxError | ParserStackOverflow e) {
                errors++;
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.println(files.length + " files: " + parsed + " parsed, " + errors + " syntax errors, "
            + unreadable + " unreadable, " + ms + " ms");
        return 0;
    }

    private static String describe(Exception e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
            : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
