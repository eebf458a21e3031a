# The signal module on its own: names, handlers, raise_signal to ourselves.
import signal

print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGUSR1), signal.Signals(15).name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(40))
print(len(signal.valid_signals()), signal.SIGINT in signal.valid_signals())

received = []
def handler(signum, frame):
    received.append((signal.Signals(signum).name, frame.f_code.co_name))

old = signal.signal(signal.SIGUSR1, handler)
print("old:", old)
def sender():
    signal.raise_signal(signal.SIGUSR1)
    received.append("after raise")
sender()
print(received)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored")
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
for bad in (0, 65):
    try:
        signal.signal(bad, handler)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print("OSError", e.errno, e)
try:
    signal.signal(signal.SIGTERM, 7)
except TypeError as e:
    print(e)
def angry(signum, frame):
    raise RuntimeError(f"handler for {signum}")
signal.signal(signal.SIGUSR2, angry)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("from handler:", e)
signal.signal(signal.SIGINT, lambda s, f: print("custom ctrl-c"))
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.raise_signal(signal.SIGALRM if False else signal.SIGCHLD)
print("SIGCHLD default is to ignore")
