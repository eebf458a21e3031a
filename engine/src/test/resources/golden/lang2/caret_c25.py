print(("a" * 3).index("b"))
