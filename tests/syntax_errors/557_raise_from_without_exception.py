try:
    pass
except Exception as e:
    raise from e
