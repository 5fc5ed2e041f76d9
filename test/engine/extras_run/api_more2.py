# NumPy 2 aliases and small helpers (QA-6): acos/pow/..., hsplit/vsplit/dsplit, broadcast_arrays, rollaxis,
# *_indices_from, fix, sinc, real/imag, can_cast, putmask/place, trim_zeros, setxor1d, concat, permute_dims,
# matrix_transpose, unstack, float_power, cumulative_sum/prod, piecewise, choose, binary_repr, fromiter
import numpy as np
x = np.linspace(-0.9, 0.9, 4)
print(np.acos(x), np.asin(0.5), np.atan2(1.0, 2.0), np.pow(np.arange(4), 2), np.bitwise_not(np.uint8(5)), np.bitwise_left_shift(1, 3), np.atanh(x))
a = np.arange(24).reshape(2, 3, 4)
print(np.hsplit(np.arange(6), 3), [p.shape for p in np.hsplit(a, [1])], [p.shape for p in np.vsplit(a, 2)], [p.shape for p in np.dsplit(a, 2)])
try:
    np.dsplit(np.ones((2, 2)), 2)
except ValueError as e:
    print('ValueError', e)
u, v = np.broadcast_arrays(np.arange(3), np.arange(2)[:, None])
print(u, v, u.shape)
print(np.rollaxis(a, 2).shape, np.rollaxis(a, 2, 1).shape, np.rollaxis(a, 0, 3).shape, np.rollaxis(a, 1, 1).shape)
m = np.arange(9).reshape(3, 3)
print(np.diag_indices_from(m), np.tril_indices_from(m), np.triu_indices_from(m, 1), m[np.tril_indices_from(m, -1)])
print(np.fix(np.array([-2.5, 2.5, 0.4])), np.fix(3.7), np.fix(np.arange(3)), repr(np.sinc(np.array([0.0, 0.5, 1.0, -1.5]))), repr(np.sinc(0.25)))
print(np.real(np.arange(3.0)), np.imag(np.arange(3.0)), np.iscomplexobj(x), np.isrealobj(x), np.iscomplex([1, 2]), np.isreal(1.0), np.isfortran(np.ones((2, 3)).T))
print(np.can_cast(np.int32, np.int64), np.can_cast(np.float64, np.int8), np.can_cast('i8', 'f8', 'same_kind'), np.can_cast(np.float32, np.float16, 'unsafe'), np.iterable([1]), np.iterable(3))
p = np.arange(6)
np.putmask(p, p > 2, [10, 20])
q = np.arange(6.0)
np.place(q, q % 2 == 1, [7, 8])
print(p, q, np.trim_zeros(np.array([0, 0, 1, 2, 0])), np.trim_zeros([0, 3, 0], 'f'), np.setxor1d([1, 2, 3, 3], [2, 4]))
print(np.concat([np.ones(2), np.zeros(1)]), np.permute_dims(a, (2, 0, 1)).shape, np.matrix_transpose(a).shape, [t.shape for t in np.unstack(a, axis=1)], np.row_stack([[1, 2], [3, 4]]))
print(np.float_power(2, 3), np.float_power([2, 3], -1), np.cumulative_sum(np.arange(5)), np.cumulative_sum(m, axis=1, include_initial=True), np.cumulative_prod(np.arange(1, 5), include_initial=True))
t = np.linspace(-2, 2, 9)
print(np.piecewise(t, [t < 0, t >= 0], [lambda v: -v, lambda v: v ** 2]), np.piecewise(t, [t < -1, t > 1], [-1, 1, 0]), np.piecewise(t, [t > 0], [lambda v: v * 10]))
print(np.choose([0, 1, 2, 1], [[0, 1, 2, 3], [10, 11, 12, 13], [20, 21, 22, 23]]), np.choose(np.array([[0, 1], [1, 0]]), [np.zeros(2), np.ones(2) * 5]), np.choose([3, -1], [[1, 2], [3, 4]], mode='clip'), np.choose([3, -1], [[1, 2], [3, 4]], mode='wrap'))
print(np.binary_repr(10), np.binary_repr(-3, width=5), np.binary_repr(-3), np.binary_repr(5, width=8), np.base_repr(255, 16), np.base_repr(-10, 3, padding=2))
print(np.fromiter((i * i for i in range(5)), dtype=float), np.fromiter(range(10), dtype=np.int32, count=3), np.asarray_chkfinite([1.0, 2.0]))
for f in [lambda: np.asarray_chkfinite([1.0, np.inf]), lambda: np.choose([5], [[1], [2]]), lambda: np.fromiter(range(2), float, count=5)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(np.piecewise(np.array(2.0), [True], [lambda v: v + 1]), np.piecewise(t, t > 0, [1.0, -1.0]), np.piecewise(t, np.array([t < 0, t > 1]), [0, 1, 2]))
print(np.unique_counts(np.array([[1, 1], [2, 3]])), np.unique_inverse(np.array([[3, 1], [3, 2]])), np.unique_all([3, 1, 3]))
vals, counts = np.unique_counts([4, 4, 2])
print(vals, counts, np.unique_all(np.array([2.5, 1.0, 2.5])).indices)
x = np.array([-2.5, 0.0, -0.0, 3.75, np.inf, -np.inf, np.nan, 1e-310, 6.0, -7e-320, 1.7976931348623157e308])
print(np.modf(x))
print(np.frexp(x))
print(np.ldexp(x[:4], 3), np.ldexp(3, np.arange(3)), np.ldexp(0.75, -1074), np.ldexp(0.5, -1074), np.ldexp(0.75, -1075), np.ldexp(1.5, 1023), np.ldexp(-3.0, -1076))
print(np.nextafter(1.0, 2.0), np.nextafter(0.0, -1.0), np.nextafter(np.float32(1), np.float32(0)), np.nextafter(-1.0, 0.0), np.spacing(1.0), np.spacing(-1.0), np.spacing(np.float32(1)), np.spacing(0.0))
print(np.modf(np.arange(3)), np.frexp(np.arange(3)), np.frexp(np.float32(6.0)), np.modf(2.5), np.frexp(np.array([6.0], np.float32))[1].dtype)
print(np.spacing(np.array([1e300, -1e-300, 5.0])), np.nextafter(np.array([1.0, 2.0]), np.array([0.0, 3.0])), np.ldexp(np.float32(1.5), 2))
