#!/usr/bin/env python
"""Print README's results table (every comparison with the reference, both metrics) from the committed statistics.

Usage: python scripts/results_table.py [--tables results/tables] [PRESET ...]
README.md holds this output between the markers `<!-- results-table -->` and `<!-- /results-table -->`;
nbs_tests/test_results.ipynb checks that it is up to date.
"""
import argparse
from alm_experiments.stats import results_summary

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('presets', nargs='*', help='presets in order (default: every preset with statistics, sorted)')
    ap.add_argument('--tables', default='results/tables', help='folder of PRESET_stats.csv and PRESET_stats_final.csv')
    args = ap.parse_args()
    print(results_summary(args.tables, args.presets or None))

if __name__ == '__main__': main()
