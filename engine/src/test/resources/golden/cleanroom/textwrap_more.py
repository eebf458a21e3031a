import textwrap
t = "Lorem ipsum dolor sit amet, consectetur-adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
for n in (1, 2, 3):
    for w in (15, 22, 40):
        print(n, w, textwrap.wrap(t, w, max_lines=n))
print(textwrap.wrap(t, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap(t, 20, max_lines=2, placeholder=" " * 3 + "[more]"))
print(textwrap.wrap("short text", 20, max_lines=1))
print(textwrap.wrap("short text   ", 10, max_lines=1))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaaaa bbb", 10, max_lines=2))
print(textwrap.wrap("aaaa bbbbbbbbbbbbbbbbbbbbbbbbbbb", 10, max_lines=1, placeholder=" ..."))
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2, placeholder="......"))
for args in (dict(width=5, max_lines=1, placeholder=" [......]"), dict(width=8, max_lines=2, subsequent_indent="      ", placeholder="[..]")):
    try:
        print(textwrap.wrap(t, **args))
    except ValueError as e:
        print("ValueError", e)
print(textwrap.wrap("x-" * 30, 7))
print(textwrap.wrap("--------------------abc", 7))
print(textwrap.wrap("pre-" + "z" * 20, 9))
print(textwrap.wrap("aaa bbbbbbbbbbbbbbbbbbbbbbbbb", 10, break_long_words=False, initial_indent="  "))
print(textwrap.wrap("word " * 6, 11, drop_whitespace=False))
print(textwrap.wrap("  a  b  ", 3, drop_whitespace=False))
print(textwrap.wrap("tab\there\vand\fthere\r", 9, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("tab\there", 20, tabsize=3), textwrap.wrap("tab\there", 20, expand_tabs=False))
print(textwrap.wrap("End. Next? Yes! \"Quoted.\" a.b. X. ok", 80, fix_sentence_endings=True))
print(textwrap.wrap("x " * 10, 1))
w = textwrap.TextWrapper(width=12, initial_indent="1234", subsequent_indent="ab")
print(w.wrap(t[:60]), w.width, w.placeholder, w.max_lines, w.tabsize, w.break_on_hyphens)
w.width = 30; w.max_lines = 2
print(w.fill(t))
print(textwrap.shorten("Hello   there,  world of   wrapping", 20), textwrap.shorten("x" * 30, 10, placeholder="!"))
try:
    textwrap.shorten("abc", 3, placeholder=" [...]")
except ValueError as e:
    print("ValueError", e)
print(textwrap.fill("one two three", 5, initial_indent="->"))
