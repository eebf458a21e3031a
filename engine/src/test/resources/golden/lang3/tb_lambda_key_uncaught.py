people = [{"name": "Ann", "age": 30}, {"name": "Bob"}]
ordered = sorted(people,
                 key=lambda p: p["age"])
print(ordered)
