data = {"users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}]}
print(data["users"][0]["roles"][0])
print(data["users"][1]["roles"][0].upper())
