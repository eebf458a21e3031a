#!/usr/bin/env python3
"""Records the expected outputs of the parser's golden tests with the real CPython (3.11).

    python3 engine/src/test/resources/parser/record.py

ast/NAME.py    -> ast/NAME.ast : ast.dump(ast.parse(bytes), include_attributes=True, indent=1)
errors/NAME.py -> errors/NAME.err : what `python3 NAME.py` (run in errors/) writes to stderr,
                  with the script's absolute path (3.11 prints one) cut to the bare file name
Error programs must fail to parse (ast.parse refuses them), so running them executes nothing.
"""
import ast
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent

if sys.version_info[:2] != (3, 11):
    sys.exit("record with CPython 3.11, found " + sys.version)

for src in sorted((HERE / "ast").glob("*.py")):
    tree = ast.parse(src.read_bytes(), filename=src.name)
    src.with_suffix(".ast").write_text(ast.dump(tree, include_attributes=True, indent=1) + "\n", encoding="utf-8")

for src in sorted((HERE / "errors").glob("*.py")):
    try:
        ast.parse(src.read_bytes(), src.name)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        pass
    else:
        sys.exit(f"{src.name}: the parser accepts it (errors from the compiler do not belong here)")
    run = subprocess.run([sys.executable, src.name], cwd=src.parent, capture_output=True)
    if run.returncode != 1:
        sys.exit(f"{src.name}: exit status {run.returncode}")
    src.with_suffix(".err").write_bytes(run.stderr.replace(str(src.parent).encode() + b"/", b""))
print("recorded", len(list((HERE / "ast").glob("*.py"))), "AST and",
      len(list((HERE / "errors").glob("*.py"))), "error programs")
