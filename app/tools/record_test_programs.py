#!/usr/bin/env python3
"""Records what CPython prints for the app's test programs.

For every NAME.py in app/src/test/resources/dev/coroscope/app/programs/ (except runaway ones,
marked by a first line "while True:"), runs it with python3 under the file name main.py, as the app
runs programs, and writes NAME.out (stdout) and NAME.err (stderr). Run it from anywhere.
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
PROGRAMS = HERE.parent / "src/test/resources/dev/coroscope/app/programs"


def main():
    for program in sorted(PROGRAMS.glob("*.py")):
        text = program.read_text(encoding="utf-8")
        if text.startswith("while True:"):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            target = pathlib.Path(tmp) / "main.py"
            shutil.copyfile(program, target)
            env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
            done = subprocess.run([sys.executable, "main.py"], cwd=tmp, capture_output=True, text=True,
                                  timeout=60, env=env)
        # CPython names the script by its absolute path; the app names it main.py.
        stderr = done.stderr.replace(str(pathlib.Path(tmp) / "main.py"), "main.py")
        program.with_suffix(".out").write_text(done.stdout, encoding="utf-8")
        program.with_suffix(".err").write_text(stderr, encoding="utf-8")
        print(f"{program.name}: exit {done.returncode}")


if __name__ == "__main__":
    main()
