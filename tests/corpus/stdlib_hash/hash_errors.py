# Hash objects: constructor and method argument handling, attributes, SHAKE lengths, BLAKE2 parameter checks.
import _md5,_sha1,_sha256,_sha512,_sha3,_blake2
def t(f,*a,**k):
    try: r=f(*a,**k); print("ok", r if not hasattr(r,"hexdigest") else (r.hexdigest() if r.digest_size else r.hexdigest(5)))
    except Exception as e: print(type(e).__name__, e)
for f in [_md5.md5,_sha1.sha1,_sha256.sha224,_sha512.sha512,_sha3.sha3_256,_sha3.shake_128,_blake2.blake2b,_blake2.blake2s]:
    print(f.__name__)
    t(f,"abc"); t(f,b"a",b"b"); t(f,data=b"abc"); t(f,string=b"abc"); t(f,b"x",usedforsecurity=False); t(f,1); t(f,bytearray(b"abc")); t(f,memoryview(b"abc"))
    t(f,b"a",string=b"b"); t(f, foo=1); t(f, None)
    h=f(); t(h.update,"x"); t(h.update); t(h.update,1); t(h.update, b"a", b"b"); t(h.update, bytearray(b"xyz")); t(h.copy)
    t(lambda: h.name); t(lambda: h.digest_size); t(lambda: h.block_size)
    try: h.name="x"
    except AttributeError as e: print("AttributeError")
    try: h.foo=1
    except AttributeError as e: print("AttributeError")
    print(type(h).__name__, type(h).__module__, type(h).__qualname__)
    try:
        class Y(type(h)): pass
    except TypeError as e: print("TypeError subclass")
h=_sha3.shake_256(b"abc")
t(h.digest); t(h.digest,-1); t(h.hexdigest,0); t(h.digest,2**40); t(h.digest,3.0); t(h.hexdigest,length=3); t(h.digest, 1<<29); t(h.digest, (1<<29)-1 and 3); t(h.digest, 2**64); t(h.digest, 2**63); t(h.digest, True)
print(h._capacity_bits, h._rate_bits, h._suffix, _sha3.sha3_256()._suffix, _sha3.sha3_512()._rate_bits)
t(_md5.md5().digest, 1)
B=_blake2.blake2b
t(B, digest_size=0); t(B, digest_size=65); t(B, digest_size=20); t(B,key=b"x"*65); t(B,salt=b"x"*17); t(B,person=b"x"*17); t(B,fanout=256); t(B,fanout=-1); t(B,depth=0); t(B,depth=256); t(B,leaf_size=2**32); t(B,leaf_size=-1); t(B,node_offset=2**64); t(B,node_offset=-1); t(B,node_depth=256); t(B,inner_size=65); t(B,inner_size=-1); t(B,last_node=1); t(B,key="abc"); t(B,salt="x"); t(B,digest_size="x"); t(B,digest_size=2**70)
t(B,fanout=1.5); t(B,leaf_size=1.5); t(B,node_offset="x"); t(B,last_node=[]); t(B,last_node=[1]); t(B,key=1); t(B,digest_size=True); t(B, leaf_size=2**64); t(B,salt=bytearray(b"ab")); t(B,key=memoryview(b"k"))
S=_blake2.blake2s
t(S, digest_size=33); t(S,key=b"x"*33); t(S,salt=b"x"*9); t(S,person=b"x"*9); t(S,node_offset=2**48); t(S,node_offset=2**48-1); t(S,inner_size=33)
print(B.SALT_SIZE, B.PERSON_SIZE, B.MAX_KEY_SIZE, B.MAX_DIGEST_SIZE, S.SALT_SIZE, S.PERSON_SIZE, S.MAX_KEY_SIZE, S.MAX_DIGEST_SIZE)
print(sorted(k for k in dir(_blake2) if not k.startswith("__")))
print(_sha512.SHA384Type is _sha512.sha512(b"").__class__, _md5.MD5Type is type(_md5.md5()))
b=_blake2.blake2b(b"x"); b.__init__(b"yy"); print(b.hexdigest()[:10])
