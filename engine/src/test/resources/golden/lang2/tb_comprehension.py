rows = ["1", "2", "x", "4"]
nums = [int(r) for r in rows if r]
