# hmac over the built-in hashes, and _operator._compare_digest (what hmac.compare_digest is without OpenSSL).
import hmac, hashlib, operator
from _operator import _compare_digest as c
def t(*a, **k):
    try: print(c(*a, **k))
    except Exception as e: print(type(e).__name__, e)
t(b"a", b"a"); t(b"a", b"b"); t(b"a", b"ab"); t(b"ab", b"a"); t("a", "a"); t("a", b"a"); t(b"a", "a"); t("é", "é"); t("a", "é"); t(1, 2); t(b"a", bytearray(b"a")); t(memoryview(b"ab"), b"ab"); t(b"a"); t(bytearray(), b""); t(b"a", 1)
t(1, b"a"); t(1, "a"); t("a", 1); t(a=b"", b=b""); t(b"", b"", b""); t("", "")
print(operator.add(2, 3), operator.__doc__[:20])
for d in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", hashlib.sha224]:
    h = hmac.new(b"key", b"msg", d); print(h.name, h.digest_size, h.block_size, h.hexdigest())
    c2 = h.copy(); c2.update(b"more"); print(c2.hexdigest(), hmac.digest(b"k"*200, b"m", d).hex())
print(hmac.HMAC(b"k", digestmod="sha256").hexdigest())
try: hmac.new(b"k")
except Exception as e: print(type(e).__name__, e)
print(hmac.compare_digest(hmac.new(b"k", b"m", "sha1").digest(), hmac.digest(b"k", b"m", "sha1")))
