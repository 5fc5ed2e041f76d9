# np.block, np.mgrid/np.ogrid, np.isneginf/isposinf, np.einsum keywords (QA-6; src/interpreter/npextras.ts)
import numpy as np
A = np.ones((2, 2))
B = np.zeros((2, 3))
print(np.block([[A, B], [np.full((1, 5), 7.0)]]))
print(np.block([1, 2, np.arange(3)]), np.block([[1, 2], [3, 4]]), np.block(np.arange(3)).shape)
print(np.block([[np.eye(2), np.zeros((2, 1))], [np.ones((1, 2)), np.array([[9.0]])]]).shape, np.block([[[1, 2]], [[3, 4]]]).shape)
for bad in [lambda: np.block([[1, 2], 3]), lambda: np.block([]), lambda: np.block([[A], [B]])]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(np.mgrid[0:2, 0:3], np.mgrid[0:1:0.25], np.mgrid[0:2.0, 0:2].dtype, np.mgrid[3:0:-1], np.mgrid[:3])
print(np.ogrid[0:3, 1:4:2], repr(np.ogrid[0:3]), np.mgrid[0:3, 0:2].shape)
xx, yy = np.mgrid[-1:1:0.5, 0:3]
print(xx.shape, yy[0], (xx ** 2 + yy).sum())
x = np.array([-np.inf, -1.0, 0.0, np.inf, np.nan])
print(np.isneginf(x), np.isposinf(x), np.isneginf(-np.inf), np.isposinf(1.0), np.isneginf(np.array(-np.inf)))
a = np.arange(6.0).reshape(2, 3)
o = np.empty((2, 2))
r = np.einsum('ij,kj->ik', a, a, out=o)
print(r is o, o, np.einsum('ij,jk', a, a.T, optimize=True), np.einsum('i,i', np.arange(3), np.arange(3), dtype=np.float64))
print(np.einsum('ij->', np.arange(6).reshape(2, 3), optimize='greedy'))
print(np.format_float_positional(0.1), np.format_float_positional(np.float32(0.1)), np.format_float_positional(1.0), np.format_float_positional(3.14159, precision=2))
print(np.format_float_positional(1e-5, trim='-'), np.format_float_positional(12.0, trim='0'), np.format_float_positional(2.5, precision=3, unique=False), np.format_float_positional(1.5, sign=True, pad_left=4, pad_right=3))
print(np.format_float_scientific(0.00012345), np.format_float_scientific(123456.0, precision=2), np.format_float_scientific(np.float32(3.0), exp_digits=3), np.format_float_scientific(1.0, trim='-', min_digits=2))
print(np.diagflat([[1, 2], [3, 4]]), np.diagflat([1, 2], 1), np.real_if_close(np.arange(3.0)))
print(np.packbits([1, 0, 1, 1, 0, 0, 0, 0, 1]), np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), axis=1), np.packbits([1, 1, 0], bitorder='little'), np.packbits(np.array([[1, 0], [1, 1], [0, 1]]), axis=0))
print(np.unpackbits(np.array([5, 255], dtype=np.uint8)), np.unpackbits(np.array([[5], [3]], dtype=np.uint8), axis=1), np.unpackbits(np.array([5], np.uint8), count=3), np.unpackbits(np.array([5], np.uint8), bitorder='little'), np.unpackbits(np.array([5], np.uint8), count=-2))
print(np.unpackbits(np.packbits(np.arange(20) % 3 == 0))[:20].astype(bool).sum(), np.packbits(np.array([True, False, True])))
for f in [lambda: np.unpackbits(np.array([1.5])), lambda: np.packbits([1.5])]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(np.common_type(np.arange(3), np.ones(2, np.float32)), np.common_type(np.ones(2, np.float32)), np.common_type(np.ones(2, np.float32), np.ones(1)), np.typename('d'), np.typename('?'))
print(np.isdtype(np.float32, 'real floating'), np.isdtype(np.int8, ('integral', 'bool')), np.isdtype(np.uint8, 'signed integer'), np.isdtype(np.float64, np.float64), np.isdtype(np.bool_, 'numeric'))
