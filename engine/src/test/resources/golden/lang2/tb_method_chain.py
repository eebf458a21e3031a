text = "  Hello World  "
print(text.strip().lower().split())
words = text.strip().lower().split().join("-")
