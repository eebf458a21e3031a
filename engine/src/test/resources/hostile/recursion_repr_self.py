class Node:
    def __init__(self):
        self.me = self

    def __repr__(self):
        return f"Node({self.me!r})"


print(Node())
