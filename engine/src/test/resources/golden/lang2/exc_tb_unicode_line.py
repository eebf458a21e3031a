données = {"clé": 1}
print(données["clé"])
résultat = données["clé"] + données["absent"]
