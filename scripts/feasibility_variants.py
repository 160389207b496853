#!/usr/bin/env python
"""Ways for the ALM to end feasible, measured on a preset: alm_adamw at its tuned values, varied one option at a time.

Variants: the bench's defaults (a relative margin of 0.02, 2 power-iteration steps per step), no margin (2 steps), no
margin with 1 step (the former defaults), margins of 0.01 and 0.03, and the νPI dual rule (κ_P = 5) with the margin.
Each on the preset's first 10 seeds, as a grid of one method (runs under OUT/runs/PRESET_variants/VARIANT/; the defaults
are the grid's own runs, reused when finished). Writes OUT/tables/PRESET_feasibility_variants.csv: per run the final
relative violation (exact log K), feasibility at 0 and 1e-3, and the accuracies.
Usage: python scripts/feasibility_variants.py PRESET [--out results] [--workers 2] [--seeds 0-9]
"""
import argparse, sys
from dataclasses import replace
from pathlib import Path
from alm_experiments.presets import get_experiment, resolved_tuning
from alm_experiments.jobs import parse_seeds, plan
from alm_experiments.runner import run_jobs
from alm_experiments.tuning import load_tuned
from alm_experiments.grid import results_rows
from alm_experiments.utils import write_dicts

VARIANTS = {'defaults (margin 0.02, 2 power steps)': {}, 'no margin': dict(margin=0.0),
            'no margin, 1 power step (the former defaults)': dict(margin=0.0, power_iters=1),
            'margin 0.01': dict(margin=0.01), 'margin 0.03': dict(margin=0.03),
            'νPI (κ_P = 5), margin 0.02': dict(stepsize='pi', kp=5.0)}
COLUMNS = ('final_violation_rel', 'feasible_0', 'feasible_1e-3', 'test_at_best_val', 'final_test_acc',
           'test_at_best_feasible_val')

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('preset'); ap.add_argument('--out', default='results'); ap.add_argument('--workers', type=int, default=2)
    ap.add_argument('--seeds', default='0-9')
    a = ap.parse_args()
    exp, seeds = get_experiment(a.preset), parse_seeds(a.seeds)
    tuned = resolved_tuning(exp, load_tuned(exp, a.out))
    jobs = {}
    for i, (label, kw) in enumerate(VARIANTS.items()):
        sub = exp if not kw else replace(exp, name=f'{exp.name}_variants/{i}',
                                         methods={'alm_adamw': {**exp.methods['alm_adamw'], **kw}})
        t = {'alm_adamw': {k: v for k, v in tuned.get('alm_adamw', {}).items() if k not in kw}}
        jobs[label] = plan(sub, seeds, ['alm_adamw'], a.out, tuned=t)
    res = run_jobs([j for js in jobs.values() for j in js], a.workers)
    if res['failed']: sys.exit(f"{len(res['failed'])} run(s) failed; run the same command again")
    rows = [dict(variant=label, seed=r['seed'], **{k: r.get(k) for k in COLUMNS})
            for label, js in jobs.items() for r in results_rows(js)]
    path = write_dicts(Path(a.out) / 'tables' / f'{exp.name}_feasibility_variants.csv', rows)
    for label in VARIANTS:
        rs = [r for r in rows if r['variant'] == label]
        acc = sum(r['test_at_best_val'] for r in rs) / len(rs)
        print(f"{label:<48} strictly feasible {sum(r['feasible_0'] for r in rs)}/{len(rs)}, within 1e-3 "
              f"{sum(r['feasible_1e-3'] for r in rs)}/{len(rs)}, mean accuracy {100 * acc:.2f} %")
    print(f'written: {path}')

if __name__ == '__main__': main()
