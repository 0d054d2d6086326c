# statistics over seeded random data (fractions and decimals too), and NormalDist sampling.
import random
import statistics
from decimal import Decimal
from fractions import Fraction

random.seed(1)
data = [random.gauss(10, 2) for _ in range(100)]
ints = [random.randint(1, 6) for _ in range(50)]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data))
print(statistics.stdev(data), statistics.pstdev(data), statistics.variance(data), statistics.pvariance(data))
print(statistics.median_low(ints), statistics.median_high(ints), statistics.median_grouped(ints), statistics.mode(ints))
print(statistics.multimode(ints), statistics.geometric_mean(data), statistics.harmonic_mean(data))
print(statistics.quantiles(data, n=4), statistics.quantiles(ints, n=10, method="inclusive"))
print(statistics.covariance(data[:50], data[50:]), statistics.correlation(data[:50], data[50:]))
print(statistics.linear_regression([1, 2, 3, 4], [2, 4, 7, 9]))
print(statistics.linear_regression([1, 2, 3, 4], [2, 4, 7, 9], proportional=True))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 7)]), statistics.variance([Fraction(1, 3), Fraction(2, 3), Fraction(1, 7)]))
print(statistics.mean([Decimal("1.1"), Decimal("2.2"), Decimal("3.3")]), statistics.stdev([Decimal("1.5"), Decimal("2.5"), Decimal("4")]))
print(statistics.fmean([1, 2, 3], weights=[3, 2, 1]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
n = statistics.NormalDist(5, 2)
print(n.mean, n.stdev, n.variance, n.inv_cdf(0.9), n.pdf(4.0), n.zscore(7.5), n.quantiles(4))
print([round(x, 9) for x in n.samples(5, seed=42)])
fitted = statistics.NormalDist.from_samples(data)
print(fitted.mean, fitted.stdev, (n + 1).mean, (n * 2).stdev)
for bad in ([], [1]):
    for f in (statistics.mean, statistics.stdev, statistics.median):
        try:
            print(f.__name__, f(bad))
        except statistics.StatisticsError as e:
            print(f.__name__, type(e).__name__, e)
