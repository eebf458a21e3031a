values = [
    1,
    2 / 0,
]
