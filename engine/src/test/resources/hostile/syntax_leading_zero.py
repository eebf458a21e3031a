month = 09
