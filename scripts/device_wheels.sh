#!/usr/bin/env bash
# Prepare what scripts/device_check.sh needs on a lent GPU machine whose image has PyTorch but not this project's
# test tooling: wheels (Python 3.12, x86-64) of the missing packages into .whl/, and Fashion-MNIST's four .gz files into
# data/FashionMNIST/raw/. Both folders are ignored by git; name them in the device tool's `carry` (about 35 MiB together).
# Run here, where the package registry is reachable; the GPU machine reaches nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-$([ -x .venv/bin/python ] && echo .venv/bin/python || echo python3)}
WHEELS="fastcore==1.14.5 nbdev==2.4.14 execnb==0.1.18 ghapi==1.0.10 fastgit==0.0.6 mnist1d==0.0.2.post1 asttokens==3.0.2
astunparse==1.6.3 watchdog==7.1.0 ipython==9.18.1 ipython-pygments-lexers==1.1.1 jedi==0.20.1 parso==0.8.7
matplotlib-inline==0.2.2 pexpect==4.9.0 ptyprocess==0.7.0 prompt_toolkit==3.0.53 wcwidth==0.9.4 stack_data==0.6.3
executing==2.3.0 pure-eval==0.2.4 traitlets==5.16.1"
mkdir -p .whl data/FashionMNIST/raw
"$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform any -d .whl $WHEELS
cp /usr/share/datasets/fashion-mnist/*.gz data/FashionMNIST/raw/
du -sh .whl data/FashionMNIST
