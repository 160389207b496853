#!/usr/bin/env python
"""Overhead benchmark: what constrained training costs per iteration, measured against AdamW in the same run.

Usage: python scripts/bench_overhead.py [--quick | --smoke] [--device cpu|cuda] [--data_root data] [--out results/tables/perf_overhead.csv]

Measures, in one process, with warm-up and 27 rounds, the variants interleaved (each round in a new random order) so
that machine drift and the state one variant leaves to the next affect all alike. A ratio is the median over rounds of
the round's ratio to its baseline (the two timed in the same round), with a 95 % percentile-bootstrap interval of that
median (scipy.stats.bootstrap over the rounds):
  1. time per full training iteration (forward + backward + step, through `Method.train_step`) of AdamW, ALM-on-AdamW
     (global spectral budget every step with a full or a half power-iteration step, every 10 steps, global squared-L2
     budget), per-tensor ALM bounds (coupled, decoupled), the fixed penalty and the installed peers, on a CIFAR
     ResNet-18 with a small batch and on the Fashion-MNIST MLP (batch 256); and a floor: AdamW plus one matrix-vector
     product per weight, the least that any every-step spectral budget adds (one read of every weight);
     The same for a user's own loop (`zero_grad(); backward(); step()`): `ConstrainedOptimizer` around AdamW with the
     spectral budget (as README shows it, two power-iteration steps per call; with one, the default before 2026-12-05; with
     a half step; without penalty growth), the same compiled
     (`compile=True`: full and half step), with the budget and per-tensor bounds together (eager and compiled), and the
     former README loop through autograd (`alm(loss, budget()).backward()`), each against its own
     model and inner AdamW stepped alone in the same rounds (identical AdamW instances differ by up to ±4 % here, from
     where their tensors were allocated; the `Method` rows, one model per variant, carry that noise);
  2. the optimizer-plus-constraint part alone (gradients already there: constraint, its gradient, optimizer step,
     dual update) as a ratio to the AdamW step;
  3. the cost of 1, 10, 100, 1000 per-tensor bounds over the same 1M parameters, with its floor (one `_foreach_add_`
     into the n gradients) and AdamW's step over the same tensors;
  4. the device-resident loader against torchvision's FashionMNIST + DataLoader (images/s);
  5. cold paths: an op (an empty tensor, a 0-d add, the spectral budget's six matrix-vector products, the budget's whole
     evaluation `LogBudget.value()`) run first right after a backward pass, and the same op run again right after it, on
     the MLP: the first call of each kind of op in a step pays for what the backward pass evicted.
Prints ratios to the baseline and writes a CSV with the machine description. A benchmark, not a test: nothing asserts.

On Linux/glibc the allocator's mmap threshold is pinned at 32 MiB first (`mallopt`, as MALLOC_MMAP_THRESHOLD_ does):
glibc's default threshold adapts to the history of frees, and AdamW's temporaries then come either from the heap or
from fresh zero-filled pages, which made the same AdamW step on ResNet-18 cost 13 ms or 26 ms from one process to the
next. `--default-malloc` measures with the default instead.
"""
import argparse, csv, ctypes, ctypes.util, math, os, platform, random, statistics, time
from pathlib import Path
import numpy as np
import torch
import torch.nn.functional as F
from scipy import stats
from alm_experiments.methods import make_method
from alm_experiments.models import make_model, input_shape
from alm_experiments.constraints import LogBudget, NormBound, as_matrix, weight_tensors, check_choice
from alm_experiments.optim import ConstrainedOptimizer
from alm_experiments.alm import AugmentedLagrangian
from alm_experiments.peers import peer_missing

def variants():
    "Our variants, plus the peers whose library is installed."
    return {**VARIANTS, **{k: v for k, v in PEERS.items() if not peer_missing(v[0])}}

VARIANTS = {  # label: (method, overrides)
    'adamw': ('adamw', {}),
    'alm_adamw spectral': ('alm_adamw', {}),
    'alm_adamw spectral half step': ('alm_adamw', dict(power_iters=0.5)),
    'alm_adamw spectral every 10': ('alm_adamw', dict(constraint_every=10, dual_every=10)),
    'alm_adamw sq_l2': ('alm_adamw', dict(measure='sq_l2')),
    'alm_adamw_layer coupled': ('alm_adamw_layer', {}),
    'alm_adamw_layer decoupled': ('alm_adamw_layer', dict(coupling='decoupled')),
    'fixed_penalty': ('fixed_penalty', {}),
}
PEERS = {  # measured when the [peers] extra is installed
    'adamcpr (pytorch-cpr)': ('adamcpr', dict(kappa_init='dependent', kappa_init_param=2.0)),
    'cooper_alm spectral (cooper)': ('cooper_alm', {}),
    'hc_ialm spectral (humancompatible)': ('hc_ialm', {}),
}

