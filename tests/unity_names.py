#!/usr/bin/env python3
"""Names with internal linkage in one file of a src/ folder that another file
of the folder also defines (with internal linkage or not).

The build compiles each folder of src/ as one translation unit (a unity
build, SCIP_UNITY in CMakeLists.txt). Two files of a folder that each define
a helper of the same name in an anonymous namespace (or `static`) then meet
in one unit: an error when the signatures match, a silent overload when they
do not, where a call in one file could pick the other file's helper. This
test lists every such name so that it is renamed before it can do either.

    tests/unity_names.py SRC_DIR

It reads the code as text: a definition is at namespace scope when it starts
at the line's first column (the house style: namespace contents are not
indented), and has internal linkage when it is directly inside an anonymous
namespace (braces counted outside comments, strings and character literals)
or marked `static`. Exit 0 when no such name repeats, 1 with the list
otherwise.
"""
import collections
import os
import re
import sys

DEFINITION = [
    re.compile(r"^(?:template\s*<.*>\s*)?(?:struct|class|enum class|enum|union)\s+(\w+)"),  # a type
    re.compile(r"^(?:template\s*<.*>\s*)?(?:static\s+|inline\s+|constexpr\s+|consteval\s+)*"
               r"[\w:<>,*&\s]+?[\s*&](\w+)\s*\("),                                   # a function
    re.compile(r"^(?:static\s+|inline\s+|thread_local\s+)*(?:const|constexpr|constinit)?\s*"
               r"[\w:<>,*&\s]+?\s(\w+)\s*(?:=|\{|\[|;)"),                            # a variable
    re.compile(r"^using\s+(\w+)\s*="),                                                # an alias
]
KEYWORDS = {"if", "for", "while", "return", "switch", "operator", "namespace", "using", "else"}


def code_only(line, in_comment):
    """The line without comments, strings and character literals; whether a
    block comment is still open at its end."""
    out, i = [], 0
    while i < len(line):
        if in_comment:
            end = line.find("*/", i)
            if end < 0:
                return "".join(out), True
            i, in_comment = end + 2, False
        elif line.startswith("//", i):
            break
        elif line.startswith("/*", i):
            in_comment, i = True, i + 2
        elif line[i] in "\"'":
            quote, i = line[i], i + 1
            while i < len(line) and line[i] != quote:
                i += 2 if line[i] == "\\" else 1
            i += 1
        else:
            out.append(line[i])
            i += 1
    return "".join(out), in_comment


def definitions(path):
    """(name, line number, internal) of each definition at namespace scope;
    internal: with internal linkage (in an anonymous namespace, or static)."""
    names, depth, anonymous, in_comment = [], 0, [], False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            code, in_comment = code_only(line.rstrip("\n"), in_comment)
            in_anonymous = bool(anonymous) and depth == anonymous[-1]
            internal = in_anonymous or code.startswith("static ")
            # Inside an anonymous namespace only its direct members (not what
            # a nested class or function of it defines at the first column).
            at_namespace_scope = (not anonymous or in_anonymous) and code[:1] not in ("", " ", "\t", "}", "#")
            if at_namespace_scope:
                for pattern in DEFINITION:
                    m = pattern.match(code)
                    if m and m.group(1) not in KEYWORDS:
                        names.append((m.group(1), number, internal))
                        break
            if re.match(r"^namespace\s*\{", code):
                anonymous.append(depth + 1)
            depth += code.count("{") - code.count("}")
            while anonymous and depth < anonymous[-1]:
                anonymous.pop()
    return names


def main():
    src = sys.argv[1]
    clashes = []
    for folder in sorted(os.listdir(src)):
        where = os.path.join(src, folder)
        if not os.path.isdir(where):
            continue
        defined = collections.defaultdict(list)  # name -> (place, internal)
        for name in sorted(os.listdir(where)):
            if name.endswith(".cpp"):
                for symbol, number, internal in definitions(os.path.join(where, name)):
                    defined[symbol].append((f"{folder}/{name}:{number}", internal))
        for symbol, places in sorted(defined.items()):
            files = {p.rsplit(":", 1)[0] for p, _ in places}
            if len(files) > 1 and any(internal for _, internal in places):
                clashes.append(f"src/{folder}: `{symbol}` is defined in "
                               + ", ".join(p + (" (internal)" if internal else "") for p, internal in places))
    for c in clashes:
        print(c)
    if clashes:
        print(f"{len(clashes)} names meet in a folder's unity build: give each file's helper a name of its own")
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
