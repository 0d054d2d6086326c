class Point:
    x: int
    y: int = 0
    if True:
        z: float = 1.0
    obj.attr: int
    data[0]: str = "s"

def local_annotations():
    v: int = 1
    w: str
    return v
