# A block header without its colon.
print("never printed: a syntax error stops the whole file")
x = 3
if x > 2
    print("big")
