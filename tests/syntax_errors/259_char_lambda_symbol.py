f = λ x: x
