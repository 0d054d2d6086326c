# An uncaught exception raised "from" another: the last line is the final one.

def load_user(users, uid):
    try:
        return users[uid]
    except KeyError as e:
        raise LookupError(f"no user with id {uid}") from e

users = {1: "ann", 2: "bob"}
print(load_user(users, 1))
print(load_user(users, 7))
