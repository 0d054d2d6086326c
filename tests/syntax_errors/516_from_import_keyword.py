from x import class
