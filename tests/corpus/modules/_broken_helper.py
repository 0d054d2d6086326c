print("  _broken_helper: body starts")
ratio = 1 / 0
