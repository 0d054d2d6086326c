"""Fannkuch-redux: for every permutation of 1..n, count the pancake flips
needed until 1 is in front; report the maximum and a signed checksum.

Permutations are generated in the counting (Heap-like rotation) order, so the
checksum sign alternates with the permutation index."""
import _harness


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            # reverse the first (first + 1) elements
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if index % 2 == 0 else -flips
        index += 1
        # next permutation: rotate prefixes until a counter is left
        while True:
            if r == n:
                return max_flips, checksum
            head = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def run(n):
    max_flips, checksum = fannkuch(n)
    return "%d %d" % (max_flips, checksum)


SIZES = {"tiny": 7, "normal": 9}
EXPECTED = {"tiny": '16 228', "normal": '30 8629'}

if __name__ == "__main__":
    _harness.main("fannkuch", run, SIZES, EXPECTED)
