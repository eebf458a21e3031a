# The clocks a program can ask about: get_clock_info for each, the CLOCK_* ids, clock_gettime/_ns/getres,
# thread_time and process_time_ns, and their errors (values of the clocks themselves are not printed).
import time
for n in ("monotonic","perf_counter","process_time","thread_time","time"):
    print(n, time.get_clock_info(n))
try:
    time.get_clock_info("x")
except ValueError as e: print(e)
try:
    time.get_clock_info(1)
except TypeError as e: print(e)
print(time.thread_time() >= 0, time.thread_time_ns() >= 0)
try:
    time.clock_gettime("a")
except TypeError as e: print(e)
try:
    time.clock_gettime(99)
except OSError as e: print(repr(e), e.errno)
print(time.clock_getres(time.CLOCK_MONOTONIC), type(time.clock_gettime_ns(0)), time.clock_gettime(True) > 0)
t0 = time.thread_time(); t1 = time.process_time_ns(); print(type(t0), type(t1))
