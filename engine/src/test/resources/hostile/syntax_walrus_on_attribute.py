class C:
    pass


c = C()
if (c.x := 5):
    print(c.x)
