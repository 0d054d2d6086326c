visible = "visible"
_hidden = "hidden"


def helper():
    return "helper"
