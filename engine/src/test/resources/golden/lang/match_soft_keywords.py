print("start")
match = [1, 2]
case = 3
match[0] = case
print(match, case)
match (case):
    case 3:
        print("soft keywords")
