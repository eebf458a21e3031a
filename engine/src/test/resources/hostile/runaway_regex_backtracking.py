# Catastrophic backtracking: ((a+)+)\1b tries every way to split 32 a's (2**31 of them), and the
# back reference keeps the matcher from pruning any; CPython would run for hours.
import re

print("matching")
print(re.match(r"((a+)+)\1b", "a" * 32 + "c"))
