data = b'''\x00\x01
