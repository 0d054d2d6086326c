package taipan.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of {@code bin/taipan}: CPython's options and program forms
 * ({@code script.py args}, {@code -c CODE}, {@code -m MODULE}, {@code -} or a
 * script on stdin), plus Taipan's tools ({@code --dump-ast}, {@code --parse-only},
 * {@code --dis}). Programs run through {@link ProgramRunner}.
 */
public final class Main {
    static final String VERSION = "Python 3.11.7 (Taipan 0.1.0)";

    private Main() {}

    public static void main(String[] args) {
        // stdout is block-buffered (flushed at exit, and per line on a terminal), as CPython's is
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false);
        int status = run(args, System.in, out, System.err);
        out.flush();
        System.exit(status);
    }

    /**
     * Runs one command line in this JVM with the given standard streams and
     * returns the exit code; never calls {@code System.exit}. Embedders and the
     * conformance tests use this entry point.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        ProgramRunner.Options options = new ProgramRunner.Options();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            if (a.length() > 2 && (a.startsWith("-W") || a.startsWith("-X")) && !a.startsWith("--")) {
                // an option's argument may be attached, as in -Wd or -Xutf8
                (a.charAt(1) == 'W' ? options.warnoptions : options.xoptions).add(a.substring(2));
                i++;
                continue;
            }
            switch (a) {
                case "--version", "-V" -> {
                    out.println(VERSION);
                    return 0;
                }
                case "-h", "--help", "-?" -> {
                    out.print(usage());
                    return 0;
                }
                case "--dump-ast" -> {
                    return AstTools.dumpAst(Arrays.copyOfRange(args, i + 1, args.length), out);
                }
                case "--dis" -> {
                    return taipan.bytecode.Disassembler.disFiles(Arrays.copyOfRange(args, i + 1, args.length), out);
                }
                case "--parse-only" -> {
                    return AstTools.parseOnly(Arrays.copyOfRange(args, i + 1, args.length), out);
                }
                case "-c" -> {
                    if (i + 1 >= args.length) {
                        return usageError(err, "Argument expected for the -c option");
                    }
                    options.command = args[i + 1];
                    options.argv = rest(args, i + 2, "-c");
                    return ProgramRunner.run(options, in, out, err);
                }
                case "-m" -> {
                    if (i + 1 >= args.length) {
                        return usageError(err, "Argument expected for the -m option");
                    }
                    options.module = args[i + 1];
                    options.argv = rest(args, i + 2, args[i + 1]);
                    return ProgramRunner.run(options, in, out, err);
                }
                case "-u" -> options.unbuffered = true;
                case "--stdlib" -> {
                    if (i + 1 >= args.length) {
                        return usageError(err, "Argument expected for the --stdlib option");
                    }
                    options.stdlib = args[++i];
                }
                case "-X" -> {
                    if (i + 1 >= args.length) {
                        return usageError(err, "Argument expected for the -X option");
                    }
                    options.xoptions.add(args[++i]);
                }
                case "-W" -> {
                    if (i + 1 >= args.length) {
                        return usageError(err, "Argument expected for the -W option");
                    }
                    options.warnoptions.add(args[++i]);
                }
                case "-B" -> options.dontWriteBytecode = true;
                case "-E", "-s", "-S", "-I", "-O", "-OO", "-q", "-b", "-bb", "-d", "-R", "-P" -> { }
                case "-i" -> {
                    err.println("taipan: the interactive prompt (-i) is not supported yet");
                    return 2;
                }
                default -> {
                    return usageError(err, "unknown option " + a);
                }
            }
            i++;
        }
        if (i < args.length && !args[i].equals("-")) {
            options.script = args[i];
        }
        options.argv = i < args.length ? Arrays.copyOfRange(args, i, args.length) : new String[] {""};
        return ProgramRunner.run(options, in, out, err);
    }

    private static String[] rest(String[] args, int from, String first) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(Arrays.asList(args).subList(Math.min(from, args.length), args.length));
        return out.toArray(new String[0]);
    }

    private static int usageError(PrintStream err, String message) {
        err.println(message);
        err.println("usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        err.println("Try `taipan -h' for more information.");
        return 2;
    }

    static String usage() {
        return """
            usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...
            Options:
              -c cmd               program passed in as string (terminates option list)
              -m mod               run library module as a script (terminates option list)
              -u                   unbuffered stdout and stderr
              -X debug-java        print Java stack traces of internal errors
              --stdlib DIR         the Lib directory of CPython 3.11 to load the
                                   standard library from (default: TAIPAN_STDLIB,
                                   else found from python3.11/python3 on PATH,
                                   else /usr/lib/python3.11)
              -W arg               warning control (sys.warnoptions)
              -B -E -s -S -I -O -q -b -d -R -P
                                   accepted for compatibility with CPython; no effect
              -h, --help           print this help message and exit
              -V, --version        print the Python version number and exit
              file                 program read from script file
              -                    program read from stdin (default)
              arg ...              arguments passed to program in sys.argv[1:]
            Tools:
              --dump-ast FILE...   print each file's syntax tree as CPython's
                                   ast.dump(ast.parse(...), include_attributes=True)
              --parse-only FILE... parse each file, print one summary line
              --dis FILE...        print the bytecode of each file
            """;
    }
}
