# Files written through an object that is dropped without close() are readable right after,
# as CPython writes them out when the object is freed.
import os

d = "/tmp/taipan-io-test-dropped-" + str(os.getpid())
os.mkdir(d)
os.chdir(d)
open("a.txt", "w").write("written\n")
print(open("a.txt").read(), end="")
open("a.txt", "a").write("appended\n")
open("./a.txt", "a").write("again\n")
print(open("a.txt").read(), end="")
open("b.bin", "wb").write(b"\x00\x01")
print(open("b.bin", "rb").read())
total = 0
for i in range(300):
    total += len(open("a.txt").read())
print(total)
for n in sorted(os.listdir(d)):
    os.remove(n)
os.chdir("/")
os.rmdir(d)
