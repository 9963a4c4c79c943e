#!/usr/bin/env bash
# Runs each fuzzer for SECONDS from its corpus in fuzz/corpus/NAME (new inputs it finds are kept
# in BUILD/corpus/NAME, not in the repository). A crash leaves BUILD/crash-* and fails the run:
# turn it into a unit test, fix it, and add the input to the corpus.
#
# usage: fuzz/run.sh BUILD SECONDS
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?build folder}
seconds=${2:-60}
status=0
for binary in "$build"/fuzz_*; do
  [[ -f $binary && -x $binary ]] || continue
  name=${binary##*/fuzz_}
  mkdir -p "$build/corpus/$name"
  echo "fuzz: $name for ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=1 "$binary" -max_total_time="$seconds" -max_len=70000 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/" \
      "$build/corpus/$name" "fuzz/corpus/$name" 2>"$build/fuzz_$name.log"; then
    echo "fuzz: $name FAILED; the input is saved under $build/ and the log is $build/fuzz_$name.log:"
    tail -40 "$build/fuzz_$name.log"
    status=1
  else
    grep -E '^stat::number_of_executed_units' "$build/fuzz_$name.log" | sed "s/^/fuzz: $name /"
  fi
done
exit $status
