import pickle, copy
print(len.__reduce__(), [].append.__reduce__()[1][1], dict.fromkeys.__reduce__(), list.append.__reduce__())
print(dict.fromkeys.__name__, int.from_bytes.__name__, str.maketrans.__name__)
for p in (0, 2, 4):
    a, b, c = pickle.loads(pickle.dumps([len, list.append, dict.fromkeys], p))
    print(p, a is len, b is list.append, c.__name__, c("xy", 0))
print(copy.deepcopy(len) is len, copy.copy(str.upper) is str.upper)
class K:
    def m(self): return 42
    @classmethod
    def c(cls): return "c"
print(pickle.loads(pickle.dumps(K().m, 2))(), pickle.loads(pickle.dumps(K.c))(), K().m.__reduce__()[1][1])
print(pickle.loads(pickle.dumps(type(None))), pickle.loads(pickle.dumps(type)), type.__module__)
