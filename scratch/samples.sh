P="node dist/src/cli/bin.js"
for f in samples/*.pit; do
  grep -E '^#   pitc run' $f | sed 's/^#   //' | while read -r cmd; do
    echo "=== $cmd"
    timeout 300 node dist/src/cli/bin.js ${cmd#pitc } 2>&1 | grep -E "op |density|time:|error|warning" | head -12
  done
done
