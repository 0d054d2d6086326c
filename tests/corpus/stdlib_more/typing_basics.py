import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, cast, get_args,
                    get_origin, get_type_hints, overload, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K, K.__bound__, T.__name__)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None])
print(Tuple[int, ...], Callable[[int, str], bool], Callable[..., int], Literal["a", 1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]))
print(get_origin(Union[int, str]) is Union, get_args(Callable[[int], str]))
print(Union[int, int], Union[int, Union[str, float]])
print(list[int], dict[str, int] == typing.Dict[str, int], int | str, (int | None) == Optional[int])

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__)

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__, sorted(Movie.__annotations__), type(m))

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class NotRC(Protocol):
    def f(self): ...
try:
    isinstance(F(), NotRC)
except TypeError as e:
    print(type(e).__name__, e)

def f(a: int, b: "str" = "x") -> Optional[List[int]]:
    return None
print(get_type_hints(f))
print(f.__annotations__)
class C:
    x: int
    y: ClassVar[str] = "c"
    z: Final = 3
print(get_type_hints(C))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), g("s"))
print(cast(List[int], "not checked"))
try:
    List[int]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Union[int]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)
print(typing.Any, typing.NoReturn, typing.Self if hasattr(typing, "Self") else None)
print(typing.Annotated[int, "meta"], get_args(typing.Annotated[int, "meta"]))
print(typing.TYPE_CHECKING, typing.AnyStr, typing.Sequence[int], typing.Iterable)
print(typing.Mapping[str, int].__origin__, issubclass(list, typing.Sequence), isinstance({}, typing.Mapping))
NewId = typing.NewType("NewId", int)
print(NewId(5), NewId, NewId.__supertype__)
P = typing.ParamSpec("P")
print(P, P.args, Callable[P, int])
print(typing.Concatenate[int, P])
Ts = typing.TypeVarTuple("Ts")
print(Ts, Tuple[int, *Ts] if False else Tuple[int, typing.Unpack[Ts]])
print(typing.LiteralString, typing.Never)
print(repr(Optional[Union[int, str]]), repr(typing.List), repr(typing.Callable))
def h(x: "Undefined") -> None: pass
try:
    get_type_hints(h)
except NameError as e:
    print(type(e).__name__, e)
print(typing.assert_never.__name__)
