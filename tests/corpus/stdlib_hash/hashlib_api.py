# hashlib over the built-in hash modules: constructors, new(), attributes, pbkdf2_hmac.
import hashlib
import warnings

def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"The quick brown fox")
    same = getattr(hashlib, name)(b"The quick brown fox")
    digest = h.hexdigest(20) if name.startswith("shake") else h.hexdigest()
    other = same.hexdigest(20) if name.startswith("shake") else same.hexdigest()
    print(name, h.name, h.digest_size, h.block_size, digest, digest == other)
    c = h.copy()
    c.update(b" jumps")
    h.update(b" jumps")
    print(" copy", (c.digest(8) if name.startswith("shake") else c.digest()) == (h.digest(8) if name.startswith("shake") else h.digest()))
for name in ("MD5", "SHA1", "SHA256", "SHA512", "sha224", "SHA384"):
    print(name, hashlib.new(name, b"x").hexdigest())
print(hashlib.new("blake2b", b"data", digest_size=16, key=b"key", person=b"me").hexdigest())
print(hashlib.blake2s(b"data", salt=b"s", digest_size=10).hexdigest())
print(hashlib.sha256(usedforsecurity=False).hexdigest())
print(hashlib.md5(b"abc", usedforsecurity=True).hexdigest())
attempt("new unknown", hashlib.new, "nope")
attempt("new str data", hashlib.new, "md5", "text")
attempt("sha256 str", hashlib.sha256, "text")
attempt("sha1 int", hashlib.sha1, 5)
attempt("update str", hashlib.sha512().update, "text")
data = bytes(range(256)) * 40
incremental = hashlib.sha384()
for i in range(0, len(data), 77):
    incremental.update(data[i:i + 77])
print("chunks", incremental.hexdigest() == hashlib.sha384(data).hexdigest())
print("memoryview", hashlib.sha1(memoryview(b"abc")).hexdigest(), hashlib.sha1(bytearray(b"abc")).hexdigest())
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
    print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=30).hex())
    print(hashlib.pbkdf2_hmac("sha512", b"pw", b"NaCl", 50, 70).hex())

class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos, 1000)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

class Buffered:
    def __init__(self, data):
        self.data = data

    def getbuffer(self):
        return memoryview(self.data)

print("file_digest", hashlib.file_digest(Reader(data), "sha256").hexdigest() == hashlib.sha256(data).hexdigest())
print("file_digest buffer", hashlib.file_digest(Buffered(data), hashlib.md5).hexdigest())
try:
    hashlib.file_digest(object(), "md5")
except ValueError as e:
    print("file_digest not a file", type(e).__name__)
