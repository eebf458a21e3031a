x = b"ab\xZ1"
