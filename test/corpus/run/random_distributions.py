# Every distribution np.random and default_rng() Generators expose, seeded; shapes and values.
import numpy as np

np.random.seed(7)
rng = np.random.default_rng(7)
for src in (np.random, rng):
    print(src.binomial(10, 0.3, size=(2, 3)))
    print(src.beta(2.0, 5.0, size=3).round(4))
    print(src.gamma(2.0, 1.5, size=2).round(4), src.standard_gamma(3.0, 2).round(4))
    print(src.lognormal(0, 1, 2).round(4), src.chisquare(3, 2).round(4))
    print(src.laplace(size=2).round(4), src.logistic(size=2).round(4), src.gumbel(size=2).round(4))
    print(src.triangular(0, 1, 3, size=2).round(4), src.standard_cauchy(2).round(4))
    print(src.weibull(1.5, 2).round(4), src.pareto(3.0, 2).round(4), src.power(2.0, 2).round(4))
    print(src.standard_t(5, 2).round(4), src.f(3, 7, 2).round(4), src.wald(1.0, 2.0, 2).round(4))
    print(src.rayleigh(2.0, 2).round(4), src.geometric(0.3, 4), src.negative_binomial(3, 0.5, 3))
    print(src.hypergeometric(5, 7, 4, size=3), src.logseries(0.6, 3), src.zipf(2.5, 3))
    print(src.multinomial(10, [0.2, 0.3, 0.5], size=2), src.dirichlet([1.0, 2.0, 3.0]).round(4))
    print(src.noncentral_chisquare(3, 1.5, 2).round(4), src.noncentral_f(3, 7, 1.5, 2).round(4))
    print(src.standard_exponential(2).round(4), src.binomial(5, 0.5), type(src.beta(1, 1)).__name__)
