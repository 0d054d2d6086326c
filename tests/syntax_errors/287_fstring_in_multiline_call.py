print(
    "ok",
    f"{}",
)
