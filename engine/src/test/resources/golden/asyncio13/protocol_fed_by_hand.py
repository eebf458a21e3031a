# A learner's line protocol (asyncio.Protocol) tested with a fake transport, no sockets.
import asyncio


class FakeTransport(asyncio.Transport):
    def __init__(self):
        super().__init__({"peername": ("127.0.0.1", 5000)})
        self.sent = []
        self.closed = False

    def write(self, data):
        self.sent.append(bytes(data))

    def close(self):
        self.closed = True

    def is_closing(self):
        return self.closed


class LineProtocol(asyncio.Protocol):
    def __init__(self, lines):
        self.lines = lines
        self.buf = b""

    def connection_made(self, transport):
        self.transport = transport
        print("connected from", transport.get_extra_info("peername"))

    def data_received(self, data):
        self.buf += data
        while b"\n" in self.buf:
            line, self.buf = self.buf.split(b"\n", 1)
            self.lines.put_nowait(line.decode())
            self.transport.writelines([b"ack:", line, b"\n"])

    def eof_received(self):
        print("eof, leftover", self.buf)
        return False

    def connection_lost(self, exc):
        print("lost", exc)
        self.lines.put_nowait(None)


async def main():
    loop = asyncio.get_running_loop()
    lines = asyncio.Queue()
    tr = FakeTransport()
    proto = LineProtocol(lines)
    proto.connection_made(tr)
    chunks = [b"hel", b"lo\nwor", b"ld\n", b"tail"]
    for i, c in enumerate(chunks):
        loop.call_later(0.001 * (i + 1), proto.data_received, c)
    loop.call_later(0.01, proto.eof_received)
    loop.call_later(0.011, proto.connection_lost, None)
    while (line := await lines.get()) is not None:
        print("line:", line)
    print(tr.sent)
    print(tr.get_extra_info("missing", "dflt"), tr.is_closing())
    tr.close()
    print(tr.is_closing())

    base = asyncio.BaseProtocol()
    print([m(None) if m.__name__ == "connection_made" else None for m in (base.connection_made,)])
    print(base.pause_writing(), base.resume_writing(), base.connection_lost(None))
    print(asyncio.Protocol().data_received(b"x"), asyncio.Protocol().eof_received())
    print(asyncio.DatagramProtocol().datagram_received(b"", ("h", 1)))
    print(asyncio.SubprocessProtocol().process_exited())
    print(asyncio.BufferedProtocol().get_buffer(10))
    for cls in (asyncio.Protocol, asyncio.Transport, asyncio.DatagramTransport, asyncio.SubprocessTransport):
        print(cls.__module__, cls.__name__, [b.__name__ for b in cls.__mro__])
    t = asyncio.Transport()
    for name in ("write", "close", "is_reading", "pause_reading", "abort", "get_write_buffer_size", "write_eof"):
        try:
            if name == "write":
                getattr(t, name)(b"x")
            else:
                getattr(t, name)()
        except NotImplementedError as e:
            print(name, "->", type(e).__name__, e.args)
    try:
        t.writelines([b"a", 1])
    except TypeError as e:
        print("writelines:", e)
    try:
        asyncio.Protocol().extra = 1
    except AttributeError as e:
        print(e)
    print(isinstance(proto, asyncio.BaseProtocol), issubclass(asyncio.Transport, asyncio.WriteTransport))
    print(hasattr(proto, "__dict__"), asyncio.BaseTransport.__slots__)
    print("Protocol" in asyncio.__all__, asyncio.protocols.Protocol is asyncio.Protocol)
    print(asyncio.transports.__name__, asyncio.protocols.BufferedProtocol.__doc__.splitlines()[0])


asyncio.run(main())
