# An uncaught AttributeError whose traceback suggests a similar attribute
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account("kim", 10)
print(acct.deposit(5))
try:
    acct.withdraw(3)
except AttributeError as e:
    print(type(e).__name__, e)
print(acct.owner, acct.balance)
print(getattr(acct, "balanse", "no such attribute"))
print(hasattr(acct, "deposit"), hasattr(acct, "deposits"))
try:
    acct.ownr
except AttributeError as e:
    print("message without suggestion:", e)
print("about to access a misspelled attribute")
print(acct.balanse)
