# ends with an uncaught KeyError: 'missing'
settings = {"host": "localhost", "port": 8080, "debug": False}
for key in ["host", "port", "debug"]:
    print(f"{key:>6} = {settings[key]!r}")
print(settings.get("missing"), settings.get("missing", "fallback"), "missing" in settings)
try:
    settings["timeout"]
except KeyError as e:
    print("caught KeyError:", e, "| args:", e.args)
nested = {"db": {"user": "admin", "pool": {"size": 5}}}
print(nested["db"]["pool"]["size"], nested.get("cache", {}).get("size", 0))
try:
    nested["db"]["password"]
except KeyError as e:
    print("caught nested KeyError:", repr(e))
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print("popping:", settings.pop("debug"), settings)
print("looking up a key that does not exist...")
print(settings["missing"])
