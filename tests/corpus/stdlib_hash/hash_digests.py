# Every built-in hash algorithm on inputs around each block size, whole and incremental, with copies.
import _md5,_sha1,_sha256,_sha512,_sha3,_blake2
ctors = [_md5.md5,_sha1.sha1,_sha256.sha224,_sha256.sha256,_sha512.sha384,_sha512.sha512,_sha3.sha3_224,_sha3.sha3_256,_sha3.sha3_384,_sha3.sha3_512,_sha3.shake_128,_sha3.shake_256,_blake2.blake2b,_blake2.blake2s]
inputs = [b"", b"abc", b"a"*63, b"a"*64, b"a"*65, b"x"*127, b"x"*128, b"x"*129, b"y"*135, b"y"*136, b"y"*137, b"z"*167, b"z"*168, b"z"*1000, bytes(range(256))*5]
for c in ctors:
    for d in inputs:
        h = c(d)
        print(h.name, len(d), h.hexdigest(40) if h.digest_size == 0 else h.hexdigest())
    h = c()
    for d in inputs: h.update(d)
    g = h.copy(); g.update(b"more")
    print(h.name, "incr", h.hexdigest(300) if h.digest_size == 0 else h.hexdigest(), g.digest(7) if h.digest_size == 0 else g.digest())
B=_blake2.blake2b; S=_blake2.blake2s
for T in (B, S):
    for kw in [dict(key=b"secret"), dict(key=b"k"*T.MAX_KEY_SIZE), dict(salt=b"salty"), dict(person=b"me"), dict(digest_size=7), dict(digest_size=1, key=b"x", salt=b"s"*T.SALT_SIZE, person=b"p"*T.PERSON_SIZE),
               dict(fanout=2, depth=3, leaf_size=100, node_offset=5, node_depth=1, inner_size=32, last_node=True), dict(node_offset=2**40, leaf_size=2**32-1, fanout=0, depth=255, node_depth=255, inner_size=0)]:
        for d in [b"", b"abc", b"q"*200]:
            h = T(d, **kw); print(h.name, kw, len(d), h.digest_size, h.hexdigest())
    h = T(key=b"kk"); h.update(b"a"*T.MAX_DIGEST_SIZE*2); print(h.hexdigest())
