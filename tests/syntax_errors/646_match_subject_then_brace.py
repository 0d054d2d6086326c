match f"{{f"{a}" for b in c}":
    case 1: pass
