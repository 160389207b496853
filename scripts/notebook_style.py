#!/usr/bin/env python
"""Style figures of the library notebooks, measured the way nbdev's and fastcore's own notebooks are read.

Per notebook and overall: export cells, median lines per export cell, definitions (def/class at top level, @patch
methods included) per export cell, the share of code lines over 120 characters, `;` statement chains, the longest
function, and whether the tests stand under the functions (the longest run of non-export code lines at the end).
Usage: python scripts/notebook_style.py [notebook ...]   (default: notebooks/[0-9]*.ipynb)
"""
import ast, json, re, statistics, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def cells(path: Path) -> list[tuple[bool, str]]:
    "(is_export, source) of every code cell of a notebook."
    nb = json.loads(path.read_text())
    out = []
    for c in nb['cells']:
        if c['cell_type'] != 'code': continue
        src = ''.join(c['source'])
        out.append((bool(re.search(r'^#\|\s*export', src, re.M)), src))
    return out

def code_lines(src: str) -> list[str]:
    "The lines of a cell that are not blank and not nbdev directives."
    return [l for l in src.splitlines() if l.strip() and not l.lstrip().startswith('#|')]

def definitions(src: str) -> int:
    "Top-level def/class statements of a cell (0 when it does not parse)."
    try: tree = ast.parse(src)
    except SyntaxError: return 0
    return sum(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for n in tree.body)

def longest_function(src: str) -> int:
    "Lines of the longest function (methods included) in a cell."
    try: tree = ast.parse(src)
    except SyntaxError: return 0
    return max((n.end_lineno - n.lineno + 1 for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))),
               default=0)

def semicolon_chains(src: str) -> int:
    "Lines that chain statements with `;` (outside strings)."
    n = 0
    for line in src.splitlines():
        stripped = re.sub(r"(['\"]).*?\1", '', line.split('#')[0])
        if ';' in stripped: n += 1
    return n

def measure(paths: list[Path]) -> list[dict]:
    "One row of figures per notebook."
    rows = []
    for p in paths:
        cs = cells(p)
        exp = [s for e, s in cs if e]
        lines = [l for _, s in cs for l in code_lines(s)]
        tail = 0  # code lines of the non-export cells after the last export cell
        for e, s in reversed(cs):
            if e: break
            tail += len(code_lines(s))
        rows.append(dict(notebook=p.name, export_cells=len(exp),
                         median_lines=statistics.median([len(code_lines(s)) for s in exp]) if exp else 0,
                         defs_per_cell=(sum(definitions(s) for s in exp) / len(exp)) if exp else 0,
                         long_lines=sum(len(l) > 120 for l in lines), code_lines=len(lines),
                         semicolons=sum(semicolon_chains(s) for _, s in cs),
                         longest_fn=max((longest_function(s) for s in exp), default=0), tests_at_end=tail))
    return rows

def main():
    paths = [Path(a) for a in sys.argv[1:]] or sorted((ROOT / 'notebooks').glob('[0-9]*.ipynb'))
    rows = measure(paths)
    print(f"{'notebook':24} {'cells':>5} {'median':>6} {'defs/c':>6} {'>120':>5} {'lines':>6} {';':>4} {'longest fn':>10} {'tail':>5}")
    for r in rows:
        print(f"{r['notebook']:24} {r['export_cells']:5d} {r['median_lines']:6.1f} {r['defs_per_cell']:6.2f} {r['long_lines']:5d} "
              f"{r['code_lines']:6d} {r['semicolons']:4d} {r['longest_fn']:10d} {r['tests_at_end']:5d}")
    exp = [len(code_lines(s)) for p in paths for e, s in cells(p) if e]
    defs = [definitions(s) for p in paths for e, s in cells(p) if e]
    n_lines, n_long = sum(r['code_lines'] for r in rows), sum(r['long_lines'] for r in rows)
    print(f"overall: {len(exp)} export cells, median {statistics.median(exp):.1f} lines, {sum(defs) / len(defs):.2f} definitions "
          f"per export cell, {100 * n_long / n_lines:.2f} % of {n_lines} code lines over 120 characters, "
          f"{sum(r['semicolons'] for r in rows)} lines with ';', longest function {max(r['longest_fn'] for r in rows)} lines")

if __name__ == '__main__': main()
