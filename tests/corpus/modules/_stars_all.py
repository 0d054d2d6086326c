__all__ = ["public_fn", "_exported_private"]


def public_fn():
    return "public_fn"


def not_listed():
    return "not_listed"


def _exported_private():
    return "_exported_private"
