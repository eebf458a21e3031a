from enum import Flag, Enum, verify, CONTINUOUS, NAMED_FLAGS, UNIQUE, IntEnum
for build in range(4):
    try:
        if build == 0:
            @verify(CONTINUOUS)
            class F(Flag):
                A = 1
                C = 4
                D = 16
        elif build == 1:
            @verify(NAMED_FLAGS)
            class G(Flag):
                A = 1
                AB = 3
                AC = 5
        elif build == 2:
            @verify(CONTINUOUS, UNIQUE)
            class H(IntEnum):
                A = 1
                B = 2
                C = 2
        else:
            @verify(CONTINUOUS)
            class E(Enum):
                A = 'x'
                B = 'y'
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
