class M:
    def __matmul__(s, o): return 5
    def __imatmul__(s, o): return 6
m = M()
print(m @ m)
m @= 1
print(m)
x = @
