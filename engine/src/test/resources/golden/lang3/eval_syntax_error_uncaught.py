formula = "3 * (4 + 5"
print("evaluating", formula)
value = eval(formula)
