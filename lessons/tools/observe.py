#!/usr/bin/env python3
"""Run one lesson's example.py in CPython 3.11 and report, as JSON Lines, what Coroscope would show.

usage: observe.py [--report] LESSON_DIR

The program runs in this process with three changes that do not alter what it prints:
- a virtual clock: time.monotonic/time.time/time.sleep and the event loop's selector read and
  advance a counter that starts at 0, so runs are exact and never wait (like Coroscope's engine);
- asyncio's pure-Python Task class instead of the C one, so each task step can be seen;
- a trace function on the example's own frames (of the main thread).
Functions run by a ThreadPoolExecutor (asyncio.to_thread, loop.run_in_executor) run on real
worker threads, but one at a time and never beside the main thread: a submitted function runs
until it sleeps or ends while the main thread waits (as in Coroscope's engine); a sleeping worker
wakes when the event loop, having nothing ready, would wait past the worker's wake-up time.

Output, one JSON object a line, in the order things happened:
  {"kind":"line","line":N,"frame":QUALNAME}      a frame of example.py starts line N
  {"kind":"task","task":NAME,"state":S}          a task's state as of the next line event; a step
                                                 always begins with state RUNNING
  {"kind":"coro","id":N,"coro":QUALNAME,"state":S,"cr_running":B,"cr_suspended":B}
                                                 a watched coroutine changed (named in predict.json)
  {"kind":"clock","time":T}                      virtual time moved
  {"kind":"stdout"|"stderr","text":TEXT}         the program wrote
  {"kind":"answer","question":ID,"observed":V}   what this run shows for a predict question
  {"kind":"problem","question":ID|null,"message":M}
                                                 a question whose answer CPython does not pin down
                                                 (or a timing race), so it must be rephrased
  {"kind":"exit","status":N}
A "problem" covers: an anchor line that is also a resume point (pauses would differ depending on
whether resuming counts as starting the line), a line hit from a comprehension or lambda frame, a
loop header hit more than once, a task whose awaited future is done but whose wakeup has not run
(READY or WAITING is a matter of presentation), a coroutine name that is not unique, a next task
that is one of asyncio.run's internal shutdown tasks, timers whose deadlines race in real time.
--report prints the same facts for a person instead.
"""
import asyncio
import asyncio.base_events
import asyncio.tasks
import builtins
import dis
import gc
import inspect
import json
import os
import selectors
import sys
import threading
import time
import traceback
import types
import weakref

sys.dont_write_bytecode = True   # keep tools/ free of __pycache__
import common  # noqa: E402

YIELD_VALUE = dis.opmap['YIELD_VALUE']
GENERATOR_FLAGS = (inspect.CO_COROUTINE | inspect.CO_GENERATOR | inspect.CO_ASYNC_GENERATOR
                   | inspect.CO_ITERABLE_COROUTINE)
NESTED_FRAMES = {'<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>', '<lambda>'}
SHUTDOWN_CORO = {'BaseEventLoop.shutdown_asyncgens', 'BaseEventLoop.shutdown_default_executor'}
LOOP_HEADERS = ('for ', 'while ', 'async for ')
RACE = 0.005   # timers closer than this in virtual time may swap order in a real run


class Stream:
    """Stands in for sys.stdout / sys.stderr and records every write as an event."""

    def __init__(self, observer, kind):
        self.observer, self.kind = observer, kind
        self.encoding = 'utf-8'

    def write(self, text):
        self.observer.emit(kind=self.kind, text=text)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False


