#!/usr/bin/env bash
# Runs every side of every lesson (or of the lessons named) under real TensorFlow 2.21 with
# tf-keras 2.21 and under `tflearn run`, and diffs the two outputs. Not run by CI: it needs real TF.
#   Scripts/lessons-vs-real-tf.sh                 # every lesson
#   Scripts/lessons-vs-real-tf.sh 07 13-gradients-vs-tape
#   Scripts/lessons-vs-real-tf.sh --write 13      # also record real TF's output as tf1.out/tf2.out
# The venv is made once ($TF_VENV, default ~/.cache/tflearn-oracle-venv); tflearn is built in debug
# unless $TFLEARN names a binary.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
venv=${TF_VENV:-$HOME/.cache/tflearn-oracle-venv}
write=0
if [ "${1:-}" = "--write" ]; then write=1; shift; fi
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q tensorflow-cpu==2.21.0 tf-keras==2.21.0 tensorboard==2.21.0 || exit 1
fi
tflearn=${TFLEARN:-}
if [ -z "$tflearn" ]; then
  (cd "$here" && swift build -q --product tflearn) || exit 1
  tflearn="$here/.build/debug/tflearn"
fi
lessons=()
if [ $# -eq 0 ]; then
  for d in "$here"/Lessons/[0-9]*/; do lessons+=("$(basename "$d")"); done
else
  for want in "$@"; do
    found=0
    for d in "$here"/Lessons/[0-9]*/; do
      name=$(basename "$d")
      case "$name" in "$want"|"$want"-*|*-"$want") lessons+=("$name"); found=1 ;; esac
    done
    [ $found -eq 1 ] || { echo "no lesson matches '$want'" >&2; exit 2; }
  done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for name in "${lessons[@]}"; do
  dir="$here/Lessons/$name"
  for side in tf1 tf2; do
    [ -f "$dir/$side.py" ] || continue
    stdin=/dev/null; [ -f "$dir/$side.stdin" ] && stdin="$dir/$side.stdin"
    (cd "$dir" && TF_USE_LEGACY_KERAS=1 TF_CPP_MIN_LOG_LEVEL=3 PYTHONHASHSEED=0 "$venv/bin/python" "$side.py" < "$stdin" > "$work/real.out" 2> "$work/real.err")
    real_status=$?
    (cd "$dir" && "$tflearn" run "$side.py" < "$stdin" > "$work/ours.out" 2> "$work/ours.err")
    ours_status=$?
    if [ $write -eq 1 ] && [ $real_status -eq 0 ]; then cp "$work/real.out" "$dir/$side.out"; fi
    if [ $real_status -ne 0 ]; then
      echo "FAIL $name/$side.py: real TF exited $real_status"; tail -n 3 "$work/real.err"; failed=1
    elif [ $ours_status -ne 0 ]; then
      echo "FAIL $name/$side.py: tflearn exited $ours_status"; tail -n 3 "$work/ours.err"; failed=1
    elif ! diff -u --label "real TF" --label tflearn "$work/real.out" "$work/ours.out" > "$work/diff"; then
      echo "FAIL $name/$side.py: output differs"; head -n 30 "$work/diff"; failed=1
    elif [ -f "$dir/$side.out" ] && ! cmp -s "$work/real.out" "$dir/$side.out"; then
      echo "FAIL $name/$side.py: $side.out is not what real TF prints now (rerun with --write)"; failed=1
    else
      echo "ok   $name/$side.py"
    fi
  done
done
exit $failed
