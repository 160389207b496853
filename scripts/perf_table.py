#!/usr/bin/env python
"""Print README's performance table (ratios to AdamW per full iteration and of the optimizer part) from the CSV
that scripts/bench_overhead.py wrote.

Usage: python scripts/perf_table.py [--csv results/tables/perf_overhead.csv]
README.md holds this output between the markers `<!-- perf-table -->` and `<!-- /perf-table -->`;
nbs_tests/test_results.ipynb checks that it is up to date.
"""
import argparse, csv

OWN = 'own loop: ConstrainedOptimizer spectral'
ROWS = [  # (row label, [(section, variant[, 'ci']), ...] joined by the separators in `sep`; 'ci': with its interval)
    ('`ConstrainedOptimizer` as README shows it, spectral budget every step, full / half power-iteration step: per iteration '
     'against the same model and AdamW stepped alone, median over rounds (95 % bootstrap interval)',
     [('full_iteration', f'{OWN} (README)', 'ci'), ('full_iteration', f'{OWN}, half step', 'ci')], [' / ']),
    ('`ConstrainedOptimizer` in a plain loop, spectral budget every step: as README shows it, full / half '
     'power-iteration step; compiled (`compile=True`), full / half step; constant penalty; with per-tensor bounds too, '
     'per iteration against the same model and AdamW stepped alone',
     [('full_iteration', f'{OWN} (README)'), ('full_iteration', f'{OWN}, half step'),
      ('full_iteration', f'{OWN}, compiled'), ('full_iteration', f'{OWN}, half step, compiled'),
      ('full_iteration', f'{OWN}, constant penalty'), ('full_iteration', f'{OWN} + per-tensor bounds')],
     [' / ', '; ', ' / ', '; ', '; ']),
    ('ALM-on-AdamW through `Method`, spectral budget every step (full / half power-iteration step) / every 10 steps, '
     'per iteration',
     [('full_iteration', 'alm_adamw spectral'), ('full_iteration', 'alm_adamw spectral half step'),
      ('full_iteration', 'alm_adamw spectral every 10')], [' / ', ' / ']),
    ('the former README loop (autograd through `budget()`), per iteration',
     [('full_iteration', 'own loop: autograd through budget() (the former README loop)')], []),
    ('squared-L2 budget; per-tensor bounds (coupled); fixed penalty, per iteration',
     [('full_iteration', 'alm_adamw sq_l2'), ('full_iteration', 'alm_adamw_layer coupled'),
      ('full_iteration', 'fixed_penalty')], ['; ', '; ']),
    ('peers per iteration: AdamCPR; Cooper ALM; iALM (spectral budget)',
     [('full_iteration', 'adamcpr (pytorch-cpr)'), ('full_iteration', 'cooper_alm spectral (cooper)'),
      ('full_iteration', 'hc_ialm spectral (humancompatible)')], ['; ', '; ']),
    ('optimizer part, against the AdamW step: drop-in spectral budget (README, full / half step); compiled (full / half)',
     [('optimizer_part', f'{OWN} (README)'), ('optimizer_part', f'{OWN}, half step'),
      ('optimizer_part', f'{OWN}, compiled'), ('optimizer_part', f'{OWN}, half step, compiled')],
     [' / ', '; ', ' / ']),
    ('floor: AdamW + one matrix–vector product per weight, per iteration / optimizer part',
     [('full_iteration', 'floor: adamw + one matvec per weight'),
      ('optimizer_part', 'floor: adamw + one matvec per weight')], [' / ']),
]

def table(path:str) -> str:
    "The markdown table: one row per entry of ROWS, one column per scale in the CSV."
    with open(path, newline='') as f: rows = list(csv.DictReader(f))
    scales = list(dict.fromkeys(r['scale'] for r in rows if r['section'] == 'full_iteration'))
    ratio = {(r['section'], r['scale'], r['variant']): float(r['ratio']) for r in rows}
    ci = {(r['section'], r['scale'], r['variant']): (r['ratio_ci_low'], r['ratio_ci_high']) for r in rows if r.get('ratio_ci_low')}
    def value(sec, scale, var, *how):
        if (sec, scale, var) not in ratio: return 'n/a'
        lo_hi = ci.get((sec, scale, var)) if how else None
        band = f" ({float(lo_hi[0]):.2f}–{float(lo_hi[1]):.2f})" if lo_hi and lo_hi[0] != 'nan' else ''
        return f"{ratio[(sec, scale, var)]:.2f}×{band}"
    def cell(scale, items, seps):
        vals = [value(sec, scale, var, *how) for sec, var, *how in items]
        return vals[0] + ''.join(s + v for s, v in zip(seps, vals[1:]))
    out = ['| | ' + ' | '.join(scales) + ' |', '|---|' + '---|' * len(scales)]
    out += [f'| {label} | ' + ' | '.join(cell(s, items, seps) for s in scales) + ' |' for label, items, seps in ROWS]
    return '\n'.join(out)

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--csv', default='results/tables/perf_overhead.csv', help="bench_overhead.py's output")
    print(table(ap.parse_args().csv))

if __name__ == '__main__': main()
