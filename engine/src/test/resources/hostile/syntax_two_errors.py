# Only the first error is reported.
x = (1, 2
y = [3, 4
