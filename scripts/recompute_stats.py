#!/usr/bin/env python
"""Recompute a preset's statistics from its results CSV alone.

Usage:
  python scripts/recompute_stats.py results/tables/PRESET_paired_seed_results.csv [--metric M] [--reference R]
      The former statistics (PRESET_stats*, Holm within each metric) as PRESET_stats*_recomputed.*: a thin wrapper
      over `alm-bench stats CSV --suffix _recomputed`; byte-identical to the committed files for the committed CSV.
  python scripts/recompute_stats.py CSV --family --reference R [--primary M] [--compare METHOD:AGAINST ...]
      [--constrained-reference C] [--tail-threshold T] [--tail-quantile Q]
      The statistics of a preset (preset_stats.write_preset_stats: one Holm family on the primary metric, the
      secondary metrics, feasibility, tails, the side-by-side summary) as PRESET_stats_*_recomputed.*; byte-identical
      to the committed set when the options are those it was made with (each text's last line holds the call).
Bad input: a message on stderr, exit status 2, nothing written.
"""
import argparse, sys
from alm_experiments.cli import main as cli_main

def family_args(argv:list) -> argparse.Namespace:
    "The options of the --family form."
    ap = argparse.ArgumentParser(prog='recompute_stats.py', description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('csv', help='PRESET_paired_seed_results.csv')
    ap.add_argument('--family', action='store_true', required=True, help='the one-family statistics of a preset')
    ap.add_argument('--reference', required=True, help='every method is compared with this one')
    ap.add_argument('--primary', default=None, help='the declared primary metric (default: by rule)')
    ap.add_argument('--compare', nargs='*', default=[], metavar='METHOD:AGAINST', help='extra pairs in the family')
    ap.add_argument('--constrained-reference', default=None, help='the paired violation tests are against it')
    ap.add_argument('--tail-threshold', type=float, default=None, help='a run fails below it (declared)')
    ap.add_argument('--tail-quantile', type=float, default=0.1, help='the low quantile of the tail outcomes')
    ap.add_argument('--out', default=None, help='output folder (default: beside the CSV)')
    return ap.parse_args(argv)

def family(argv:list) -> list:
    "Write the one-family statistics of a preset with the suffix _recomputed; return the paths."
    from alm_experiments.preset_stats import write_preset_stats
    a = family_args(argv)
    pairs = [tuple(p.split(':', 1)) for p in a.compare]
    if bad := [p for p in a.compare if ':' not in p]: raise ValueError(f'--compare wants METHOD:AGAINST, got {bad}')
    return write_preset_stats(a.csv, a.out, reference=a.reference, primary=a.primary, comparisons=pairs or None,
                              constrained_reference=a.constrained_reference, tail_threshold=a.tail_threshold,
                              tail_quantile=a.tail_quantile, suffix='_recomputed')

if __name__ == '__main__':
    if '--family' not in sys.argv[1:]: cli_main(['stats', *sys.argv[1:], '--suffix', '_recomputed'])
    else:
        try: paths = family(sys.argv[1:])
        except (ValueError, FileNotFoundError) as e:
            print(f'recompute_stats.py: error: {e}', file=sys.stderr)
            sys.exit(2)
        for p in paths: print(p)
