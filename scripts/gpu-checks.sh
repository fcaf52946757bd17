#!/usr/bin/env bash
# The checks that need a GPU, as one run on a machine with an NVIDIA GPU and nvcc (docs/cuda.md,
# "On a real GPU"): the CUDA tests that skip elsewhere (the conformance suite and the emulator's
# cases built with nvcc and run on the device, the executor end to end), the WebGPU tests on
# Dawn's adapter, and `pitc bench --only gpu`. Each step has a time limit, so one stuck step
# cannot take the others' time. Results go to $OUT (else gpu-results/): at most 8 files.
# Where the machine has no Node.js, scripts/pack-gpu-checks.sh packs it (and node_modules, dist)
# into .gpu/ beforehand; Vulkan/EGL loaders for Dawn may come as .deb files in .gl/.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-gpu-results}
mkdir -p "$out"
log=$out/log.txt
: >"$log"

# the carried Node first: a machine's own may be older than package.json's engines
if [ -f .gpu/node.xz ]; then
  mkdir -p /tmp/pitc-node && xz -dc .gpu/node.xz >/tmp/pitc-node/node && chmod +x /tmp/pitc-node/node
  export PATH=/tmp/pitc-node:$PATH
fi
[ -d node_modules ] || { [ -f .gpu/mods.tar.xz ] && tar -xJf .gpu/mods.tar.xz; }
if ls .gl/*.deb >/dev/null 2>&1; then
  for f in .gl/*.deb; do dpkg -x "$f" /; done
  ldconfig
fi
icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
[ -f "$icd" ] && export VK_DRIVER_FILES=$icd

{
  date -u
  nvidia-smi --query-gpu=name,compute_cap,driver_version,memory.total,clocks.max.sm --format=csv
  nvcc --version | tail -2
  echo "node $(node --version)"
  nproc
} >"$out/machine.txt" 2>&1

# step NAME SECONDS COMMAND...: runs it under a limit, its output appended to log.txt; STEPS
# (space-separated names) picks some, default all
step() {
  local name=$1 limit=$2 start rc
  shift 2
  [[ " ${STEPS:-$name} " == *" $name "* ]] || return 0
  start=$(date +%s)
  echo "=== $name ($*)" >>"$log"
  timeout "$limit" "$@" >>"$log" 2>&1
  rc=$?
  echo "$name: rc $rc, $(($(date +%s) - start)) s" | tee -a "$out/steps.txt" >>"$log"
}

vitest=node_modules/vitest/vitest.mjs
# only the GPU-hosted CUDA tests (the emulator's run everywhere, CI included)
step cuda-tests "${CUDA_LIMIT:-240}" node $vitest run test/cuda test/conformance/cuda.test.ts -t GPU \
  --reporter=default --reporter=json --outputFile="$out/cuda-tests.json"
step gpu-bench "${BENCH_LIMIT:-180}" node dist/src/cli/bin.js bench --only gpu --out "$out"
step webgpu-tests "${WEBGPU_LIMIT:-120}" node $vitest run test/webgpu test/conformance/webgpu.test.ts \
  --reporter=default --reporter=json --outputFile="$out/webgpu-tests.json"
# every sample at its default dims on the GPU, checked against the reference interpreter
cuda_samples() {
  local f rc=0
  for f in samples/*.pit; do
    echo "--- $f"
    node dist/src/cli/bin.js run "$f" --target cuda --random 1 --check || rc=1
  done
  echo "--- samples/matmul.pit, the README's command"
  node dist/src/cli/bin.js run samples/matmul.pit --target cuda --random 1 --density a=0.1 --microtile a=32x1 --check --repeat 5 || rc=1
  return $rc
}
step cuda-samples "${SAMPLES_LIMIT:-240}" bash -c "$(declare -f cuda_samples); cuda_samples"
cat "$out/steps.txt"
