raise ValueError("x") from
