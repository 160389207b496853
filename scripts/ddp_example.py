#!/usr/bin/env python
"""`ConstrainedOptimizer` under `DistributedDataParallel`: N CPU processes (gloo) or one process per GPU (NCCL).

    python scripts/ddp_example.py --nprocs 2 --steps 40 --save_at 20 --out runs/ddp        # two CPU processes, gloo
    python scripts/ddp_example.py --nprocs 2 --steps 40 --resume runs/ddp/ckpt_20.pt --out runs/ddp_resumed
    python scripts/ddp_example.py --nprocs 4 --backend nccl --out runs/ddp_gpu              # one process per GPU

Each rank trains the same model on its share of every global batch (`DistributedSampler`). DDP all-reduces (averages)
the gradients during `backward()`, so every rank steps from the same `.grad`s; `ConstrainedOptimizer.step()` then
evaluates the constraint on each rank from the same weights, so its values, multipliers and penalties stay identical
without any communication of their own. Rank 0 writes the checkpoint; on resume every rank reads it. Each rank writes
its final state to OUT/rank{R}.pt. nbs_tests/test_ddp.ipynb runs this file and checks all of that.
"""
import argparse, os
from pathlib import Path
import torch, torch.distributed as dist, torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DistributedSampler
from alm_experiments.constraints import LogBudget
from alm_experiments.optim import ConstrainedOptimizer

N, D, CLASSES = 1024, 16, 4  # the data set: N samples of D features, labels from a random two-layer teacher


def make_data(seed:int=0) -> tuple[torch.Tensor, torch.Tensor]:
    "(x, y): the same N samples on every rank, from a seeded generator (the global RNG is not touched)."
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(N, D, generator=g)
    y = (torch.tanh(x @ torch.randn(D, 32, generator=g)) @ torch.randn(32, CLASSES, generator=g)).argmax(1)
    return x, y


def build(device:str='cpu') -> tuple[nn.Module, ConstrainedOptimizer]:
    "The model and its optimizer: AdamW under a spectral budget log K(θ) <= log K(θ₀) + log 1.5, alike on every rank."
    torch.manual_seed(0)  # the same initial weights everywhere (DDP also broadcasts rank 0's when it wraps the model)
    model = nn.Sequential(nn.Linear(D, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, CLASSES)).to(device)
    opt = ConstrainedOptimizer(torch.optim.AdamW(model.parameters(), lr=3e-3),
                               LogBudget(model, delta=0.5), dual_lr=0.1)  # LogBudget seeds its own vectors
    return model, opt


def local_batches(epoch:int, shards:int, rank:int, batch:int) -> list[torch.Tensor]:
    "The index batches of `rank` among `shards` in `epoch`: DistributedSampler's shuffle (seed 0), `batch` per rank."
    s = DistributedSampler(range(N), num_replicas=shards, rank=rank, shuffle=True, seed=0, drop_last=True)
    s.set_epoch(epoch)  # no process group needed when the ranks are given
    idx = torch.tensor(list(s))
    return [idx[i:i + batch] for i in range(0, len(idx) - batch + 1, batch)]


def batch_at(step:int, shards:int, rank:int, batch:int) -> torch.Tensor:
    "The indices `rank` trains on at `step`: a function of the step alone, so a resumed run sees what it would have."
    per_epoch = (N // shards) // batch
    epoch, i = divmod(step, per_epoch)
    return local_batches(epoch, shards, rank, batch)[i]


def train(rank:int, world:int, steps:int, out:str, batch:int=32, shards:int|None=None, save_at:int|None=None,
          resume:str|None=None, backend:str='gloo', init_file:str|None=None):
    "Train on rank `rank` of `world` (world 1: one process, no DDP, each step on the `shards` ranks' batches at once)."
    torch.set_num_threads(1)
    shards = shards or world
    device = f'cuda:{rank}' if backend == 'nccl' else 'cpu'
    if backend == 'nccl': torch.cuda.set_device(rank)
    if world > 1: dist.init_process_group(backend, init_method=f'file://{init_file}', rank=rank, world_size=world)
    x, y = (t.to(device) for t in make_data())
    model, opt = build(device)
    start = 0
    if resume:  # every rank reads rank 0's checkpoint, before DDP wraps the model
        ck = torch.load(resume, map_location=device, weights_only=False)
        model.load_state_dict(ck['model'])
        opt.load_state_dict(ck['opt'])
        start = ck['step']
    net = DDP(model) if world > 1 else model
    losses = []
    for step in range(start, steps):
        if world > 1: idx = batch_at(step, shards, rank, batch)
        else: idx = torch.cat([batch_at(step, shards, r, batch) for r in range(shards)])  # the global batch
        opt.zero_grad()
        loss = F.cross_entropy(net(x[idx]), y[idx])
        loss.backward()  # DDP: the gradients are averaged over the ranks here
        opt.step()  # the constraint, its gradient and the dual step: on each rank, from identical weights
        losses.append(loss.item())
        if save_at == step + 1:
            if rank == 0:
                torch.save({'step': step + 1, 'model': model.state_dict(), 'opt': opt.state_dict()},
                           Path(out) / f'ckpt_{step + 1}.pt')
            if world > 1: dist.barrier()  # no rank goes on (or resumes) before the file is written
    torch.save({'model': model.state_dict(), 'opt': opt.state_dict(), 'losses': losses, 'start': start},
               Path(out) / f'rank{rank}.pt')
    if world > 1: dist.destroy_process_group()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--nprocs', type=int, default=2, help='processes (ranks); with nccl, at most one per GPU')
    ap.add_argument('--steps', type=int, default=40, help='optimizer steps in all (a resumed run ends there too)')
    ap.add_argument('--batch', type=int, default=32, help='samples per rank per step (global batch: nprocs x batch)')
    ap.add_argument('--save_at', type=int, default=None, help='rank 0 writes OUT/ckpt_STEP.pt after this step')
    ap.add_argument('--resume', default=None, help='a checkpoint written by --save_at')
    ap.add_argument('--backend', default='gloo', choices=['gloo', 'nccl'], help='gloo: CPU processes; nccl: GPUs')
    ap.add_argument('--out', required=True, help='folder for the checkpoint and each rank\'s final state')
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    init_file = out / 'ddp_init'  # the rendezvous file: must not exist before the ranks start
    init_file.unlink(missing_ok=True)
    torch.multiprocessing.spawn(train, nprocs=a.nprocs, args=(a.nprocs, a.steps, str(out), a.batch, None, a.save_at,
                                                              a.resume, a.backend, str(init_file.resolve())))
    init_file.unlink(missing_ok=True)


if __name__ == '__main__': main()
