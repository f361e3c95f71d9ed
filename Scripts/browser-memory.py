#!/usr/bin/env python3
"""Resident memory of the lesson browser while it runs lessons, read from /proc.

Drives the browser in a tmux server of its own at 120x40: reads VmRSS, RssAnon and RssFile of
the browser's process (not of the child process each run happens in) at start, after running
one lesson, then after opening, running and leaving each of the others (Enter from the list, r,
wait for the run to end, Esc).

    swift build -c release
    Scripts/browser-memory.py                       # lesson 26, then lessons 17-26
    Scripts/browser-memory.py --first 13 --then 1-10
    Scripts/browser-memory.py --binary .build/debug/tflearn

Linux only (it reads /proc); needs tmux.
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--binary", default=os.path.join(here, ".build/release/tflearn"))
parser.add_argument("--lessons", default=os.path.join(here, "Lessons"))
parser.add_argument("--first", type=int, default=26, help="the lesson run first (its place in the list)")
parser.add_argument("--then", default="17-26", help="the lessons run after it: 17-26 or 1,4,9")
args = parser.parse_args()

def numbers(text):
    out = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out

socket = "tflearn-memory-%d" % os.getpid()
root = tempfile.mkdtemp(prefix="tflearn-memory-")
pidfile = os.path.join(root, "pid")

def tmux(*a):
    return subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", *a], capture_output=True, text=True).stdout

def screen():
    return tmux("capture-pane", "-p", "-t", "m")

def keys(*k):
    tmux("send-keys", "-t", "m", *k)

def wait_for(text, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        if text in screen():
            return
        time.sleep(0.05)
    sys.exit("waited %d s for %r; the screen:\n%s" % (timeout, text, screen()))

def memory(pid):
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile"):
                out[key] = int(value.split()[0]) / 1024
    return "VmRSS %5.1f MB  RssAnon %4.1f MB  RssFile %4.1f MB" % (out["VmRSS"], out["RssAnon"], out["RssFile"])

def children(pid):
    kids = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = open("/proc/%s/stat" % name).read()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2:].split()[1]) == pid:
                kids.append(int(name))
    return kids

def run_lesson(pid, n):
    """Opens the n-th lesson of the list, runs it, waits for the run to end; its title and verdict."""
    keys("Home")
    for _ in range(n - 1):
        keys("Down")
    keys("Enter")
    wait_for("TF1 ·")
    title = next(l for l in screen().splitlines() if l.strip()).strip()
    keys("r")
    time.sleep(0.2)
    end = time.time() + 300
    while time.time() < end and (" running " in screen() or children(pid)):
        time.sleep(0.05)
    time.sleep(0.3)
    rules = [l for l in screen().splitlines() if l.startswith("──") and l.rstrip().endswith("─")]
    verdict = rules[-1].strip("─ ").split("──")[-1].strip("─ ") if rules else "?"
    keys("Escape")
    wait_for("Lessons")
    return title, verdict

if not shutil.which("tmux"):
    sys.exit("tmux is not installed")
inner = "echo $$ > %s; exec %s --lessons %s" % (pidfile, args.binary, args.lessons)
tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", "m",
     "env XDG_STATE_HOME=%s sh -c '%s'; sleep 600" % (root, inner))
try:
    wait_for("Lessons")
    pid = int(open(pidfile).read())
    time.sleep(1)
    print("%-44s %s" % ("at start", memory(pid)))
    title, verdict = run_lesson(pid, args.first)
    print("%-44s %s  %s" % ("after " + title[:38], memory(pid), verdict))
    rest = numbers(args.then)
    for n in rest:
        title, verdict = run_lesson(pid, n)
        print("%-44s %s  %s" % ("  then " + title[:36], memory(pid), verdict))
    time.sleep(1)
    print("%-44s %s" % ("after %d more lessons, 1 s later" % len(rest), memory(pid)))
    keys("q")
    time.sleep(0.3)
finally:
    tmux("kill-server")
    shutil.rmtree(root, ignore_errors=True)
