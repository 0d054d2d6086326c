result = func(
    x=1,
    y,
)
