#!/usr/bin/env python
"""The hard problem of issue 24: can the ALM hold a tight budget where the model wants to grow fast?

An MLP 784-256-256-10 fits Fashion-MNIST images with random labels, AdamW at lr 1e-2, batch 256, 400 steps, under
`LogBudget(model, delta=0.5)` (log K may exceed its initial value by log 1.5). For each variant of the optimizer's options
and each seed it prints and writes the exact final constraint value (σ_max by SVD), the power iteration's estimate, the
loss reached (on the first 2560 images), and the multiplier at the end and at its largest.
Usage: python scripts/hard_problem.py [--seeds 0,1,2] [--out results/tables/hard_problem.csv] [--data_root data]
"""
import argparse, math, time
from pathlib import Path
import torch, torch.nn.functional as F
from alm_experiments.data import load_dataset
from alm_experiments.models import make_model
from alm_experiments.constraints import LogBudget
from alm_experiments.optim import ConstrainedOptimizer
from alm_experiments.utils import write_dicts

VARIANTS = {  # label: (LogBudget options, ConstrainedOptimizer options)
    'defaults (constant dual step 0.1, 2 power-iteration steps)': ({}, {}),
    'former defaults (α = ρ, 1 power-iteration step)': (dict(power_iters=1), dict(dual_lr=None)),
    'α = ρ, 2 power-iteration steps': ({}, dict(dual_lr=None)),
    'dual step 0.1, 1 power-iteration step': (dict(power_iters=1), {}),
    'νPI (κ_P = 5), dual step 0.1': ({}, dict(stepsize='pi', kp=5.0)),
    'no penalty growth': ({}, dict(rho_growth=1.0)),
    'decoupled, bounded pull (max_pull 0.5)': ({}, dict(coupling='decoupled')),
    'decoupled, unbounded pull': ({}, dict(coupling='decoupled', max_pull=math.inf)),
}

def data(root):
    "The first 25 600 Fashion-MNIST training images, normalised and flattened, with random labels (seed 0)."
    sp = load_dataset('fashion_mnist', root, val_frac=0.0, download=False)
    X = ((sp.x_train[:25600].float() / 255 - sp.mean[0]) / sp.std[0]).reshape(-1, 784)
    return X, torch.randint(0, 10, (len(X),), generator=torch.Generator().manual_seed(0))

def run(X, Y, seed, budget_kw, opt_kw, steps=400):
    "One run: the exact and estimated final constraint value, the loss, the multiplier (final, largest), seconds."
    torch.manual_seed(seed)
    model = make_model('mlp')
    opt = ConstrainedOptimizer(torch.optim.AdamW(model.parameters(), lr=1e-2), LogBudget(model, delta=0.5, **budget_kw),
                               **opt_kw)
    lam_max, t0 = 0.0, time.time()
    for k in range(steps):
        i = (k * 256) % len(X)
        opt.zero_grad(); F.cross_entropy(model(X[i:i + 256]), Y[i:i + 256]).backward(); opt.step()
        lam_max = max(lam_max, opt.alm.duals.max().item())
    f = opt.feasibility()['c']
    with torch.no_grad(): loss = F.cross_entropy(model(X[:2560]), Y[:2560]).item()
    return dict(exact=f['value'], estimate=f['estimate'], loss=loss, lam_end=opt.alm.duals.item(), lam_max=lam_max,
                seconds=time.time() - t0)

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seeds', default='0,1,2')
    ap.add_argument('--out', default='results/tables/hard_problem.csv')
    ap.add_argument('--data_root', default='data')
    a = ap.parse_args()
    torch.set_num_threads(1)
    X, Y = data(a.data_root)
    rows = []
    for label, (bkw, okw) in VARIANTS.items():
        for seed in map(int, a.seeds.split(',')):
            r = dict(variant=label, seed=seed, **run(X, Y, seed, bkw, okw))
            print(f"{label:<60} seed {seed}: log K − B exact {r['exact']:+.4f} (estimate {r['estimate']:+.4f}), "
                  f"loss {r['loss']:.3f}, λ {r['lam_end']:.3g} (max {r['lam_max']:.3g})", flush=True)
            rows.append(r)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    print(f'written: {write_dicts(a.out, rows)}')

if __name__ == '__main__': main()
