# An uncaught exception raised "from" another: the last line is the final one.

class UserStore:
    def __init__(self, users):
        self.users = users

    def load(self, uid):
        try:
            return self.users[uid]
        except KeyError as e:
            raise LookupError(f"no user with id {uid}") from e

store = UserStore({1: "ann", 2: "bob"})
print(store.load(1), store.load(2))

try:
    store.load(3)
except LookupError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))

ids = [2, 1, 7]
names = [store.load(i) for i in ids]
print(names)