def pin_malloc() -> bool:
    "Fix glibc's mmap threshold at 32 MiB (and trimming at 1 GiB) so that allocation costs do not depend on history; False off glibc."
    try: libc = ctypes.CDLL(ctypes.util.find_library('c'))
    except OSError: return False
    M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
    return hasattr(libc, 'mallopt') and bool(libc.mallopt(M_MMAP_THRESHOLD, 32 << 20)) and bool(libc.mallopt(M_TRIM_THRESHOLD, 1 << 30))

def sync(device):
    if device.type == 'cuda': torch.cuda.synchronize()

def interleaved(fns:dict, iters:int, repeats:int, warmup:int, device) -> dict:
    "Seconds per call of each fn in each of `repeats` rounds of `iters` calls after warm-up, each round in a new random order."
    for f in fns.values():
        for _ in range(warmup): f()
    times, rng = {k: [] for k in fns}, random.Random(0)
    for _ in range(repeats):
        order = list(fns)
        rng.shuffle(order)  # no variant always runs right after the same one (its cache state, its allocations)
        for k in order:
            f = fns[k]
            sync(device); t = time.perf_counter()
            for _ in range(iters): f()
            sync(device); times[k].append((time.perf_counter() - t) / iters)
    return times

def medians(times:dict) -> dict: return {k: statistics.median(v) for k, v in times.items()}

def paired_ratio(a:list, b:list) -> tuple[float, float, float]:
    "Median over rounds of a[i] / b[i] (timed in the same round), and a 95 % percentile-bootstrap interval of it."
    r = np.array(a) / np.array(b)
    if len(r) < 3: return float(np.median(r)), math.nan, math.nan
    ci = stats.bootstrap((r,), np.median, confidence_level=0.95, n_resamples=2000, method='percentile', random_state=0).confidence_interval
    return float(np.median(r)), float(ci.low), float(ci.high)

def scale_setup(name, device, batch):
    "(model name, input batch, labels) of a scale: 'resnet18' (CIFAR) or 'mlp' (Fashion-MNIST)."
    check_choice(name, ('resnet18', 'mlp'), 'scale')
    return name, torch.randn(batch, *input_shape(name), device=device), torch.randint(0, 10, (batch,), device=device)

FLOOR = 'floor: adamw + one matvec per weight'  # the least any every-step spectral budget adds: one read of every weight

def full_and_opt(scale, device, batch, iters, repeats, warmup):
    "Per-iteration time and optimizer-part time of every variant at one scale, and of the floor."
    model_name, x, y = scale_setup(scale, device, batch)
    full, opt = {}, {}
    def build(method, kw):
        torch.manual_seed(0)
        model = make_model(model_name).to(device)
        m = make_method(method, model, steps_per_epoch=10**6, epochs=1, **kw)
        model.zero_grad(); F.cross_entropy(model(x), y).backward()  # gradients in place for the optimizer part
        return model, m
    for label, (method, kw) in variants().items():
        model, m = build(method, kw)
        def step(m=m, model=model): m.train_step(F.cross_entropy(model(x), y))
        full[label] = step
        def opt_part(m=m):  # train_step without the loss's backward: the .grads from above stay in place
            m.optimizer.step(); m._end_step()
        zero = torch.zeros((), device=device)
        def cpr_part(m=m): m.optimizer.step(); m.scheduler.step()  # Adam + multiplier + shrink
        def cooper_part(m=m): m.cooper_optimizer.roll(compute_cmp_state_kwargs=dict(loss=zero, c=m.constraint()))  # c, backward of the AL term, both steps
        def hc_part(m=m):
            c = m.constraint(); m.optimizer.zero_grad(); m.dual.forward_update(zero, c).backward(); m.optimizer.step()
        opt[label] = {'adamcpr': cpr_part, 'cooper_alm': cooper_part, 'hc_ialm': hc_part}.get(method, opt_part)
    model, m = build('adamw', {})
    mats = [as_matrix(W.detach()) for W in weight_tensors(model, min_ndim=2)[1]]
    us = [torch.ones(M.shape[0], device=device) for M in mats]
    def read(): return [torch.mv(M.t(), u) for M, u in zip(mats, us)]
    def floor_step(): loss = F.cross_entropy(model(x), y); read(); m.train_step(loss)
    def floor_opt(): read(); m.optimizer.step(); m._end_step()
    full[FLOOR], opt[FLOOR] = floor_step, floor_opt
    for label, make in DROP_IN.items():  # a user's own loop: zero_grad, backward, step
        torch.manual_seed(0)
        net = make_model(model_name).to(device)  # (not `model`: the floor's closures above read that name)
        o, loop, alone, alone_step = make(net)
        net.zero_grad(); F.cross_entropy(net(x), y).backward()
        full[label] = lambda loop=loop, net=net: loop(F.cross_entropy(net(x), y))
        opt[label] = o.step
        if label != PLAIN:  # its baseline: the same model and the same AdamW, stepped without the constraint
            full[label + ALONE] = lambda alone=alone, net=net: alone(F.cross_entropy(net(x), y))
            opt[label + ALONE] = alone_step
    return interleaved(full, iters, repeats, warmup, device), interleaved(opt, iters, repeats, warmup, device)

