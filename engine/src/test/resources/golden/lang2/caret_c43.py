class P:
    @property
    def v(self):
        return self.missing
print(P().v)
