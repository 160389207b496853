#!/usr/bin/env python
"""Print README's results table from the committed statistics: every comparison of every preset.

Usage: python scripts/results_table.py [--tables results/tables] [PRESET ...]
A preset with a PRESET_stats_summary.csv (preset_stats.write_preset_stats: one Holm family on its primary metric)
shows the primary difference with its Holm p, the final-accuracy difference with its CI, both methods' feasibility
at the end and the verdict; a preset with only the former PRESET_stats.csv / PRESET_stats_final.csv is read from
those (feasibility not measured), and while no preset has a summary the table keeps its former layout.
README.md holds this output between the markers `<!-- results-table -->` and `<!-- /results-table -->`;
nbs_tests/test_results.ipynb checks that it is up to date.
"""
import argparse
from alm_experiments.summary import results_summary

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('presets', nargs='*', help='presets in order (default: every preset with statistics, sorted)')
    ap.add_argument('--tables', default='results/tables', help='folder of the statistics files')
    args = ap.parse_args()
    print(results_summary(args.tables, args.presets or None))

if __name__ == '__main__': main()
