exec("a = 1\nif a:\nprint(a)")
