x = [*a for a in y]
