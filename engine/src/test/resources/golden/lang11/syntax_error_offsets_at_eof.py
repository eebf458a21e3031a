# A tool that reports compile() errors with their positions: at the end of the file CPython puts
# the error past the last line read; `except` alone on its line expects ':'.
cases = [
    "try:\n  pass\n", "try:\n  pass", "try:\n    x = 1\n\n", "if 1:\n  try:\n    pass\n",
    "if x:\n", "for x in y:\n\n", "class A:\n", "try:\n  pass\n# c\n", "try:\n  pass\n   \n",
    "with a:\n", "def f():\n  \"\"\"doc\"\"\"\n  while x:\n", "x = 'é'\nif x:\n",
    "try:\n  pass\nexcept", "try:\n  pass\nexcept\n", "try:\n  pass\nexcept ValueError\n", "@dec\n", "x = [\n1,\n",
]
for s in cases:
    try:
        compile(s, "<probe>", "exec")
        print("OK", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
