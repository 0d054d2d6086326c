f = open("C:\Users\name\file.txt")
