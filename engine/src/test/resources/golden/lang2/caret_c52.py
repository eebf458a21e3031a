x = 3
print(x.real.imag.numerator.foo)
