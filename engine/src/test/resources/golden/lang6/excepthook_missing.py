# With sys.excepthook deleted the traceback still appears, after a note.
import sys
del sys.excepthook


class Account:
    def withdraw(self, amount):
        raise ValueError(f"cannot withdraw {amount}")


Account().withdraw(5)
