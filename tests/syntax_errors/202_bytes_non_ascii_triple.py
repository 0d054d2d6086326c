b = b"""
ok
über
"""
