π = 3.14159
naïve = "café"
数 = 42
été = [π, naïve, 数]
print(été)
print("straße".upper(), len("🐍"), "🐍 asyncio → ✓")
print(repr("tab\there"), ascii("é"), "\N{GREEK SMALL LETTER ALPHA}")
