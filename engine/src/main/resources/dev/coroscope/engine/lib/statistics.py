"""statistics for Coroscope: averages and spread of int/float data computed exactly (integer
ratios) and rounded once, so results equal CPython 3.11's; written for the engine."""

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'mean', 'harmonic_mean', 'median',
           'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance', 'covariance', 'correlation', 'linear_regression',
           'LinearRegression']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as an exact (numerator, denominator) pair; None for inf and nan."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            return None
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _result_type(values):
    """int when all values are ints (bools included), else float (what CPython's coercion gives here)."""
    for v in values:
        if not isinstance(v, int):
            if isinstance(v, float):
                return float
            raise TypeError(f"can't convert type '{type(v).__name__}' to numerator/denominator")
    return int


def _exact_sum(values):
    """Exact sum as (num, den), or a float inf/nan when one of the values is one."""
    num, den = 0, 1
    special = None
    for v in values:
        r = _ratio(v)
        if r is None:
            special = v if special is None else special + v
            continue
        n, d = r
        num, den = num * d + n * den, den * d
        g = math.gcd(num, den)
        if g > 1:
            num //= g
            den //= g
    return num, den, special


def _convert(num, den, T):
    g = math.gcd(num, den)
    num, den = num // g, den // g
    if T is int and den == 1:
        return num
    return num / den


def mean(data):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    T = _result_type(data)
    num, den, special = _exact_sum(data)
    if special is not None:
        return float(special)
    return _convert(num, den * n, T)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
    for v in data + weights:
        if v < 0:
            raise StatisticsError(errmsg)
    wnum, wden, _ = _exact_sum(weights)
    try:
        # Each term is computed in floating point first, as CPython does.
        terms = [w / x if w else 0 for w, x in zip(weights, data)]
    except ZeroDivisionError:
        return 0
    T = _result_type(terms)
    num, den, special = _exact_sum(terms)
    if special is not None:
        return wnum / wden / special
    if num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(wnum * den, wden * num, T)


def _sorted_nonempty(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half] if odd else (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    ordered = _sorted_nonempty(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    ordered = _sorted_nonempty(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1):
    ordered = _sorted_nonempty(data)
    count = len(ordered)
    mid = ordered[count // 2]
    below = bisect_left(ordered, mid)   # how many values lie below the median's class
    inside = bisect_right(ordered, mid, below) - below
    try:
        interval = float(interval)
        mid = float(mid)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    # Interpolate within the class [mid - interval/2, mid + interval/2] holding the middle value.
    return mid - interval / 2 + interval * (count / 2 - below) / inside


def mode(data):
    try:
        return Counter(iter(data)).most_common(1)[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    best = max(counts.values(), default=None)
    return [value for value, times in counts.items() if times == best]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _sum_sq_dev(data, xbar):
    """Exact sum of squared deviations from the mean (or from xbar) as (num, den), the type, or a float for inf/nan."""
    T = _result_type(data)
    n = len(data)
    if xbar is not None:
        num, den = 0, 1
        for x in data:
            r = _ratio(x - xbar)
            if r is None:
                return T, float('nan'), 1
            dn, dd = r
            num, den = num * dd * dd + dn * dn * den, den * dd * dd
            g = math.gcd(num, den)
            num, den = num // g, den // g
        return T, num, den
    sx_n, sx_d = 0, 1
    sxx_n, sxx_d = 0, 1
    for x in data:
        r = _ratio(x)
        if r is None:
            return T, float('nan'), 1
        a, b = r
        sx_n, sx_d = sx_n * b + a * sx_d, sx_d * b
        sxx_n, sxx_d = sxx_n * b * b + a * a * sxx_d, sxx_d * b * b
        g = math.gcd(sx_n, sx_d)
        sx_n, sx_d = sx_n // g, sx_d // g
        g = math.gcd(sxx_n, sxx_d)
        sxx_n, sxx_d = sxx_n // g, sxx_d // g
    # (n * sxx - sx**2) / n, exactly
    num = n * sxx_n * sx_d * sx_d - sx_n * sx_n * sxx_d
    den = sxx_d * sx_d * sx_d * n
    return T, num, den


def _sqrt_frac(num, den):
    """The square root of num/den (num >= 0) correctly rounded to a float."""
    # An integer root with 60+ significant bits whose last bit records inexactness rounds
    # correctly under the final division.
    shift = max(0, (120 - (num.bit_length() - den.bit_length())) // 2)
    scaled_num = num << (2 * shift)
    q = scaled_num // den
    root = math.isqrt(q)
    if root * root * den != scaled_num:
        root |= 1
    return root / (1 << shift)


def variance(data, xbar=None):
    data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    T, num, den = _sum_sq_dev(data, xbar)
    if isinstance(num, float):
        return num
    return _convert(num, den * (n - 1), T)


def pvariance(data, mu=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, num, den = _sum_sq_dev(data, mu)
    if isinstance(num, float):
        return num
    return _convert(num, den * n, T)


def stdev(data, xbar=None):
    data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    T, num, den = _sum_sq_dev(data, xbar)
    if isinstance(num, float):
        return num
    return _sqrt_frac(num, den * (n - 1))


def pstdev(data, mu=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    T, num, den = _sum_sq_dev(data, mu)
    if isinstance(num, float):
        return num
    return _sqrt_frac(num, den * n)


# --- two variables (3.10+) ------------------------------------------------------------------------
# Means by math.fsum, then sums of products of deviations by math.fsum, one division at the end:
# the same float operations as CPython's, so the same results to the last bit.

LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def _check_pairs(x, y, what):
    count = len(x)
    if len(y) != count:
        raise StatisticsError(what + ' requires that both inputs have same number of data points')
    if count < 2:
        raise StatisticsError(what + ' requires at least two data points')
    return count


def _deviation_products(x, y, count):
    """(sum of dx*dy, mean of x, mean of y) with dx, dy the deviations from the means."""
    mx = math.fsum(x) / count
    my = math.fsum(y) / count
    total = math.fsum((a - mx) * (b - my) for a, b in zip(x, y))
    return total, mx, my


def covariance(x, y, /):
    count = _check_pairs(x, y, 'covariance')
    total, _, _ = _deviation_products(x, y, count)
    return total / (count - 1)


def correlation(x, y, /):
    count = _check_pairs(x, y, 'correlation')
    sxy, mx, my = _deviation_products(x, y, count)
    sxx = math.fsum((a - mx) * (a - mx) for a in x)
    syy = math.fsum((b - my) * (b - my) for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    count = _check_pairs(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
    else:
        sxy, mx, my = _deviation_products(x, y, count)
        sxx = math.fsum((a - mx) * (a - mx) for a in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else my - slope * mx)
