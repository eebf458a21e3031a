#!/usr/bin/env bash
# Re-record every lesson's expected.out / expected.err with python3 (CPython 3.11), or with
# --check fail if any recording differs. Optional arguments: lesson folders. See lessons/README.md.
set -euo pipefail
exec python3 "$(dirname "$0")/tools/record.py" "$@"
