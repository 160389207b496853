#!/usr/bin/env python
"""fmnist_mlp: tune alm_adamw alone (the preset's space, 16 trials x its 3 tuning seeds, the equal-budget protocol) into a
scratch root, so that scripts/feasibility_variants.py can measure the feasibility options on fmnist_mlp before the whole
preset is retuned on this wave's code.
Usage: python scripts/fmnist_mlp_alm_tuning.py OUT   then   python scripts/feasibility_variants.py fmnist_mlp --out OUT
"""
import sys
from dataclasses import replace
from alm_experiments.presets import get_experiment
from alm_experiments.tuning import tune
def main():
    exp = get_experiment('fmnist_mlp')
    sub = replace(exp, methods={'alm_adamw': exp.methods['alm_adamw']}, space={'alm_adamw': exp.space['alm_adamw']},
                  borrow={}, comparisons=(), ladder={}, reference='alm_adamw', judge=None)
    r = tune(sub, out=sys.argv[1], workers=2)
    print(r['chosen'] if isinstance(r, dict) and 'chosen' in r else r)

if __name__ == '__main__': main()
