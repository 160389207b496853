#!/usr/bin/env python
"""Regenerate the figures of a preset from its results CSV and run directories, or of a budget ladder.

Usage:
  python scripts/make_plots.py results/tables/PRESET_paired_seed_results.csv [--runs DIR] [--out DIR]
      the four figures: a thin wrapper over `alm-bench plots CSV`;
  python scripts/make_plots.py results/tables/PRESET_paired_seed_results.csv --violation [--runs DIR] [--out DIR]
      the four and PRESET_violation.png (the final violation by method and seed): plots.make_plots(figures=ALL_FIGURES);
  python scripts/make_plots.py results/tables/PRESET_tradeoff.csv --tradeoff [--out DIR] [--metric M]
      PRESET_tradeoff.png (accuracy against the achieved log K): plots.make_tradeoff_plot.
Bad input: a message on stderr, exit status 2.
"""
import argparse, sys
from alm_experiments.cli import main as cli_main

def direct(argv:list) -> list:
    "The --violation and --tradeoff forms, by the plots module itself; the paths written."
    from alm_experiments.plots import ALL_FIGURES, make_plots, make_tradeoff_plot
    ap = argparse.ArgumentParser(prog='make_plots.py', description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('csv')
    kind = ap.add_mutually_exclusive_group(required=True)
    kind.add_argument('--violation', action='store_true', help='the four figures and the violation figure')
    kind.add_argument('--tradeoff', action='store_true', help="the trade-off figure of a ladder's table")
    ap.add_argument('--runs', default=None)
    ap.add_argument('--out', default=None)
    ap.add_argument('--metric', default='test_at_best_val')
    ap.add_argument('--reference', default='adamw')
    a = ap.parse_args(argv)
    if a.tradeoff: return [make_tradeoff_plot(a.csv, a.out, metric=a.metric)]
    return make_plots(a.csv, a.runs, a.out, metric=a.metric, reference=a.reference, figures=ALL_FIGURES)

if __name__ == '__main__':
    argv = sys.argv[1:]
    if not {'--violation', '--tradeoff'} & set(argv): cli_main(['plots', *argv])
    else:
        try: paths = direct(argv)
        except (ValueError, FileNotFoundError) as e:
            print(f'make_plots.py: error: {e}', file=sys.stderr)
            sys.exit(2)
        for p in paths: print(p)
