# ends with an uncaught TypeError: 'NoneType' object is not subscriptable
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u

users = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}]
ann = find_user(users, "ann")
print(ann, ann["age"])
print(find_user(users, "bob")["age"])
missing = find_user(users, "zed")
print("missing is", missing, "| is None:", missing is None)
result = [].sort()
print("list.sort() returns", result)
try:
    result[0]
except TypeError as e:
    print("caught:", e)
try:
    len(missing)
except TypeError as e:
    print("caught:", e)
try:
    for _ in missing:
        pass
except TypeError as e:
    print("caught:", e)
try:
    missing["age"] = 3
except TypeError as e:
    print("caught:", e)
print("reading age of a user that does not exist...")
print(missing["age"])
