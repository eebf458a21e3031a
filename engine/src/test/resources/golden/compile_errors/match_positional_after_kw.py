class C: pass
match C():
    case C(a=1, 2):
        pass
