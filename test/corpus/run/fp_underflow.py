# Underflow under np.errstate / np.seterr: which operations raise it (NumPy ignores it by default)
import numpy as np

A = np.array
tiny = 2.0 ** -1022


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except FloatingPointError as e:
        print(label, "FloatingPointError:", e)


print(A([1e-300]) * A([1e-300]))  # default: underflow ignored
print(np.seterr()["under"], np.geterr()["under"])
with np.errstate(under="raise"):
    attempt("mul", lambda: A([1e-300]) * A([1e-300]))
    attempt("mul exact subnormal", lambda: A([2.0 ** -1070]) * A([0.5]))
    attempt("mul inexact subnormal", lambda: A([3 * 2.0 ** -1074]) * A([0.5]))
    attempt("mul by zero", lambda: A([0.0]) * A([1e-300]))
    attempt("mul to smallest normal", lambda: A([1 - 2.0 ** -53]) * A([tiny]))
    attempt("mul py float", lambda: A([1e-300]) * 1e-300)
    attempt("mul int", lambda: A([1e-320]) * 3)
    attempt("div", lambda: A([1e-300]) / A([1e300]))
    attempt("div exact", lambda: A([2.0 ** -1000]) / A([2.0 ** 60]))
    attempt("floor_divide", lambda: A([1e-300]) // A([1e300]))
    attempt("floor_divide opposite", lambda: A([-1e-300]) // A([1e300]))
    attempt("divmod", lambda: np.divmod(A([1e-300]), A([1e300])))
    attempt("remainder", lambda: A([1e-300]) % A([1e300]))
    attempt("add", lambda: A([1e-308]) - A([0.9e-308]))
    attempt("exp", lambda: np.exp(A([-1000.0])))
    attempt("exp edge", lambda: np.exp(A([-708.3964, -708.39642])))
    attempt("exp -inf", lambda: np.exp(A([-np.inf])))
    attempt("exp2", lambda: np.exp2(A([-1070.5])))
    attempt("exp2 exact", lambda: np.exp2(A([-1070.0])))
    attempt("power", lambda: A([1e-200]) ** A([2.0]))
    attempt("power 2", lambda: A([1e-200]) ** 2)
    attempt("power 2.0", lambda: A([1e-200]) ** 2.0)
    attempt("power 3", lambda: A([1e-200]) ** 3)
    attempt("power exact", lambda: A([0.5]) ** A([1070.0]))
    attempt("power -1", lambda: A([1.7e308]) ** -1)
    attempt("power zero base", lambda: A([0.0]) ** A([2.0]))
    attempt("square", lambda: np.square(A([1e-200])))
    attempt("square exact", lambda: np.square(A([2.0 ** -530])))
    attempt("reciprocal", lambda: np.reciprocal(A([1.7e308])))
    attempt("sqrt", lambda: np.sqrt(A([1e-310])))
    attempt("sin subnormal", lambda: np.sin(A([1e-310])))
    attempt("sin tiny", lambda: np.sin(A([1e-300])))
    attempt("tanh", lambda: np.tanh(A([1e-310])))
    attempt("arctan2", lambda: np.arctan2(A([1e-300]), A([1e300])))
    attempt("hypot", lambda: np.hypot(A([1e-310]), A([1e-310])))
    attempt("logaddexp", lambda: np.logaddexp(A([-1000.0]), A([0.0])))
    attempt("logaddexp near", lambda: np.logaddexp(A([-100.0]), A([0.0])))
    attempt("maximum", lambda: np.maximum(A([1e-310]), A([0.0])))
    attempt("f32 mul", lambda: A([1e-30], np.float32) * A([1e-30], np.float32))
    attempt("f32 exp", lambda: np.exp(A([-87.3, -87.4], np.float32)))
    attempt("f32 sin", lambda: np.sin(A([1e-20], np.float32)))
    attempt("f32 cos", lambda: np.cos(A([1e-18, 1e-19], np.float32)))
    attempt("cast f32", lambda: A([1e-50]).astype(np.float32))
    attempt("cast f32 exact", lambda: A([2.0 ** -140]).astype(np.float32))
    attempt("cast f16", lambda: A([1e-6]).astype(np.float16))
    attempt("cast f16 exact", lambda: A([2.0 ** -24]).astype(np.float16))
    attempt("prod", lambda: np.prod(A([1e-200, 1e-200])))
    attempt("prod then zero", lambda: np.prod(A([1e-200, 1e-200, 0.0])))
    attempt("prod recovers", lambda: np.prod(A([1e-300, 1e300, 1e-300])))
    attempt("prod axis", lambda: A([[1e-200, 1.0], [1e-200, 1.0]]).prod(axis=0))
    attempt("prod axis 1", lambda: A([[1e-200, 1.0], [1e-200, 1.0]]).prod(axis=1))
    attempt("sum", lambda: np.sum(A([1e-310, 1e-310])))
    attempt("cumprod", lambda: np.cumprod(A([1e-200, 1e-200])))
    attempt("cumprod method", lambda: A([[1e-200], [1e-200]]).cumprod(axis=1))
    attempt("matmul", lambda: A([[1e-200]]) @ A([[1e-200]]))
    attempt("matmul vector", lambda: A([[1.0, 1e-200]]) @ A([[1.0], [1e-200]]))
    attempt("matmul diag", lambda: np.where(np.eye(8) > 0, 1e-200, 1.0) @ np.where(np.eye(8) > 0, 1e-200, 1.0))
    attempt("matvec", lambda: np.ones((3, 3)) @ A([1e-200, 1.0, 1.0]))
    attempt("dot", lambda: np.dot(A([1e-200, 1.0]), A([1e-200, 1.0])))
    attempt("dot method", lambda: A([1e-200, 1.0]).dot(A([1e-200, 1.0])))
    attempt("outer", lambda: np.outer(A([1.0, 1e-200]), A([1.0, 1e-200])))
    attempt("mean", lambda: np.mean(A([1e-320, 2e-320, 4e-320])))
    attempt("var", lambda: np.var(A([1e-200, 3e-200])))
    attempt("scalar mul", lambda: np.float64(1e-300) * np.float64(1e-300))
    attempt("scalar div", lambda: np.float64(1e-300) / 1e300)
    attempt("scalar power", lambda: np.float64(1e-200) ** 2)
    attempt("scalar exp", lambda: np.exp(np.float64(-1000)))
    attempt("float32 scalar", lambda: np.float32(1e-30) * np.float32(1e-30))
    attempt("python floats", lambda: 1e-300 * 1e-300)
    x = A([1e-200, 2.0])
    attempt("in place", lambda: np.multiply(x, x, out=x))
    print(x)

with np.errstate(all="raise"):
    z = A([0.0, -800.0, 3.0])
    attempt("softmax", lambda: np.exp(z - z.max()) / np.exp(z - z.max()).sum())
    attempt("sigmoid", lambda: 1 / (1 + np.exp(-A([-800.0]))))
with np.errstate(all="ignore"):
    print(np.exp(A([-1000.0])), A([1e-300]) * A([1e-300]))

old = np.seterr(under="warn")
print(old["under"], np.geterr()["under"])
print(A([1e-300]) * A([1e-300]))
for i in range(2):
    print(np.exp(A([-1000.0 - i])))
print(np.prod(A([1e-200, 1e-200])))
print(np.float64(1e-300) * 1e-300)
np.seterr(**old)
print(A([1e-300]) * A([1e-300]))


@np.errstate(under="raise")
def decorated(v):
    return v * v


attempt("decorated", lambda: decorated(A([1e-200])))
print(decorated(A([2.0])))

with np.errstate(under="raise"):
    attempt("norm", lambda: np.linalg.norm(A([1e-170, 1e-170])))
    attempt("norm axis", lambda: np.linalg.norm(A([[1e-170, 1e-170]]), axis=1))
    attempt("norm fine", lambda: np.linalg.norm(A([[1e-17, 1.0]])))
    attempt("norm ord", lambda: np.linalg.norm(A([1e-170, 1.0]), ord=1))
    attempt("gauss", lambda: np.exp(-np.linspace(-40, 40, 9) ** 2 / 2))
    attempt("decay", lambda: 0.5 ** np.arange(0, 1200, 100))
    attempt("einsum", lambda: np.einsum("i,i->", A([1e-200]), A([1e-200])))

print(np.ldexp(1.0, 2000), np.ldexp(A([1.5, 3.0]), A([1, 1030])))
print(np.nextafter(A([np.finfo(float).max]), np.inf), np.spacing(A([1e308])), np.spacing(np.finfo(float).max))
with np.errstate(under="raise"):
    attempt("ldexp", lambda: np.ldexp(1.5, -1074))
    attempt("ldexp exact", lambda: np.ldexp(1.0, -1074))
    attempt("nextafter", lambda: np.nextafter(0.0, 1.0))
    attempt("nextafter normal", lambda: np.nextafter(2.2250738585072014e-308, 1.0))
    attempt("spacing", lambda: np.spacing(A([1e-310])))
    attempt("spacing zero", lambda: np.spacing(0.0))
