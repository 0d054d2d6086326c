#!/usr/bin/env python3
"""Regenerates src/main/java/taipan/bytecode/OpcodeNumbers.java from the Opcode enum."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src/main/java/taipan/bytecode/Opcode.java")
OUT = os.path.join(ROOT, "src/main/java/taipan/bytecode/OpcodeNumbers.java")

text = open(SRC, encoding="utf-8").read()
body = text[text.index("public enum Opcode {"):text.index("    /** What an operand means")]
names = re.findall(r"^    ([A-Z_]+)\(", body, re.M)
lines = [
    "package taipan.bytecode;",
    "",
    "/**",
    " * The ordinal of every {@link Opcode} as a compile-time constant, so the",
    " * interpreter's dispatch can switch on the instruction's low byte directly",
    " * (a plain tableswitch, no enum indirection). {@code OpcodeNumbersTest} checks",
    " * that each constant equals its opcode's ordinal; regenerate with",
    " * {@code tools/gen_opcode_numbers.py} after changing {@link Opcode}.",
    " */",
    "public final class OpcodeNumbers {",
    "    private OpcodeNumbers() {}",
    "",
]
lines += ["    public static final int %s = %d;" % (n, i) for i, n in enumerate(names)]
lines.append("}")
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
