class Config:
    def __init__(self):
        self.db = {"host": "x", "ports": [1, 2]}
        self.child = None

c = Config()
print(c.db["ports"][1])
print(c.child.name.upper())
