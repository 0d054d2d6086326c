class A(Base):


x = 1
