# résumé of the program
print("ok")
