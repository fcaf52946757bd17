#!/usr/bin/env bash
# Packs what scripts/gpu-checks.sh needs on a GPU machine that has no Node.js and no registry:
# this machine's node binary and the installed packages and build (node_modules, dist), without
# what the GPU checks never load (onnxruntime, binaryen's command-line tools, linters, formatters,
# Dawn builds for other platforms, playwright). Writes .gpu/ (git-ignored through
# .git/info/exclude), about 50 MB; the tool that lends the machine carries it (docs/cuda.md).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] && [ -d dist ] || { echo "run npm ci && npm run build first" >&2; exit 1; }
mkdir -p .gpu
grep -qx '/.gpu/' .git/info/exclude 2>/dev/null || echo '/.gpu/' >>.git/info/exclude
xz -T0 -6 -c "$(readlink -f "$(command -v node)")" >.gpu/node.xz
tar -c \
  --exclude=node_modules/onnxruntime-node --exclude=node_modules/binaryen/bin \
  --exclude=node_modules/webgpu/dist/darwin-universal --exclude=node_modules/webgpu/dist/linux-arm64 \
  --exclude=node_modules/webgpu/dist/win32-x64 --exclude=node_modules/webgpu/dist/win32-arm64 \
  --exclude='node_modules/@oxlint*' --exclude=node_modules/@typescript --exclude=node_modules/typescript \
  --exclude=node_modules/prettier --exclude=node_modules/playwright-core \
  node_modules dist | xz -T0 -6 >.gpu/mods.tar.xz
du -sh .gpu
