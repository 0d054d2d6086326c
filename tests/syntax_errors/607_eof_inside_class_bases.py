class A(B,
