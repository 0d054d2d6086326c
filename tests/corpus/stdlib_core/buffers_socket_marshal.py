# recv_into any writable buffer (memoryview slices, bytearray, array) and marshal of buffers.
import socket, marshal, array
a, b = socket.socketpair()
a.sendall(b"hello world")
buf = bytearray(16)
print(b.recv_into(memoryview(buf)[2:], 5), buf)
print(b.recv_into(buf), buf)
arr = array.array("B", bytes(4))
a.sendall(b"wxyz")
print(b.recv_into(arr), arr)
try:
    b.recv_into(b"abc")
except TypeError as e:
    print(e)
a.close(); b.close()
print(marshal.dumps(array.array("B", [1, 2])), marshal.dumps(memoryview(b"ab")), marshal.loads(marshal.dumps(bytearray(b"x"))))
