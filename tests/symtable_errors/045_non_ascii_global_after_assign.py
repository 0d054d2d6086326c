def f():
    café = "crème brûlée"; global café
