import os
import os.path
import random
import tempfile
import time
from os import path
from os.path import join, exists

print(os.path.join("/tmp", "a", "b.txt"), join("x", ""), os.path.join("a/", "b"), path.basename("a/b/"), path.dirname("a"), path.dirname("/a"))
print(os.path.splitext("a/b.c/d"), os.path.splitext(".bashrc"), os.path.splitext("x.tar.gz"), os.path.basename("file.py"))
print(os.path.abspath("/a/b/../c"), os.path.abspath("/a/./b/"), os.sep, os.path.isabs("/x"), os.path.normpath("a//b/../c") if hasattr(os.path, "normpath") else "")
d = tempfile.mkdtemp()
sub = os.path.join(d, "logs", "run1")
os.makedirs(sub)
print(os.path.isdir(sub), os.path.exists(sub), os.listdir(os.path.join(d, "logs")))
try:
    os.makedirs(sub)
except FileExistsError as e:
    print("FileExistsError")
os.makedirs(sub, exist_ok=True)
os.rmdir(sub)
os.rmdir(os.path.join(d, "logs"))
os.rmdir(d)
print(os.path.exists(d))
print(exists(tempfile.gettempdir()), os.path.isdir(os.getcwd()), isinstance(os.environ, dict) or hasattr(os.environ, "get"))
os.environ["MY_FLAG"] = "1"
print(os.environ.get("MY_FLAG"), os.environ.get("NOPE_NOT_SET", "default"), "MY_FLAG" in os.environ, os.getenv("MY_FLAG"), os.getenv("NOPE_X"))
with tempfile.TemporaryDirectory() as t:
    p = os.path.join(t, "x")
    os.mkdir(p)
    print(os.path.isdir(p))
print(os.path.exists(t))
td = tempfile.TemporaryDirectory()
print(os.path.isdir(td.name))
td.cleanup()
print(os.path.isdir(td.name))
t0 = time.time()
time.sleep(0.01)
print(time.time() - t0 >= 0.009, isinstance(time.perf_counter(), float))
for seed in (0, 1, 42, 12345, 2**40 + 7, -5):
    random.seed(seed)
    print(seed, random.random(), random.randint(0, 10), random.randint(-1000, 10**12), random.uniform(-2, 2), random.choice("abcdef"), random.randrange(100), random.randrange(5, 50, 5))
random.seed(3)
x = list(range(20))
random.shuffle(x)
print(x, random.sample(range(100), 5), random.gauss(0, 1), random.choices([1, 2, 3], k=4))
r = random.Random(7)
print(r.random(), r.randint(1, 6))
random.seed("hello")
print(random.random())