class Observer:
    def __init__(self, folder):
        self.folder = folder
        self.path = os.path.join(folder, 'example.py')
        with open(self.path, encoding='utf-8') as f:
            self.source_lines = f.read().splitlines()
        predict = os.path.join(folder, 'predict.json')
        self.questions = []
        if os.path.exists(predict):
            with open(predict, encoding='utf-8') as f:
                self.questions = json.load(f)['questions']
        self.watched = {q['check']['coro'] for q in self.questions if 'coro' in q['check']}
        self.events = []
        self.now = 0.0
        self.iteration = 0
        self.current = None            # the task whose step is running
        self.tasks = []                # weak references, in creation order
        self.task_state = {}           # id(task) -> last state emitted
        self.coro_serial = weakref.WeakKeyDictionary()
        self.coro_state = {}           # serial -> last (state, running, suspended) emitted
        self.coro_refs = {}            # serial -> weak reference that reports the free
        self.coro_names = {}           # qualname -> serials seen so far
        self.yielded = set()           # ids of example frames suspended at a yield
        self.hits = {}                 # line -> count of line events
        self.snapshots = {}            # question id -> facts at its pause
        self.timers = []               # (weak ref to a timer handle, loop iteration that set it)
        self.fired = weakref.WeakSet()  # timer handles that have run
        self.problems = []
        self.turn = threading.Condition()  # worker threads: see thread_sleep
        self.busy = 0                  # workers running now (the main thread waits for them)
        self.sleepers = {}             # worker thread ident -> (wake time, order it slept in)
        self.woken = None              # the sleeper whose turn it is

    # ---- recording -----------------------------------------------------------------------------

    def emit(self, **event):
        self.events.append(event)

    def problem(self, question, message):
        self.problems.append((question, message))

    # ---- virtual time --------------------------------------------------------------------------

    def advance(self, seconds):
        if seconds and seconds > 0:
            self.now += seconds
            self.emit(kind='clock', time=self.now)

    def select(self, selector, timeout=None, real_select=None):
        with self.turn:
            self.wait_for_workers()
            if self.sleepers:
                ident, (wake, _) = min(self.sleepers.items(), key=lambda kv: kv[1])
                if timeout is None or wake <= self.now + timeout:
                    # The first sleeping worker wakes before the loop's next timer: it runs
                    # until it sleeps again or ends (it may hand the loop work threadsafe).
                    self.advance(wake - self.now)
                    self.busy += 1
                    self.woken = ident
                    self.turn.notify_all()
                    self.wait_for_workers()
                    return []
        if timeout is None:
            if threading.active_count() > 1 and real_select is not None:
                # A thread of asyncio's own (the default executor's shutdown) will hand the
                # loop work through its wake-up pipe: wait for it in real time.
                return real_select(selector, 10.0)
            raise RuntimeError('the event loop would wait forever (nothing ready, no timer)')
        self.advance(timeout)
        return []

    def wait_for_workers(self):
        while self.busy:
            self.turn.wait()

    def thread_sleep(self, seconds):
        """time.sleep of a worker thread: it parks until the loop wakes it (see select)."""
        me = threading.get_ident()
        with self.turn:
            self.sleepers[me] = (self.now + max(seconds, 0), len(self.events))
            self.busy -= 1
            self.turn.notify_all()
            while self.woken != me:
                self.turn.wait()
            self.woken = None
            del self.sleepers[me]

    def work_ended(self):
        with self.turn:
            self.busy -= 1
            self.turn.notify_all()

    def sleep(self, seconds):
        if threading.current_thread() is threading.main_thread():
            self.advance(seconds)
        else:
            self.thread_sleep(seconds)

    def patch(self):
        observer = self
        time.monotonic = lambda: observer.now
        time.time = lambda: observer.now
        time.perf_counter = lambda: observer.now
        time.sleep = lambda seconds: observer.sleep(seconds)
        for cls in (selectors.EpollSelector, selectors.PollSelector, selectors.SelectSelector):
            cls.select = (lambda real: lambda selector, timeout=None:
                          observer.select(selector, timeout, real))(cls.select)

        # A submitted function runs until it sleeps or ends, while the submitter waits.
        import concurrent.futures.thread as cf_thread
        submit, work_run = cf_thread.ThreadPoolExecutor.submit, cf_thread._WorkItem.run

        def turn_taking_submit(executor, fn, /, *args, **kwargs):
            with observer.turn:
                observer.busy += 1
            future = submit(executor, fn, *args, **kwargs)
            with observer.turn:
                observer.wait_for_workers()
            return future

        def counted_run(item):
            try:
                work_run(item)
            finally:
                observer.work_ended()

        cf_thread.ThreadPoolExecutor.submit = turn_taking_submit
        cf_thread._WorkItem.run = counted_run

        loop_class = asyncio.base_events.BaseEventLoop
        run_once, call_at = loop_class._run_once, loop_class.call_at

        def counting_run_once(loop):
            observer.iteration += 1
            return run_once(loop)

        def recording_call_at(loop, when, callback, *args, context=None):
            timer = call_at(loop, when, callback, *args, context=context)
            observer.timers.append((weakref.ref(timer), observer.iteration))
            return timer

        handle_run = asyncio.events.Handle._run

        def observed_run(handle):
            if isinstance(handle, asyncio.events.TimerHandle):
                observer.timer_fired(handle)
            return handle_run(handle)

        loop_class._run_once = counting_run_once
        loop_class.call_at = recording_call_at
        asyncio.events.Handle._run = observed_run

        task_class = asyncio.tasks._PyTask
        init, step = task_class.__init__, task_class._Task__step

        def tracked_init(task, *args, **kwargs):
            init(task, *args, **kwargs)
            observer.tasks.append(weakref.ref(task))

        def observed_step(task, *args, **kwargs):
            internal = task._coro.cr_code.co_qualname in SHUTDOWN_CORO
            observer.emit(kind='step', task=task.get_name(), internal=internal)
            if not internal:
                observer.task_state[id(task)] = 'RUNNING'
                observer.emit(kind='task', task=task.get_name(), state='RUNNING')
            outer, observer.current = observer.current, task
            try:
                return step(task, *args, **kwargs)
            finally:
                observer.current = outer

        observed_step.__qualname__ = 'Task.__step'
        task_class.__init__ = tracked_init
        task_class._Task__step = observed_step
        asyncio.tasks.Task = asyncio.Task = task_class

    # ---- states --------------------------------------------------------------------------------

    def state_of(self, task):
        """The task's state, or WAKING when its future is done but its wakeup has not run yet."""
        if task.done():
            if task.cancelled():
                return 'CANCELLED'
            return 'FAILED' if task._exception is not None else 'DONE'
        if task is self.current:
            return 'RUNNING'
        if task._fut_waiter is not None:
            return 'WAKING' if task._fut_waiter.done() else 'WAITING'
        return 'READY'

    def live_tasks(self):
        for ref in self.tasks:
            task = ref()
            if task is not None and task._coro.cr_code.co_qualname not in SHUTDOWN_CORO:
                yield task

    def emit_task_changes(self):
        for task in self.live_tasks():
            state = self.state_of(task)
            shown = 'READY' if state == 'WAKING' else state
            if self.task_state.get(id(task)) != shown:
                self.task_state[id(task)] = shown
                self.emit(kind='task', task=task.get_name(), state=shown)

    def coroutines(self, qualname):
        return [o for o in gc.get_objects()
                if type(o) is types.CoroutineType and o.cr_code.co_qualname == qualname]

    def serial_of(self, coro):
        serial = self.coro_serial.get(coro)
        if serial is None:
            serial = len(self.coro_state) + 1
            self.coro_serial[coro] = serial
            self.coro_state[serial] = None
            name = coro.cr_code.co_qualname
            self.coro_names.setdefault(name, []).append(serial)
            self.coro_refs[serial] = weakref.ref(coro, lambda _, s=serial, n=name: self.freed(s, n))
        return serial

    def freed(self, serial, name):
        if self.coro_state.get(serial, ('CLOSED',))[0] != 'CLOSED':
            self.coro_state[serial] = ('CLOSED', False, False)
            self.emit(kind='coro', id=serial, coro=name, state='CLOSED', cr_running=False,
                      cr_suspended=False)

    def emit_coro_changes(self):
        for name in sorted(self.watched):
            for coro in self.coroutines(name):
                serial = self.serial_of(coro)
                facts = (inspect.getcoroutinestate(coro)[5:], coro.cr_running, coro.cr_suspended)
                if self.coro_state[serial] != facts:
                    self.coro_state[serial] = facts
                    self.emit(kind='coro', id=serial, coro=name, state=facts[0],
                              cr_running=facts[1], cr_suspended=facts[2])

    # ---- tracing -------------------------------------------------------------------------------

    def trace(self, frame, event, arg):
        if frame.f_code.co_filename != self.path:
            return None
        if event == 'call' and id(frame) in self.yielded:
            self.yielded.discard(id(frame))
            self.emit(kind='resume', line=frame.f_lineno)
        elif event == 'return' and frame.f_code.co_flags & GENERATOR_FLAGS:
            if frame.f_code.co_code[frame.f_lasti] == YIELD_VALUE:
                self.yielded.add(id(frame))
        elif event == 'line':
            self.on_line(frame)
        return self.trace

    def on_line(self, frame):
        # CPython does not trace calls made from inside a trace function, so the observer's own
        # work here never shows up as the program's lines.
        self.emit_task_changes()
        if self.watched:
            self.emit_coro_changes()
        line = frame.f_lineno
        self.hits[line] = self.hits.get(line, 0) + 1
        for q in self.questions:
            if q['at']['line'] == line and q['at']['hit'] == self.hits[line]:
                self.snapshot(q)
        self.emit(kind='line', line=line, frame=frame.f_code.co_qualname)

    def snapshot(self, q):
        check = q['check']
        facts = {'event': len(self.events), 'clock': self.now}
        if 'task' in check:
            tasks = [t for t in self.live_tasks() if t.get_name() == check['task']]
            facts['task'] = self.state_of(tasks[0]) if len(tasks) == 1 else None
            if len(tasks) != 1:
                self.problem(q['id'], '%d tasks named %s at the pause' % (len(tasks), check['task']))
            elif facts['task'] == 'WAKING':
                self.problem(q['id'], 'task %s has a done future and a queued wakeup: '
                                      'READY or WAITING is ambiguous' % check['task'])
        if 'coro' in check:
            coros = self.coroutines(check['coro'])
            seen = self.coro_names.get(check['coro'], [])
            if len(coros) != 1 or len(seen) > 1:
                self.problem(q['id'], 'coroutine name %s is not unique (%d alive, %d seen)'
                             % (check['coro'], len(coros), len(seen)))
            if coros:
                coro = coros[0]
                facts['coro_state'] = inspect.getcoroutinestate(coro)[5:]
                facts['cr_running'] = coro.cr_running
                facts['cr_suspended'] = coro.cr_suspended
        self.snapshots[q['id']] = facts

    # ---- running -------------------------------------------------------------------------------

    def run(self):
        self.patch()
        real_out, real_err = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = Stream(self, 'stdout'), Stream(self, 'stderr')
        sys.argv = [self.path]
        sys.path[0] = self.folder
        module = {'__name__': '__main__', '__file__': self.path, '__builtins__': builtins}
        status = 0
        try:
            code = compile(''.join(line + '\n' for line in self.source_lines), self.path, 'exec')
            sys.settrace(self.trace)
            try:
                exec(code, module)
            finally:
                sys.settrace(None)
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else 1
        except BaseException:
            traceback.print_exc()
            status = 1
        module.clear()
        gc.collect()
        sys.stdout.flush()
        sys.stdout, sys.stderr = real_out, real_err
        self.emit(kind='exit', status=status)
        self.check_questions()

    def timer_fired(self, fired):
        """A timer fires while another, not cancelled, is due so close that real time could swap them."""
        self.fired.add(fired)
        made_in = next(i for t, i in self.timers if t() is fired)
        for ref, iteration in self.timers:
            timer = ref()
            if (timer is None or timer is fired or timer in self.fired or timer.cancelled()
                    or abs(timer.when() - fired.when()) >= RACE):
                continue
            if timer.when() == fired.when() and iteration == made_in:
                continue     # set in the same iteration with equal deadlines: creation order in both
            self.problem(None, 'timers due at %.6g and %.6g (set in loop iterations %d and %d) may '
                               'fire in either order in a real run'
                         % (fired.when(), timer.when(), made_in, iteration))

    def check_questions(self):
        for q in self.questions:
            qid, at, check = q['id'], q['at'], q['check']
            facts = self.snapshots.get(qid)
            if facts is None:
                self.problem(qid, 'line %d is not started %d times' % (at['line'], at['hit']))
                continue
            self.check_anchor(q, facts['event'])
            kind = check['kind']
            after = self.events[facts['event']:]
            if kind == 'next-task':
                steps = [e for e in after if e['kind'] == 'step']
                observed = steps[0]['task'] if steps else None
                if steps and steps[0]['internal']:
                    self.problem(qid, 'the next step belongs to an asyncio.run shutdown task')
            elif kind == 'next-output':
                text = ''.join(e['text'] for e in after if e['kind'] == 'stdout')
                observed = text.split('\n')[0] if '\n' in text else None
            elif kind == 'task-state':
                observed = facts.get('task')
            elif kind == 'coro-state':
                observed = facts.get('coro_state')
            elif kind == 'coro-flag':
                observed = facts.get(check['flag'])
            elif kind == 'clock':
                observed = facts['clock']
            else:
                observed = None
                self.problem(qid, 'unknown check kind ' + kind)
            self.emit(kind='answer', question=qid, observed=observed)

    def check_anchor(self, q, pause):
        """The pause must not depend on whether resuming a coroutine counts as starting its line."""
        line, hit = q['at']['line'], q['at']['hit']
        count, alternative = 0, None
        for index, e in enumerate(self.events):
            if e['kind'] in ('line', 'resume') and e['line'] == line:
                count += 1
                if e['kind'] == 'line' and e['frame'].split('.')[-1] in NESTED_FRAMES:
                    self.problem(q['id'], 'line %d is also run by a nested %s frame'
                                 % (line, e['frame']))
                if count == hit:
                    alternative = index
                    break
        if alternative != pause:
            self.problem(q['id'], 'line %d is also where a coroutine resumes: the pause would move '
                                  'if resuming counted as starting the line' % line)
        text = self.source_lines[line - 1].lstrip() if line <= len(self.source_lines) else ''
        if hit > 1 and text.startswith(LOOP_HEADERS):
            self.problem(q['id'], 'line %d is a loop header: its hit count is not well defined' % line)


