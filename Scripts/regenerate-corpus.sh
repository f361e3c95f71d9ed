#!/usr/bin/env bash
# Regenerate the expected-output files of the Python conformance corpus with CPython 3.11.
#
#   Scripts/regenerate-corpus.sh            # every Tests/PythonTests/Corpus/NN_topic.py
#   Scripts/regenerate-corpus.sh 04 13_str  # only programs whose file name starts with these prefixes
#
# For each NAME.py the program is run from inside the Corpus directory as
#   python3 NAME.py < NAME.stdin   (or < /dev/null when there is no NAME.stdin)
# with PYTHONHASHSEED=0. Its stdout is written to NAME.out. If the exit status is
# non-zero, the last line of stderr is written to NAME.err; otherwise any stale
# NAME.err is removed.
set -euo pipefail

PYTHON="${PYTHON:-python3}"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CORPUS_DIR="$(cd "$SCRIPT_DIR/../Tests/PythonTests/Corpus" && pwd)"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "error: $PYTHON not found; CPython 3.11 is required" >&2
    exit 2
fi
version="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [[ "$version" != "3.11" ]]; then
    echo "error: $PYTHON is Python $version; the corpus must be generated with CPython 3.11" >&2
    exit 2
fi
impl="$("$PYTHON" -c 'import platform; print(platform.python_implementation())')"
if [[ "$impl" != "CPython" ]]; then
    echo "error: $PYTHON is $impl; the corpus must be generated with CPython 3.11" >&2
    exit 2
fi

export PYTHONHASHSEED=0
export PYTHONIOENCODING=utf-8
export PYTHONUTF8=1
export PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONINSPECT 2>/dev/null || true

run_timeout=()
if command -v timeout >/dev/null 2>&1; then
    run_timeout=(timeout 120)
fi

cd "$CORPUS_DIR"
shopt -s nullglob
programs=( [0-9][0-9]_*.py )
if [[ ${#programs[@]} -eq 0 ]]; then
    echo "error: no programs found in $CORPUS_DIR" >&2
    exit 1
fi

selected=()
if [[ $# -gt 0 ]]; then
    for prog in "${programs[@]}"; do
        for prefix in "$@"; do
            if [[ "$prog" == "$prefix"* ]]; then
                selected+=( "$prog" )
                break
            fi
        done
    done
    if [[ ${#selected[@]} -eq 0 ]]; then
        echo "error: no program matches: $*" >&2
        exit 1
    fi
else
    selected=( "${programs[@]}" )
fi

errfile="$(mktemp)"
trap 'rm -f "$errfile"' EXIT

passed=0
failed=0
for prog in "${selected[@]}"; do
    name="${prog%.py}"
    stdin_file=/dev/null
    if [[ -f "$name.stdin" ]]; then
        stdin_file="$name.stdin"
    fi
    status=0
    "${run_timeout[@]}" "$PYTHON" "$prog" < "$stdin_file" > "$name.out" 2> "$errfile" || status=$?
    if [[ $status -ne 0 ]]; then
        if [[ $status -eq 124 && ${#run_timeout[@]} -gt 0 ]]; then
            echo "error: $prog timed out" >&2
            exit 1
        fi
        last_line="$(tail -n 1 "$errfile")"
        if [[ -z "$last_line" ]]; then
            echo "error: $prog exited with status $status but wrote nothing to stderr" >&2
            exit 1
        fi
        printf '%s\n' "$last_line" > "$name.err"
        failed=$((failed + 1))
        printf '%-32s exit %d  %s\n' "$prog" "$status" "$last_line"
    else
        rm -f "$name.err"
        passed=$((passed + 1))
        printf '%-32s ok    (%d lines)\n' "$prog" "$(wc -l < "$name.out")"
    fi
done
echo "regenerated ${#selected[@]} program(s): $passed exited 0, $failed raised (.err written)"
