src = 'y = 2\nx = (' + '9'*4301 + ')\n'
try:
    compile(src, 's', 'exec')
except SyntaxError as e:
    print(repr(e.msg[-60:]), e.lineno, e.offset, repr(e.text[:12]), len(e.text), e.end_lineno, e.end_offset)
print(len(str(eval('1' * 4300))))
print(eval('0x' + 'f' * 4400) % 1000)
print(eval('1_0' * 1500) % 7)
