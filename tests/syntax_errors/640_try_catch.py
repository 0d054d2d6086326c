try:
    pass
catch Exception:
    pass
