s = "abc"
print(s.upper().lower().foo)
