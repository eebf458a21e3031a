# statistics.covariance/correlation/linear_regression (3.10+) and heapq.merge.
import statistics
import heapq

x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(statistics.covariance(x, y), statistics.correlation(x, y))
print(statistics.linear_regression(x, y), statistics.linear_regression(x, y, proportional=True))
fit = statistics.linear_regression([1, 2, 3], [2, 4, 7])
print(fit.slope, fit.intercept, fit, type(fit).__name__, statistics.LinearRegression._fields)
print(statistics.correlation([0.1, 0.5, 0.9], [3.0, 2.0, 1.5]), statistics.covariance([1.5, 2.5], [10, 20]))
years = [2015, 2016, 2017, 2018, 2019]
films = [1, 2, 3, 4, 6]
slope, intercept = statistics.linear_regression(years, films)
print(round(slope * 2020 + intercept, 6))
for args in (([1, 2], [1]), ([1], [1]), ([1, 1, 1], [1, 2, 3]), ([1, 2, 3], [5, 5, 5])):
    for f in (statistics.covariance, statistics.correlation, statistics.linear_regression):
        try:
            print(f.__name__, f(*args))
        except statistics.StatisticsError as e:
            print(f.__name__, 'error:', e)

print(list(heapq.merge([1, 3, 5], [2, 4], [0, 6])), type(heapq.merge()).__name__, list(heapq.merge()))
print(list(heapq.merge(['b', 'd'], ['A', 'c'], key=str.lower)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print(list(heapq.merge([(1, 'a')], [(1, 'b')], key=lambda p: p[0], reverse=True)))
merged = heapq.merge(iter([1, 10]), iter([5]))
print(next(merged), next(merged), list(merged))
