#!/usr/bin/env bash
# Regenerates the expected output of TF programs kept as test fixtures, by running them under
# real TensorFlow 2.21 with tf-keras 2.21 (legacy Keras), Python 3.11. Needs PyPI once, for the venv.
#   Scripts/regenerate-reference.sh                  # every fixture program
#   Scripts/regenerate-reference.sh path/to/prog.py  # some
# Each NAME.py runs from its own directory as `python NAME.py` (so tracebacks name NAME.py, as
# the tests do), with NAME.stdin (or /dev/null) as input; its stdout goes to NAME.out beside it.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
venv=${TF_VENV:-$HOME/.cache/tflearn-oracle-venv}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q tensorflow-cpu==2.21.0 tf-keras==2.21.0 "tensorboard>=2.20,<2.22" || exit 1
fi
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=("$here"/Tests/PyTFTests/Fixtures/*/*.py)
fi
for f in "${files[@]}"; do
  f=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
  stdin=/dev/null; [ -f "${f%.py}.stdin" ] && stdin="${f%.py}.stdin"
  (cd "$(dirname "$f")" && TF_USE_LEGACY_KERAS=1 TF_CPP_MIN_LOG_LEVEL=3 "$venv/bin/python" "$(basename "$f")" < "$stdin" > "${f%.py}.out" 2> /dev/null)
  echo "$(basename "$f" .py): exit $?"
done
