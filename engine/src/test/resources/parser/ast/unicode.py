café = 1
naïve = café + 1
ｘ = 2
ﬁ = 3
名前 = "値"
s = "héllo wörld ✓ 😀"
print(café, s, "😀" + s)
x = {"ключ": "значение"}
def π(): return 3.14
