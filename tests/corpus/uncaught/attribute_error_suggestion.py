# An uncaught AttributeError on a user class gets a "Did you mean" suggestion.

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account("ann", 10)
print(acct.owner, acct.balance, sorted(vars(acct)))
print(acct.deposit(5))
try:
    acct.withdraw(3)
except AttributeError as e:
    print("caught:", e)
print(getattr(acct, "ballance", "getattr default, no error"))
print(acct.ballance)
