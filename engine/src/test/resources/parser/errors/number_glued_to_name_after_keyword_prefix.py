x = 2elsen
