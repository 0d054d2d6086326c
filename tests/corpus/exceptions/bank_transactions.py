# A small ledger that rolls back failed transfers using exceptions.

class LedgerError(Exception):
    pass

class InsufficientFunds(LedgerError):
    def __init__(self, account, needed, available):
        super().__init__(f"{account} needs {needed}, has {available}")
        self.shortfall = needed - available

class UnknownAccount(LedgerError, KeyError):
    pass

class Ledger:
    def __init__(self, **balances):
        self.balances = dict(balances)
        self.journal = []

    def _take(self, account, amount):
        if account not in self.balances:
            raise UnknownAccount(account)
        if self.balances[account] < amount:
            raise InsufficientFunds(account, amount, self.balances[account])
        self.balances[account] -= amount

    def _give(self, account, amount):
        if account not in self.balances:
            raise UnknownAccount(account)
        self.balances[account] += amount

    def transfer(self, src, dst, amount):
        snapshot = dict(self.balances)
        try:
            if amount <= 0:
                raise ValueError(f"invalid amount {amount}")
            self._take(src, amount)
            self._give(dst, amount)
        except LedgerError as e:
            self.balances = snapshot
            self.journal.append(f"FAILED {src}->{dst} {amount}: {type(e).__name__}: {e}")
            raise
        else:
            self.journal.append(f"ok {src}->{dst} {amount}")
        finally:
            self.journal.append(f"  balances now {sorted(self.balances.items())}")

ledger = Ledger(alice=100, bob=20, carol=0)
requests = [("alice", "bob", 30), ("bob", "carol", 100), ("alice", "dave", 10),
            ("carol", "alice", -5), ("bob", "carol", 50)]
for src, dst, amount in requests:
    try:
        ledger.transfer(src, dst, amount)
    except InsufficientFunds as e:
        print(f"short by {e.shortfall}: {e}")
    except KeyError as e:
        print("unknown account:", e, "| is LedgerError:", isinstance(e, LedgerError))
    except ValueError as e:
        print("rejected:", e)
print("\n".join(ledger.journal))
print(sorted(ledger.balances.items()))
