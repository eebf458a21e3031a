# str() of anything but an exact str costs a recursion level in CPython (PyObject_Str): at the
# deepest frame str(e), print(e) and '%s' % e fail with "while getting the str of an object".
class Shout:
    def __str__(self):
        return "shout"


PLAIN = ValueError("plain")


def str_e():
    try:
        return str_e()
    except RecursionError as e:
        try:
            return "ok: " + str(str(e))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_e', "->", str_e())


def str_exception():
    try:
        return str_exception()
    except RecursionError as e:
        try:
            return "ok: " + str(str(PLAIN))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_exception', "->", str_exception())


def str_float():
    try:
        return str_float()
    except RecursionError as e:
        try:
            return "ok: " + str(str(1.5))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_float', "->", str_float())


def str_int():
    try:
        return str_int()
    except RecursionError as e:
        try:
            return "ok: " + str(str(7))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_int', "->", str_int())


def str_list():
    try:
        return str_list()
    except RecursionError as e:
        try:
            return "ok: " + str(str([1]))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_list', "->", str_list())


def str_tuple():
    try:
        return str_tuple()
    except RecursionError as e:
        try:
            return "ok: " + str(str((1,)))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_tuple', "->", str_tuple())


def str_bytes():
    try:
        return str_bytes()
    except RecursionError as e:
        try:
            return "ok: " + str(str(b"x"))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_bytes', "->", str_bytes())


def str_none():
    try:
        return str_none()
    except RecursionError as e:
        try:
            return "ok: " + str(str(None))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_none', "->", str_none())


def str_bool():
    try:
        return str_bool()
    except RecursionError as e:
        try:
            return "ok: " + str(str(True))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_bool', "->", str_bool())


def str_instance():
    try:
        return str_instance()
    except RecursionError as e:
        try:
            return "ok: " + str(str(Shout()))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('str_instance', "->", str_instance())


def percent():
    try:
        return percent()
    except RecursionError as e:
        try:
            return "ok: " + str("%s" % e)
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('percent', "->", percent())


def print_e():
    try:
        return print_e()
    except RecursionError as e:
        try:
            return "ok: " + str(print(e))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('print_e', "->", print_e())


def exact_str():
    try:
        return exact_str()
    except RecursionError as e:
        try:
            return "ok: " + str(str("already"))
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('exact_str', "->", exact_str())


def args():
    try:
        return args()
    except RecursionError as e:
        try:
            return "ok: " + str(e.args[0])
        except RecursionError as inner:
            return "RecursionError: " + inner.args[0]


print('args', "->", args())


def one_level_spare():
    try:
        return one_level_spare()
    except RecursionError as e:
        return str(e), str(1.5), str([1]), "%s" % e


print(one_level_spare())
