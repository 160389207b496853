#!/usr/bin/env python
"""Regenerate every figure of a preset from its results CSV and run directories.

Usage: python scripts/make_plots.py results/tables/PRESET_paired_seed_results.csv [--runs DIR] [--out DIR]
A thin wrapper over `alm-bench plots CSV`.
"""
import sys
from alm_experiments.cli import main

if __name__ == '__main__': main(['plots', *sys.argv[1:]])
