#!/usr/bin/env bash
# Builds the libFuzzer harnesses (every module compiled with -sanitize=fuzzer,address) and runs
# each for SECONDS seconds, one after the other, at the lowest priority.
#   Fuzz/run.sh 60                      what `make fuzz SECONDS=60` runs
#   TARGETS="FuzzQuery" Fuzz/run.sh 3600  one target for an hour (the nightly run: docs/robustness.md)
# Inputs that crash land in Fuzz/artifacts/TARGET/; the growing corpus in Fuzz/corpus/TARGET/;
# libFuzzer's log in Fuzz/logs/TARGET.log. Exit status 1 when any target found a crash.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
targets=${TARGETS:-"FuzzQuery FuzzCSVImport FuzzJSONImport FuzzDocumentReader FuzzExtractor"}
nice -n 19 swift build -c release -Xswiftc -sanitize=fuzzer,address
./seed.sh
status=0
for target in $targets; do
  mkdir -p "corpus/$target" "artifacts/$target" logs
  # symbolize=0: a Swift trap's report is symbolized in minutes, not seconds; the input is what
  # matters (replay it with the binary, or turn it into a test).
  if ! ASAN_OPTIONS=symbolize=0:detect_leaks=0 nice -n 19 ".build/release/$target" \
      -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
      -artifact_prefix="artifacts/$target/" -print_final_stats=1 \
      "corpus/$target" "seeds/$target" >"logs/$target.log" 2>&1; then
    status=1
    echo "$target: CRASH; see Fuzz/logs/$target.log and Fuzz/artifacts/$target/"
  fi
  runs=$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "logs/$target.log" | grep -Eo '[0-9]+$' || echo 0)
  speed=$(grep -Eo 'exec/s: [0-9]+' "logs/$target.log" | tail -n 1 | grep -Eo '[0-9]+$' || echo 0)
  echo "$target: $runs runs in ${seconds}s, last exec/s $speed, corpus $(ls "corpus/$target" | wc -l) inputs"
done
exit "$status"
