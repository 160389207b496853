#!/usr/bin/env bash
# One prepared device check, about 6 minutes on one GPU (so that a rerun fits in the GPU time a session is lent):
#   1. the notebooks' cells flagged `cuda` (nbdev_test --flags cuda on the notebooks that have such cells);
#   2. scripts/bench_overhead.py --device DEVICE: the ALM's overhead against AdamW, measured in the same process;
#   3. python -m alm_experiments.device: CIFAR ResNet-18 training/evaluation throughput on files in the real CIFAR format
#      (50k random images; bf16 + channels_last and fp32; AdamW and ALM-on-AdamW), then the fmnist_cnn preset (real
#      Fashion-MNIST) for as many paired seeds as fit.
# Each writes a CSV under OUT (default results/tables) with the device in its name; device_check_DEVICE.csv lists the
# steps with their status and seconds. Exit status: 0 when every step passed (or was skipped), 1 otherwise, 2 on bad flags.
# results/ receives real runs only: with --quick and no --out, everything goes to a new scratch folder (printed first).
#
# Usage: scripts/device_check.sh [--quick] [--device cuda|cpu] [--out DIR] [--budget SECONDS]
#   --quick --device cpu: the same steps at tiny sizes on the CPU (well under two minutes; the test suite runs it).
# Python: $PYTHON, else .venv/bin/python, else python3. The repository root is put on PYTHONPATH, so the package needs no
# install where its dependencies are there (a GPU image). Wheels of missing packages in .whl/ (fastcore, nbdev, execnb,
# mnist1d, ...) are installed into /tmp/site first. Fashion-MNIST: data/FashionMNIST/raw/*.gz, else the Debian package.
set -uo pipefail
cd "$(dirname "$0")/.."
quick=; device=cuda; out=; budget=150
while (( $# )); do
  case $1 in
    --quick) quick=--quick ;;
    --device) device=${2:?--device needs a value}; shift ;;
    --out) out=${2:?--out needs a value}; shift ;;
    --budget) budget=${2:?--budget needs a value}; shift ;;
    *) echo "device_check.sh: unknown option $1 (valid: --quick, --device, --out, --budget)" >&2; exit 2 ;;
  esac
  shift
done
if [[ -z $out && -n $quick ]]; then  # a smoke run's numbers are meaningless: never into results/
  out=$(mktemp -d "${TMPDIR:-/tmp}/device_check.XXXXXX")/tables || exit 1
  echo "== quick run: results go to $out (results/ receives real runs only; --out DIR to choose)"
fi
out=${out:-results/tables}
PY=${PYTHON:-$([ -x .venv/bin/python ] && echo .venv/bin/python || echo python3)}
if [ -d .whl ] && ls .whl/*.whl >/dev/null 2>&1; then
  "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1 CUBLAS_WORKSPACE_CONFIG=:4096:8
mkdir -p "$out" || exit 1
slug=$("$PY" -c "import sys; from alm_experiments.device import device_slug; print(device_slug(sys.argv[1]))" "$device") || exit 1
log="$out/device_check_$slug.csv"
echo "step,status,seconds" > "$log"
failed=0
step() {  # step NAME COMMAND...: run it, record its status and time
  local name=$1; shift
  local t0=$SECONDS
  echo "== $name: $*"
  if "$@"; then echo "$name,ok,$((SECONDS - t0))" >> "$log"; else echo "$name,failed,$((SECONDS - t0))" >> "$log"; failed=1; fi
}
if [[ $device == cpu ]]; then
  echo "== cuda cells: skipped (no GPU)"; echo "cuda cells,skipped (no GPU),0" >> "$log"
else
  nbs=$(grep -l '"#| cuda' notebooks/*.ipynb | tr '\n' ' ')
  step "cuda cells" "$PY" -c "import sys; from nbdev.test import nbdev_test
bad = []
for nb in sys.argv[1:]:
    try: nbdev_test.__wrapped__(path=nb, flags='cuda', n_workers=0, do_print=True, timing=True)
    except SystemExit as e: bad += [nb] if e.code else []
print('cuda cells failed in: ' + ', '.join(bad) if bad else 'cuda cells: all passed'); sys.exit(1 if bad else 0)" $nbs
fi
step bench_overhead "$PY" scripts/bench_overhead.py --device "$device" $([ -n "$quick" ] && echo --smoke || echo --quick) --out "$out/perf_overhead_$slug.csv"
step "throughput and fmnist_cnn" "$PY" -m alm_experiments.device --device "$device" $quick --out "$out" --budget "$budget"
cat "$log"
exit $failed