def main(argv):
    report = '--report' in argv
    args = [a for a in argv if a != '--report']
    if len(args) != 1:
        sys.exit(__doc__.split('\n\n')[1])
    observer = Observer(os.path.abspath(args[0]))
    observer.run()
    for question, message in observer.problems:
        observer.emit(kind='problem', question=question, message=message)
    if report:
        print_report(observer)
    else:
        for e in observer.events:
            if e['kind'] not in ('step', 'resume'):
                print(json.dumps(e))


def print_report(observer):
    out = ''.join(e['text'] for e in observer.events if e['kind'] == 'stdout')
    err = common.normalize_stderr(''.join(e['text'] for e in observer.events
                                          if e['kind'] == 'stderr'), observer.folder)
    print('--- stdout' + (' (same as expected.out)' if same(observer, 'expected.out', out) else
                         ' DIFFERS FROM expected.out'))
    print(out, end='')
    if err or os.path.exists(os.path.join(observer.folder, 'expected.err')):
        print('--- stderr' + (' (same as expected.err)' if same(observer, 'expected.err', err)
                             else ' DIFFERS FROM expected.err'))
        print(err, end='')
    answers = {e['question']: e['observed'] for e in observer.events if e['kind'] == 'answer'}
    for q in observer.questions:
        check = q['check']
        expect = check.get('expect')
        verdict = 'ok' if answers.get(q['id']) == expect or (
            check['kind'] == 'clock' and answers.get(q['id']) is not None
            and abs(answers[q['id']] - expect) < 1e-9) else 'WRONG'
        print('%-5s %s at line %d hit %d: %s expects %r, CPython shows %r; answer %r'
              % (verdict, q['id'], q['at']['line'], q['at']['hit'], check['kind'], expect,
                 answers.get(q['id']), q['choices'][q['answer']]))
    for question, message in observer.problems:
        print('PROBLEM %s: %s' % (question, message))


def same(observer, name, text):
    path = os.path.join(observer.folder, name)
    if not os.path.exists(path):
        return text == ''
    with open(path, encoding='utf-8', newline='') as f:
        return f.read() == text


if __name__ == '__main__':
    common.require_python_311()
    main(sys.argv[1:])
