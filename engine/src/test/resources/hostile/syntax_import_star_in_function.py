def setup():
    from asyncio import *
