age = 30
message = "You are " + age + " years old"
