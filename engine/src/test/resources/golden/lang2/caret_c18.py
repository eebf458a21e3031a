print(int("x") + int("y"))
