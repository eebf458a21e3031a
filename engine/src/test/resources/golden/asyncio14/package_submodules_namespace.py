# asyncio is a package in CPython: its submodules are attributes, importable by name, and the
# package's namespace does not leak the helpers its own code imports.
import asyncio
import asyncio.constants as constants
from asyncio.log import logger
from asyncio import tasks, events, base_futures, selector_events

print(constants.DEBUG_STACK_DEPTH, constants.SSL_HANDSHAKE_TIMEOUT, constants.ACCEPT_RETRY_DELAY)
print(logger.name, logger is asyncio.log.logger)
print(asyncio.sys)
print(tasks.gather is asyncio.gather, events.get_running_loop is asyncio.get_running_loop)
print(base_futures.isfuture is asyncio.isfuture)
print(selector_events.BaseSelectorEventLoop.__name__, selector_events.BaseSelectorEventLoop.__module__)
for helper in ['collections', 'heapq', 'inspect', 'types', 'contextvars']:
    print(helper, hasattr(asyncio, helper))
for sub in ['base_events', 'base_futures', 'base_tasks', 'constants', 'coroutines', 'events',
            'exceptions', 'format_helpers', 'futures', 'locks', 'log', 'mixins', 'protocols',
            'queues', 'runners', 'selector_events', 'sslproto', 'staggered', 'streams',
            'subprocess', 'taskgroups', 'tasks', 'threads', 'timeouts', 'transports', 'trsock',
            'unix_events']:
    m = getattr(asyncio, sub)
    assert m.__name__ == 'asyncio.' + sub, m
print(type(asyncio.tasks).__name__, asyncio.tasks.__name__)
try:
    asyncio.log.nothing
except AttributeError as e:
    print('AttributeError:', e)


async def main():
    print(asyncio.tasks.current_task().get_name(), asyncio.events.get_running_loop().is_running())

asyncio.run(main())
