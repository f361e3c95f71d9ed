#!/usr/bin/env bash
# Regenerates the expected output of the numpy and standard-library fixture programs
# (Tests/PyTFTests/Fixtures/numpy/, with uncaught/ and known/) by running them under real
# CPython 3.11 with numpy 2.4 (`python3`, or $NUMPY_PYTHON).
#   Scripts/regenerate-numpy-fixtures.sh                  # every numpy fixture
#   Scripts/regenerate-numpy-fixtures.sh path/to/prog.py  # some
# Each NAME.py runs from its own directory as `python NAME.py` with no input; its stdout goes to
# NAME.out beside it. When it ends in an uncaught exception, NAME.err gets the last line of its
# stderr (`ValueError: ...`, what the tests compare); otherwise NAME.err is removed.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
python=${NUMPY_PYTHON:-python3}
version=$("$python" -c 'import numpy; print(numpy.__version__)' 2>/dev/null) || { echo "$python cannot import numpy" >&2; exit 1; }
case "$version" in
  2.4.*) ;;
  *) echo "numpy $version: the fixtures are numpy 2.4's output" >&2; exit 1 ;;
esac
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  while IFS= read -r f; do files+=("$f"); done < <(find "$here/Tests/PyTFTests/Fixtures/numpy" -name '*.py' | sort)
fi
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for f in "${files[@]}"; do
  f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  base=${f%.py}
  (cd "$(dirname "$f")" && PYTHONHASHSEED=0 "$python" "$(basename "$f")" < /dev/null > "$base.out" 2> "$err")
  status=$?
  if [ $status -ne 0 ]; then tail -n 1 "$err" > "$base.err"; else rm -f "$base.err"; fi
  echo "$(basename "$base"): exit $status"
done
