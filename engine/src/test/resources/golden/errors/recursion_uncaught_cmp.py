class Weird:
    def __eq__(self, other):
        return self == other
Weird() == 1
