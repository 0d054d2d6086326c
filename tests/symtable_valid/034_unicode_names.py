def f(é, ﬁ):
    µ = é
    return µ, ﬁ