def _loop(opt):
    "A user's loop around `opt`: zero_grad, backward, step."
    def loop(loss): opt.zero_grad(); loss.backward(); opt.step()
    return loop

def _plain(opt):
    "(optimizer, its loop, the loop of its inner optimizer alone, that optimizer's step) for a drop-in row."
    inner = getattr(opt, 'inner', opt)
    return opt, _loop(opt), _loop(inner), inner.step

def _readme_autograd(model):
    "The path README showed before the drop-in optimizer: alm(loss, budget()).backward(), a graph through the power iteration."
    budget, opt = LogBudget(model), torch.optim.AdamW(model.parameters(), lr=1e-3)
    alm = AugmentedLagrangian(1, check_finite=False, dual_lr=0.1).to(next(model.parameters()).device)
    def loop(loss):
        c = budget(); opt.zero_grad(); alm(loss, c).backward(); opt.step(); alm.update(c.detach())
    class Part:  # its optimizer part: the budget's backward, the step, the dual update
        def step(self):
            c = budget(); alm(torch.zeros((), device=c.device), c).backward(); opt.step(); alm.update(c.detach())
    return Part(), loop, _loop(opt), opt.step

def _cpr(model):
    "pytorch-cpr's AdamCPR over the same tensors as our per-tensor bounds (κ = 2·R(W₀)), its loop; AdamW alone as baseline."
    import warnings
    from pytorch_cpr import AdamCPR
    from alm_experiments.peers import cpr_groups
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        opt = AdamCPR(cpr_groups(model), lr=1e-3, kappa_init_method='dependent', kappa_init_param=2.0)
    alone = torch.optim.AdamW(model.parameters(), lr=1e-3)
    return opt, _loop(opt), _loop(alone), alone.step

