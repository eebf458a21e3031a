from dataclasses import dataclass, field
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    tags: list = field(default_factory=list)
    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("negative balance")
print(Account("a"))
Account("bob", -5)
