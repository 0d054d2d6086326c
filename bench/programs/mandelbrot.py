"""Mandelbrot: render the Mandelbrot set as ASCII art (one character per point,
chosen by escape time), with plain float arithmetic (no complex numbers)."""
import _harness

PALETTE = " .:-=+*#%@"


def render(width, height, max_iter):
    rows = []
    for py in range(height):
        ci = -1.2 + 2.4 * py / (height - 1)
        row = []
        for px in range(width):
            cr = -2.1 + 2.8 * px / (width - 1)
            zr = zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            if n == max_iter:
                row.append("@")
            else:
                row.append(PALETTE[n % (len(PALETTE) - 1)])
        rows.append("".join(row))
    return "\n".join(rows)


def run(size):
    width, height, max_iter = size
    picture = render(width, height, max_iter)
    checksum = 0
    for ch in picture:
        checksum = (checksum * 33 + ord(ch)) & 0xFFFFFFFF
    return "%d %d %d" % (len(picture), picture.count("@"), checksum)


SIZES = {"tiny": (40, 20, 50), "normal": (160, 70, 800)}
EXPECTED = {"tiny": '819 174 1496040406', "normal": '11269 2472 165922426'}

if __name__ == "__main__":
    _harness.main("mandelbrot", run, SIZES, EXPECTED)