PLAIN = 'own loop: adamw'
ALONE = ' | its AdamW alone'  # the baseline of a drop-in row: its own model and inner AdamW, without the constraint
DROP_IN = {  # label: model -> (optimizer with .step, loop(loss)); compared with PLAIN
    PLAIN: lambda model: _plain(torch.optim.AdamW(model.parameters(), lr=1e-3)),
    'own loop: ConstrainedOptimizer spectral (README)': lambda model: _plain(ConstrainedOptimizer(
        torch.optim.AdamW(model.parameters(), lr=1e-3), LogBudget(model), dual_lr=0.1)),
    'own loop: ConstrainedOptimizer spectral, half step': lambda model: _plain(ConstrainedOptimizer(
        torch.optim.AdamW(model.parameters(), lr=1e-3), LogBudget(model, power_iters=0.5), dual_lr=0.1)),
    'own loop: ConstrainedOptimizer spectral, one power step': lambda model: _plain(ConstrainedOptimizer(
        torch.optim.AdamW(model.parameters(), lr=1e-3), LogBudget(model, power_iters=1), dual_lr=0.1)),
    'own loop: ConstrainedOptimizer spectral, constant penalty': lambda model: _plain(ConstrainedOptimizer(
        torch.optim.AdamW(model.parameters(), lr=1e-3), LogBudget(model), dual_lr=0.1, rho_growth=1.0)),
    'own loop: ConstrainedOptimizer spectral, compiled': lambda model: _plain(ConstrainedOptimizer(
        torch.optim.AdamW(model.parameters(), lr=1e-3), LogBudget(model), dual_lr=0.1, compile=True)),
    'own loop: ConstrainedOptimizer spectral, half step, compiled': lambda model: _plain(ConstrainedOptimizer(
        torch.optim.AdamW(model.parameters(), lr=1e-3), LogBudget(model, power_iters=0.5), dual_lr=0.1, compile=True)),
    'own loop: ConstrainedOptimizer spectral + per-tensor bounds': lambda model: _plain(ConstrainedOptimizer(
        torch.optim.AdamW(model.parameters(), lr=1e-3), {'budget': LogBudget(model), 'bounds': NormBound(model, init_param=2.0)},
        dual_lr=0.1, exclude_from_decay=['bounds'])),
    'own loop: ConstrainedOptimizer spectral + per-tensor bounds, compiled': lambda model: _plain(ConstrainedOptimizer(
        torch.optim.AdamW(model.parameters(), lr=1e-3), {'budget': LogBudget(model), 'bounds': NormBound(model, init_param=2.0)},
        dual_lr=0.1, exclude_from_decay=['bounds'], compile=True)),
    'own loop: per-tensor bounds (ConstrainedOptimizer)': lambda model: _plain(ConstrainedOptimizer(
        torch.optim.AdamW(model.parameters(), lr=1e-3), NormBound(model, init_param=2.0), dual_lr=0.1, exclude_from_decay=True)),
    **({} if peer_missing('adamcpr') else {'own loop: AdamCPR (pytorch-cpr)': _cpr}),
    'own loop: autograd through budget() (the former README loop)': _readme_autograd,
}
def baseline(label):
    """The row a variant is divided by: a drop-in row by its own AdamW alone (same model, same optimizer object: one
    allocation, so the ±4 % that separate identical AdamW instances on this CPU cancel), those and PLAIN by PLAIN."""
    if label.startswith('own loop') and label != PLAIN and not label.endswith(ALONE): return label + ALONE
    return PLAIN if label.startswith('own loop') else 'adamw'


def scaling(device, iters, repeats, warmup, total=2**20):
    "Cost of n per-tensor bounds over the same `total` parameters (c, its closed-form gradient into the .grads, dual update), and of AdamW's step over them."
    fns = {}
    for n in (1, 10, 100, 1000):
        ps = [torch.randn(total // n, device=device, requires_grad=True) for _ in range(n)]
        for p in ps: p.grad = torch.zeros_like(p)
        con = NormBound(ps, init='dependent', init_param=0.5)
        alm = AugmentedLagrangian(n, 'ineq', check_finite=False).to(device)
        grads = [p.grad for p in ps]
        def f(con=con, alm=alm, grads=grads):  # what Method.train_step does for alm_adamw_layer (coupled), less NormBound.step's counter
            c = con.value(); con.add_grad_(alm.dterm(c), grads); alm.update(c)
        fns[n] = f
        opt = torch.optim.AdamW(ps, lr=1e-3)  # the default implementation for these tensors (for-loop on a CPU, foreach on a GPU)
        fns[f'adamw {n}'] = opt.step
        fns[f'floor {n}'] = lambda grads=grads, ps=ps: torch._foreach_add_(grads, ps, alpha=1e-9)  # the least a gradient write into n tensors costs
    return medians(interleaved(fns, iters, repeats, warmup, device))

def loader_rates(device, data_root='data', max_batches=None):
    "Images/s of the device-resident loader and of torchvision's FashionMNIST + DataLoader (the first `max_batches` batches of an epoch)."
    import gzip, itertools, shutil, tempfile, torchvision
    from torchvision import transforms
    from alm_experiments.data import load_dataset, FASHION_MNIST_SYSTEM_DIR
    from alm_experiments.loaders import make_loader
    src = next((d for d in (Path(data_root) / 'FashionMNIST' / 'raw', FASHION_MNIST_SYSTEM_DIR) if len(list(d.glob('*.gz'))) == 4), FASHION_MNIST_SYSTEM_DIR)
    root = Path(tempfile.mkdtemp())
    sp = load_dataset('fashion_mnist', data_root, val_frac=0.0, download=False)
    dl = make_loader(sp, 'train', 256, device, seed=0)
    def rate(make_iter, reps):
        best = 0.0
        for _ in range(reps):
            sync(device); t = time.perf_counter(); n = 0
            for xb, yb in itertools.islice(make_iter(), max_batches): n += len(yb)
            sync(device); best = max(best, n / (time.perf_counter() - t))
        return best
    res = {'device-resident loader': rate(lambda: iter(dl), 3)}
    raw = root / 'FashionMNIST' / 'raw'; raw.mkdir(parents=True)
    for f in src.glob('*.gz'):
        with gzip.open(f) as a, open(raw / f.name[:-3], 'wb') as b: shutil.copyfileobj(a, b)
    ds = torchvision.datasets.FashionMNIST(root, train=True, download=False,
                                           transform=transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.2860,), (0.3530,))]))
    for w in (0, 2):
        tl = torch.utils.data.DataLoader(ds, batch_size=256, shuffle=True, num_workers=w, pin_memory=device.type == 'cuda')
        res[f'torchvision DataLoader, {w} workers'] = rate(lambda: ((xb.to(device), yb.to(device)) for xb, yb in tl), 1)
    shutil.rmtree(root)
    return res

