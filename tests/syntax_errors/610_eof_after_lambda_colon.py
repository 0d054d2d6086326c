f = (lambda:
