def main():
    name = "x"
    print "Hello", name
