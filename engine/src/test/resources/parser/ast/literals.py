0
123
1_000_000
0x1F
0XFF
0o17
0O17
0b1010
0B1
0_0
00
12345678901234567890123456789012345678901234567890
1.0
1.
.5
1e10
1E-5
1.5e+3
1_0.0_1
3j
3.5J
1e3j
0.1
1e400
'single'
"double"
'''triple single'''
"""triple
double"""
'it\'s'
"say \"hi\""
'\n\t\\\r\a\b\f\v\0\x41\101\u00e9\U0001F600\N{BULLET}'
r'raw\n\d'
R"raw"
b'bytes\x00\xff'
B"x"
br'\d'
rb"\d"
Rb'x'
bR'x'
'con' 'cat' "enation"
b'a' b'b'
'a' \
'b'
"""a
b\
c"""
''
""
''''''
'\
'
"it's"
'say "hi"'
'both \' and "'
"\x7f\x80\xa0"
