import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean([1, 2, 3, 4, 4]), st.mean(data), st.mean([Fraction(3, 7), Fraction(1, 21)]), st.mean([Decimal("0.5"), Decimal("0.75")]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue"]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1, 2, 3, 4, 5], n=4))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(round(st.covariance(x, y), 10), round(st.correlation(x, y), 10), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
nd = st.NormalDist(mu=100, sigma=15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 10), round(nd.pdf(100), 10), round(nd.inv_cdf(0.975), 8))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), round(nd.overlap(st.NormalDist(110, 15)), 10), nd.quantiles(4), round(nd.zscore(115), 10))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd == st.NormalDist(100, 15))
for fn, arg in ((st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, []), (st.harmonic_mean, [-1, 2]),
                (st.geometric_mean, [0, 1]), (st.quantiles, [1]), (st.pvariance, []), (st.fmean, [])):
    try:
        print(fn(arg))
    except st.StatisticsError as e:
        print(fn.__name__, type(e).__name__, e)
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.correlation([1, 2], [1])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.mean(["a"])
except TypeError as e:
    print(type(e).__name__, e)
print(st.mean([True, False, True]), st.median(["b", "a", "c"]), type(st.mean([1, 2])).__name__, type(st.mean([1, 2.0])).__name__)
print(st.pvariance([1, 2, 3, 4], mu=2.5), st.variance(range(10)), st.pstdev([Decimal("1"), Decimal("2"), Decimal("4")]))