def cold_paths(device, iters=200):
    "Median seconds of an op run first after the MLP's backward pass and of the same op run again right after it."
    torch.manual_seed(0)
    model_name, x, y = scale_setup('mlp', device, 256)
    model = make_model(model_name).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    budget = LogBudget(model)  # a constraint evaluated outside training: its power iteration advances, AdamW ignores it
    a, b = torch.zeros((), device=device), torch.ones((), device=device)
    def mvs():  # the full step's products: Wᵀu, then W(Wᵀu), per weight
        mats = [as_matrix(W.detach()) for W in budget.weights]
        return [torch.mv(M, torch.mv(M.t(), budget.get_buffer(f'u{i}'))) for i, M in enumerate(mats)]
    ops = {'torch.empty(1)': lambda: torch.empty(1, device=device), '0-d add': lambda: a + b,
           'six matrix-vector products of the spectral budget': mvs,
           'LogBudget.value() (full power-iteration step)': lambda: budget.value(advance=True)}
    times = {f'{k}, {w}': [] for k in ops for w in ('first after backward', 'again')}
    for i in range(len(ops) * (iters + 5)):  # one op per iteration, in turn: each one's first call follows a backward pass
        k, f = list(ops.items())[i % len(ops)]
        opt.zero_grad(); F.cross_entropy(model(x), y).backward()
        sync(device); t0 = time.perf_counter(); f(); sync(device); t1 = time.perf_counter(); f(); sync(device); t2 = time.perf_counter()
        if i >= 5 * len(ops): times[f'{k}, first after backward'].append(t1 - t0); times[f'{k}, again'].append(t2 - t1)
        opt.step()
    return {k: statistics.median(v) for k, v in times.items()}

