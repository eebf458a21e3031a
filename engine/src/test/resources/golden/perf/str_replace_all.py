# str.replace without a count takes Java's String.replace (StrOps.replace): every occurrence, left
# to right, not overlapping; an exact str with nothing to replace is itself; a subclass gives str.
s = "hello world"
print(s.replace("lo", "lo") is s, s.replace("l", "l") is s, s.replace("zz", "y") is s, s.replace("l", "L", 0) is s)
print(s.replace("l", "L"), s.replace("o", ""), s.replace("", "-"), s.replace("l", "L", 2), s.replace("l", "L", -3))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "x".replace("x", ""), "".replace("", "a"), "".replace("a", "b"))
print("abab".replace("ab", "abab"), "ab" * 3 == ("ab" * 3).replace("b", "b"))
class S(str):
    pass
t = S("abc")
print(type(t.replace("z", "y")), t.replace("z", "y") is t, type(t.replace("a", "y")), t.replace("a", "y"))
print("héllo wörld".replace("ö", "o"), "a\U0001F600b".replace("b", "c"), "x\u20acy\u20ac".replace("\u20ac", "E"))
print("ça".replace("a", "\u20ac"), "abc".replace("b", "\U0001F600"))
big = ",".join(str(i) for i in range(100000))
r = big.replace(",", " ")
print(len(r), r[:30], r[-20:], r.count(" "), r == big, big.replace(",", ", ").count(", "))
