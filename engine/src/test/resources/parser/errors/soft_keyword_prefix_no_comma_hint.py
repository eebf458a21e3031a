x = [c e]
