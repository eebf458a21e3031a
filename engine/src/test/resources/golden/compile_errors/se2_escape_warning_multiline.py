s = '''line1
line2 \w
line3'''
print(len(s))
