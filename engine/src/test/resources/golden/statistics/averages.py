import statistics as st
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.mean([1, 2.5]), st.mean(range(10)), st.mean([True, False, True]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median([1.5, 2.5]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode([1, 1, 2, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]), st.mode([2, 1]))
print(st.stdev([1, 2, 3, 4]), st.variance([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([1, 3, 5]))
print(st.stdev([0.1, 0.2, 0.35, 1.7]), st.variance([2.5, 3.25, 5.5, 11.25]), st.pvariance([0.1, 0.2, 0.3]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.fmean([1, 2, 3, 4]), st.fmean([0.1] * 3), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10), st.quantiles([1, 5, 9, 13], method="inclusive"))
print(st.variance([1, 2, 3], xbar=2), st.stdev([10, 20, 30, 40, 55]), st.pstdev([5, 5, 5]), st.mean([10**20, 1]), st.variance(range(100)))
print(st.median_grouped([52, 52, 53, 54]), st.fmean([3.5, 4.0, 5.25], weights=[2, 1, 1]))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.pstdev([]), lambda: st.quantiles([1]), lambda: st.fmean([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
import random
random.seed(5)
xs = [random.random() * 100 for _ in range(50)]
print(st.mean(xs), st.stdev(xs), st.pvariance(xs), st.median(xs))
ys = [random.randint(1, 1000) for _ in range(31)]
print(st.mean(ys), st.stdev(ys), st.variance(ys), st.pstdev(ys))
