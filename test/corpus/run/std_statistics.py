# statistics: exact-rational mean/variance (ints stay ints), correctly rounded stdev, medians, mode, quantiles, errors
import statistics as st
import random
random.seed(7)
xs = [random.gauss(0, 1) for _ in range(101)]
print(st.mean(xs), st.fmean(xs), st.median(xs), st.stdev(xs), st.pstdev(xs), st.variance(xs), st.pvariance(xs))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1, 2.5]), st.variance([1, 2, 3, 4]), st.variance([1, 2, 3]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3]))
print(st.mean([0.1, 0.2, 0.3]), st.mean([1e308, 1e308]), st.variance([0.1, 0.2, 0.3, 0.4]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([3, 1, 2]), st.mode([1, 2, 2, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"), st.quantiles([1.5, 2.5], n=3))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.fmean([1, 2, 3], [0.5, 0.25, 0.25]))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.mean([True, False, True]), st.mean([10**20, 10**20 + 2]))
print(st.variance([float("nan"), 1.0]), st.mean([float("inf"), 1.0]))
for f, arg in ((st.mean, []), (st.variance, [1]), (st.stdev, [2.0]), (st.median, []), (st.mode, []), (st.pvariance, [])):
    try: f(arg)
    except st.StatisticsError as e: print(type(e).__name__, e)
try: st.mean(["a"])
except TypeError as e: print(e)
