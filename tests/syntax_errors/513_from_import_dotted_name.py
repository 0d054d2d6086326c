from os import path.join
