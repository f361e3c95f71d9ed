import os
import random
import tempfile
import time

d = tempfile.mkdtemp()
print(os.path.isdir(d), os.path.exists(os.path.join(d, "nope")), os.listdir(d))
os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
print(sorted(os.listdir(d)), os.path.basename("/x/y/z.txt"), os.path.dirname("/x/y/z.txt"), os.path.splitext("model.ckpt.index"))
print(os.path.join("a", "b", "c"), os.path.join("a", "/b"))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice([1, 2, 3]), random.uniform(0, 1))
items = list(range(10))
random.shuffle(items)
print(items)
print(time.time() > 0, time.perf_counter() >= 0)
with tempfile.TemporaryDirectory() as t:
    print(os.path.isdir(t))
print(os.path.isdir(t))
os.rmdir(os.path.join(d, "a", "b"))
os.rmdir(os.path.join(d, "a"))
os.rmdir(d)
print(os.path.exists(d))
