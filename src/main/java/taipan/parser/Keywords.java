package taipan.parser;

import java.util.Set;

/** Python 3.11's reserved words (soft keywords such as match/case/_ are not among them). */
final class Keywords {
    private static final Set<String> KEYWORDS = Set.of(
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield");

    private Keywords() {}

    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }
}
