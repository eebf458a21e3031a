tests = ["l=[1,2];l[::2]=5", "l=[1,2];l[0:1]=5", "b=bytearray(b'ab');b[0:1]=5", "l=[1,2];l[0:1]=None", "l=[1,2,3];l[::2]=[1]",
         "l=[1,2];l[5:]='xy';print(l)", "l=[1];l[:]=range(3);print(l)", "l=[1,2];l[::-1]=(9,8);print(l)", "t=(1,2);t[0:1]=[3]",
         "s='ab';s[0:1]='x'", "l=[1,2];l[1:1]=iter([7]);print(l)", "l=[1,2];l[0:1]={'k':1};print(l)", "l=[0]*3;l[::2]=5.5",
         "def g():\n    yield 1\n    raise TypeError('inside')\nl=[1];l[0:1]=g()", "l=[1,2];del l[::2];print(l)", "l=[1];l['a']=2", "l=[1];l[1.5]", "l=[1];l[10]=2"]
for t in tests:
    try:
        exec(t)
    except Exception as e:
        print(repr(t), type(e).__name__, e)
