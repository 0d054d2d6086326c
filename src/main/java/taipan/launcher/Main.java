package taipan.launcher;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The command line of {@code bin/taipan}: parses CPython-style options and
 * dispatches to the front-end tools. Later issues add running programs.
 */
public final class Main {
    static final String VERSION = "Python 3.11.7 (Taipan 0.1.0)";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs one command line in this JVM with the given standard streams and
     * returns the exit code; never calls {@code System.exit}. Embedders and the
     * conformance tests use this entry point.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("taipan: running programs is not implemented yet; see --help");
            return 2;
        }
        switch (args[0]) {
            case "--version", "-V" -> {
                out.println(VERSION);
                return 0;
            }
            case "-h", "--help" -> {
                out.print(usage());
                return 0;
            }
            case "--dump-ast" -> {
                return AstTools.dumpAst(java.util.Arrays.copyOfRange(args, 1, args.length), out);
            }
            case "--dis" -> {
                return taipan.bytecode.Disassembler.disFiles(java.util.Arrays.copyOfRange(args, 1, args.length), out);
            }
            case "--parse-only" -> {
                return AstTools.parseOnly(java.util.Arrays.copyOfRange(args, 1, args.length), out);
            }
            default -> {
                err.println("unknown option " + args[0]);
                err.print(usage());
                return 2;
            }
        }
    }

    static String usage() {
        return """
            usage: taipan [option] ...
            Options:
              -h, --help           print this help message and exit
              -V, --version        print the Python version number and exit
              --dump-ast FILE...   print each file's syntax tree as CPython's
                                   ast.dump(ast.parse(...), include_attributes=True)
              --parse-only FILE... parse each file, print one summary line
              --dis FILE...        compile each file, print its bytecode listing
            """;
    }
}
