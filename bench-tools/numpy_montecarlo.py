#!/usr/bin/env python3
"""The simulator's Monte Carlo in NumPy, for the throughput comparison in `./bench montecarlo`.

The same algorithm as org.brainbudget.simulate.MonteCarlo with one brain modality, one task source, OLS stage 1
and no distribution shift: a Haar frame for U and T, beta* with exact block powers; stage 1 from Bartlett factors
(X_B'X_B = LL', the signal channels' noise L Z1, the pure-noise channels L W L'), U-hat the top-k left singular
vectors of the normalised OLS coefficient; two passes (the mean m-hat of pass one tunes brain-regularized in pass
two); task statistics X'X = L_T L_T', X'y = X'X beta + sigma L_T z; tuned ridge, OLS, brain-projected and
brain-regularized. Prints one JSON object per line: d, reps, seconds, reps_per_second, mean risks.
"""
import json
import sys
import time

import numpy as np


def bartlett(dim, dof, rng):
    if dof < dim:
        return rng.standard_normal((dim, dof))
    f = np.tril(rng.standard_normal((dim, dim)), -1)
    f[np.diag_indices(dim)] = np.sqrt(rng.chisquare(dof - np.arange(dim)))
    return f


def haar(d, r, rng):
    q, r_ = np.linalg.qr(rng.standard_normal((d, r)))
    return q * np.sign(np.diag(r_))


def direction(basis, power, rng):
    g = rng.standard_normal(basis.shape[1])
    return basis @ (g * np.sqrt(power / (g @ g)))


def stage1(d, k, t, p, signal, m, snr, n_b, rng):
    frame = haar(d, k + t, rng)
    u, tb = frame[:, :k], frame[:, k:]
    beta = direction(u, (1 - m) * signal, rng) + direction(tb, m * signal, rng)
    l = bartlett(d, n_b, rng)
    linv_t = np.linalg.inv(l).T
    coefficient = u * np.sqrt(snr) + linv_t @ rng.standard_normal((d, k))
    blocks = [coefficient]
    if p > k:
        blocks.append(linv_t @ bartlett(d, p - k, rng))
    stacked = np.hstack(blocks) * np.sqrt(n_b - d - 1)
    u_hat = np.linalg.svd(stacked, full_matrices=False)[0][:, :k]
    inside = u_hat.T @ beta
    return beta, u_hat, (beta @ beta - inside @ inside) / signal


def task_risks(d, k, signal, noise, n_t, beta, u_hat, m_hat, rng):
    l = bartlett(d, n_t, rng)
    gram = l @ l.T
    xty = gram @ beta + np.sqrt(noise) * (l @ rng.standard_normal(l.shape[1]))
    g, b = gram / noise, xty / noise
    eye = np.eye(d)
    err = lambda est: float((est - beta) @ (est - beta))
    task_only = err(np.linalg.solve(g + (d / signal) * eye, b))
    ols = err(np.linalg.solve(gram, xty)) if n_t > d + 1 else float("nan")
    m = min(max(m_hat, 1e-12), 1 - 1e-12)
    lam_in, lam_out = k / ((1 - m) * signal), (d - k) / (m * signal)
    brain_regularized = err(np.linalg.solve(g + lam_out * eye + (lam_in - lam_out) * (u_hat @ u_hat.T), b))
    reduced = u_hat.T @ gram @ u_hat
    brain_projected = err(u_hat @ np.linalg.solve(reduced, u_hat.T @ xty))
    return task_only, ols, brain_projected, brain_regularized


def run(d, k, t, p, signal, noise, m, snr, n_b, n_t, reps, seed):
    rng = np.random.default_rng(seed)
    first = [stage1(d, k, t, p, signal, m, snr, n_b, rng) for _ in range(reps)]
    m_hat = float(np.mean([f[2] for f in first]))
    risks = np.array([task_risks(d, k, signal, noise, n_t, f[0], f[1], m_hat, rng) for f in first])
    return m_hat, risks.mean(axis=0)


def main():
    dims = [int(x) for x in sys.argv[1].split(",")] if len(sys.argv) > 1 else [100, 300, 1000]
    reps_for = {100: 200, 300: 40, 1000: 6}
    for d in dims:
        k, t, p = 10, 5, 2 * d
        config = dict(d=d, k=k, t=t, p=p, signal=1.0, noise=0.5, m=0.2, snr=1.0, n_b=4 * d, n_t=d // 2)
        reps = reps_for.get(d, 20)
        run(**{**config, "reps": 2, "seed": 1})  # warm-up: imports, BLAS threads
        start = time.perf_counter()
        m_hat, risks = run(**config, reps=reps, seed=7)
        seconds = time.perf_counter() - start
        print(json.dumps(dict(d=d, reps=reps, seconds=round(seconds, 4),
                              reps_per_second=round(reps / seconds, 3), effective_misalignment=round(m_hat, 5),
                              task_only=round(risks[0], 5), brain_projected=round(risks[2], 5),
                              brain_regularized=round(risks[3], 5))), flush=True)


if __name__ == "__main__":
    main()
