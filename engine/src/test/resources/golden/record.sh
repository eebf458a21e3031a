#!/bin/sh
# Records the expected output of every golden program with the real CPython (3.11).
# Usage: ./record.sh [FILE.py...]   (default: all programs below this folder)
# NAME.out is stdout; NAME.err (stderr) and NAME.exit (exit status) are written when non-empty/non-zero.
# Paths in stderr are made relative (the program's folder is removed), as the comparison expects;
# the standard library's folder becomes <stdlib>/ (as in the shared conformance corpus).
cd "$(dirname "$0")" || exit 1
files="$*"
[ -z "$files" ] && files=$(find . -name '*.py' | sort)
for f in $files; do
    dir=$(dirname "$f"); base=$(basename "$f" .py)
    ( cd "$dir" && python3 "$base.py" > "$base.out" 2> "$base.err" < /dev/null; echo $? > "$base.exit" )
    abs=$(cd "$dir" && pwd)
    stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
    sed -i -e "s#$abs/##g" -e "s#$stdlib/#<stdlib>/#g" "$dir/$base.err"
    [ -s "$dir/$base.err" ] || rm -f "$dir/$base.err"
    [ "$(cat "$dir/$base.exit")" = "0" ] && rm -f "$dir/$base.exit"
done
