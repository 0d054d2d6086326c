"""Module docstring."""

import os


def main():
    args = os.environ.get("ARGS")
    for a in args:
        print(a
              + ) 