def machine(device) -> str:
    cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.processor()) if os.path.exists('/proc/cpuinfo') else platform.processor()
    gpu = f', GPU {torch.cuda.get_device_name(device)}' if device.type == 'cuda' else ''
    return f'{cpu}, {os.cpu_count()} cores, {torch.get_num_threads()} torch threads{gpu}; torch {torch.__version__}, Python {platform.python_version()}'

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--device', default='cuda' if torch.cuda.is_available() else 'cpu')
    ap.add_argument('--quick', action='store_true', help='fewer rounds (5 instead of 27)')
    ap.add_argument('--smoke', action='store_true', help='one short round of every row: checks that the script runs (numbers meaningless)')
    ap.add_argument('--data_root', default='data', help='Fashion-MNIST is looked for in DATA_ROOT/FashionMNIST/raw, then in the Debian package')
    ap.add_argument('--out', default='results/tables/perf_overhead.csv')
    ap.add_argument('--default-malloc', action='store_true', help="leave glibc's adaptive mmap threshold alone")
    a = ap.parse_args()
    pinned = not a.default_malloc and pin_malloc()
    device = torch.device(a.device)
    rep = 1 if a.smoke else 5 if a.quick else 27
    warm = 1 if a.smoke else 2
    desc = machine(device) + ('; glibc mmap threshold pinned at 32 MiB' if pinned else '')
    print(desc)
    rows = []
    for scale, batch, iters in (('resnet18', 8 if device.type == 'cpu' else 32, 2 if device.type == 'cpu' else 8), ('mlp', 256, 10)):
        full, opt = full_and_opt(scale, device, batch, 1 if a.smoke else iters, rep, warm)
        print(f'\n{scale} (batch {batch}): per full iteration and optimizer part, ratio to AdamW')
        print(f"{'variant':<96}{'iteration ms':>14}{'ratio':>8}{'opt part ms':>13}{'ratio':>8}   (iteration ratio, 95 % CI)")
        mf, mo = medians(full), medians(opt)
        for k in full:
            b = baseline(k)
            (rf, fl, fh), (ro, ol, oh) = paired_ratio(full[k], full[b]), paired_ratio(opt[k], opt[b])
            print(f'{k:<96}{1e3 * mf[k]:>14.3f}{rf:>8.3f}{1e3 * mo[k]:>13.3f}{ro:>8.3f}   ({fl:.3f}–{fh:.3f})')
            rows += [dict(section='full_iteration', scale=f'{scale} batch {batch}', variant=k, seconds=mf[k], ratio=rf, baseline=b,
                          ratio_ci_low=fl, ratio_ci_high=fh),
                     dict(section='optimizer_part', scale=f'{scale} batch {batch}', variant=k, seconds=mo[k], ratio=ro, baseline=b,
                          ratio_ci_low=ol, ratio_ci_high=oh)]
    sc = scaling(device, 1 if a.smoke else 5, rep, warm)
    print('\nper-tensor bounds over the same 1M parameters, ratio to one bound; the floor (one _foreach_add_ into the n gradients)')
    print('and AdamW\'s step over the same tensors, for scale')
    for n in (1, 10, 100, 1000):
        t, tf, ta = sc[n], sc[f'floor {n}'], sc[f'adamw {n}']
        print(f'{n:>6} bounds {1e3 * t:>9.3f} ms {t / sc[1]:>7.3f}   floor {1e3 * tf:>9.3f} ms {tf / sc[1]:>7.3f}   AdamW step {1e3 * ta:>9.3f} ms')
        rows += [dict(section='per_tensor_scaling', scale='1M parameters', variant=f'{n} bounds', seconds=t, ratio=t / sc[1], baseline='1 bound'),
                 dict(section='per_tensor_scaling', scale='1M parameters', variant=f'floor: one _foreach_add_ into {n} gradients', seconds=tf, ratio=tf / sc[1], baseline='1 bound'),
                 dict(section='per_tensor_scaling', scale='1M parameters', variant=f'adamw step, {n} tensors', seconds=ta, ratio=ta / sc[1], baseline='1 bound')]
    lr = loader_rates(device, a.data_root, 10 if a.smoke else None)
    base = lr['torchvision DataLoader, 0 workers']
    print('\nFashion-MNIST training images, batch 256: images/s, ratio to the DataLoader with 0 workers')
    for k, v in lr.items():
        print(f'{k:<36}{v:>14,.0f}{v / base:>10.1f}')
        rows.append(dict(section='loader', scale='fashion_mnist batch 256', variant=k, seconds=1 / v, ratio=v / base, baseline='torchvision DataLoader, 0 workers (images/s ratio)'))
    cp = cold_paths(device, 20 if a.smoke else 200)
    print('\nops right after the MLP\'s backward pass: the first call, and the same op again (ratio to the second call)')
    for k, v in cp.items():
        again = cp[k.split(',')[0] + ', again']
        print(f'{k:<80}{1e6 * v:>10.1f} us{v / again:>8.1f}')
        rows.append(dict(section='cold_path', scale='mlp batch 256', variant=k, seconds=v, ratio=v / again, baseline=k.split(',')[0] + ', again'))
    out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, 'w', newline='') as f:
        w = csv.DictWriter(f, ['section', 'scale', 'variant', 'seconds', 'ratio', 'ratio_ci_low', 'ratio_ci_high', 'baseline', 'machine',
                               'device'], lineterminator='\n')
        w.writeheader()
        for r in rows: w.writerow({**r, 'machine': desc, 'device': str(device)})
    print(f'\nwritten: {out}')

if __name__ == '__main__': main()
