#!/usr/bin/env python
"""Recompute a preset's statistics from its results CSV alone.

Usage: python scripts/recompute_stats.py results/tables/PRESET_paired_seed_results.csv [--metric M] [--reference R]
Writes PRESET_stats_recomputed.txt / .csv next to the CSV; the text is byte-identical to PRESET_stats.txt
when the CSV is the one the bench wrote. A thin wrapper over `alm-bench stats CSV --suffix _recomputed`.
"""
import sys
from alm_experiments.cli import main

if __name__ == '__main__': main(['stats', *sys.argv[1:], '--suffix', '_recomputed'])
