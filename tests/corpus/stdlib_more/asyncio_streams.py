import asyncio

async def handle(reader, writer):
    peer_ok = writer.get_extra_info("peername") is not None
    while True:
        line = await reader.readline()
        if not line:
            break
        if line.strip() == b"quit":
            writer.write(b"bye\n")
            await writer.drain()
            break
        writer.write(b"echo:" + line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    log.append(("server closed", peer_ok))

log = []

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(type(port).__name__, server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for msg in (b"hello\n", b"second line\n"):
        writer.write(msg)
        await writer.drain()
        print(await reader.readline())
    writer.write(b"partial")
    writer.write(b" joined\n")
    print(await reader.readuntil(b"\n"))
    writer.write(b"exact\n")
    print(await reader.readexactly(6), await reader.read(5))
    writer.write(b"quit\n")
    print(await reader.read())
    print(reader.at_eof())
    writer.close()
    await writer.wait_closed()
    # a second client, concurrently with a third
    async def client(n):
        r, w = await asyncio.open_connection("127.0.0.1", port)
        w.write(f"client {n}\n".encode())
        await w.drain()
        resp = await r.readline()
        w.close()
        await w.wait_closed()
        return resp
    print(await asyncio.gather(client(1), client(2)))
    try:
        r, w = await asyncio.open_connection("127.0.0.1", port)
        w.write(b"x")
        w.write_eof()
        print(await r.readexactly(100))
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()
    print(server.is_serving())
    for _ in range(500):
        if len(log) == 4:
            break
        await asyncio.sleep(0.01)
    print(sorted(log))
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)

asyncio.run(main())
