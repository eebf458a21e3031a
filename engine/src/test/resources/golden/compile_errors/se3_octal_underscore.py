print(0o_17, 0x_ff, 0b_1)
q = 0_o17
