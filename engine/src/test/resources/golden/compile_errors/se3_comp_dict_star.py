x = {**d for d in y}
