x = 1 ‮# hidden
