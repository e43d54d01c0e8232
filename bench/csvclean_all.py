#!/usr/bin/env python3
"""csvkit's csvclean -n (the dry run: report rows of the wrong length) on
every CSV file under DIR, in one Python process, so that the timing is
csvclean's and not 150 interpreter start-ups.

    bench/csvclean_all.py DIR...

GB18030 files are given `-e gb18030`, as a user would have to.
"""
import io
import os
import sys
from contextlib import redirect_stdout

from csvkit.utilities.csvclean import CSVClean


def encoding_of(path):
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    try:
        head.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as e:
        return "utf-8-sig" if e.start > len(head) - 4 else "gb18030"


def main():
    files = sorted(os.path.join(d, n) for top in sys.argv[1:] for d, _, ns in os.walk(top) for n in ns
                   if n.endswith(".csv"))
    out = io.StringIO()
    with redirect_stdout(out):
        for path in files:
            CSVClean(["-n", "-e", encoding_of(path), path]).run()
    print(f"{len(files)} files cleaned; {out.getvalue().count(chr(10))} lines of report")


if __name__ == "__main__":
    main()
