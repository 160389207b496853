#!/usr/bin/env python
"""Run every notebook in notebooks/ and nbs_tests/ with nbdev_test and print `N passed, N failed`.

Cells flagged with a `tst_flags` flag (slow, cuda) are skipped unless named with --flags.
Exits non-zero on any failure, and when no notebook was found.
Usage: python scripts/run_tests.py [--flags "slow"] [folder ...]
"""
import argparse, re, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

def notebooks(folder: Path) -> list[Path]:
    "The notebooks nbdev_test will run in `folder` (it skips names starting with '_' or '.')."
    return sorted(p for p in folder.rglob('*.ipynb')
                  if not any(part.startswith(('_', '.')) for part in p.relative_to(folder).parts))

def run_folder(folder: Path, flags: str) -> tuple[list[str], list[str]]:
    "Run nbdev_test on one folder; return (passed, failed) notebook names."
    found = [p.name for p in notebooks(folder)]
    if not found: return [], []
    cmd = [str(BIN / 'nbdev_test'), '--path', str(folder), '--do_print', '--timing']
    if flags: cmd += ['--flags', flags]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    sys.stdout.write(proc.stdout); sys.stderr.write(proc.stderr)
    completed = {Path(m).name for m in re.findall(r'^- Completed (.+)$', proc.stdout, re.M)}
    block = proc.stderr.split('nbdev Tests Failed On The Following Notebooks:')
    failed = set(re.findall(r'^\t(\S+\.ipynb)$', block[-1], re.M)) if len(block) > 1 else set()
    if proc.returncode != 0 and not failed: failed = set(found) - (completed - failed) or set(found)
    failed |= set(found) - completed  # a notebook that never completed did not pass
    return [n for n in found if n not in failed], sorted(failed)

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('folders', nargs='*', default=['notebooks', 'nbs_tests'], help='folders of notebooks to test')
    ap.add_argument('--flags', default='', help='space-separated test flags to run anyway (e.g. "slow")')
    args = ap.parse_args()
    start, passed, failed = time.time(), [], []
    for f in args.folders:
        p, fl = run_folder(ROOT / f, args.flags)
        passed += p; failed += fl
    if not passed and not failed:
        print(f'no notebooks found in {", ".join(args.folders)}', file=sys.stderr); sys.exit(1)
    if failed: print('failed notebooks: ' + ', '.join(failed), file=sys.stderr)
    print(f'notebook tests took {time.time() - start:.0f} s')
    print(f'{len(passed)} passed, {len(failed)} failed')
    sys.exit(1 if failed else 0)

if __name__ == '__main__': main()
