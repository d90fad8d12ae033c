#!/usr/bin/env bash
# Quality and speed side by side with the peers (harper.js, retext, hunspell), on the same inputs, scored by the same code.
#   benchmarks/compare-peers.sh [DATA_DIR] [WORK_DIR]
# 1. installs the peers with ../shared/tools/peers/setup.sh;
# 2. exports every evaluation corpus as a text file and runs the peers on each (JSON lines of diagnostics);
# 3. writes docs/quality.md with TextRepair's and the peers' columns;
# 4. times TextRepair and the peers on the same distinct news, clean and damaged (the evaluation's wikinews and
#    synthetic corpora): whole process, and warm (in-process lint for the peers, BenchmarkDotNet for TextRepair), and
#    prints the throughput ratios.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$(cd "${1:-$root/../shared/data}" && pwd)"
work="${2:-${TMPDIR:-/tmp}/textrepair-peers}"
peers="$work/peers"
corpora="$work/corpora"
mkdir -p "$work" "$corpora"

# hunspell comes from Debian's packages: install it when this runs as root and it is missing.
if ! command -v hunspell >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  bash "$data/../tools/peers/setup.sh" "$peers" --apt >/dev/null
else
  bash "$data/../tools/peers/setup.sh" "$peers" >/dev/null
fi
peer_list=harper,retext
command -v hunspell >/dev/null 2>&1 && peer_list=harper,retext,hunspell
dotnet build -c Release "$root/TextRepair.sln" -v q -nologo >/dev/null
evaluation="dotnet $root/benchmarks/TextRepair.Evaluation/bin/Release/net10.0/TextRepair.Evaluation.dll"
$evaluation --data "$data" --export "$corpora"

for corpus in wikinews synthetic seed mqm bea2019 languagetool; do
  echo "peers on $corpus" >&2
  node "$peers/run-peers.mjs" "$corpora/$corpus.txt" --peers "$peer_list" > "$corpora/$corpus.peers.jsonl"
done
$evaluation --data "$data" --peers "$corpora" --out "$root/docs/quality.md"

cli="dotnet $root/src/TextRepair.Cli/bin/Release/net10.0/TextRepair.Cli.dll"
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
# Distinct text only (a repeated corpus flatters: spelling trusts a word used twice): the clean Wikinews dev paragraphs
# once each, and the same paragraphs with the synthetic noise (one defect in two paragraphs of three).
for news in "$corpora/wikinews.txt" "$corpora/synthetic.txt"; do
  echo "== $(basename "$news"): $(wc -c < "$news") bytes"
  ours_process=$(seconds $cli check "$news")
  harper_process=$(seconds node "$peers/run-peers.mjs" "$news" --peers harper)
  retext_process=$(seconds node "$peers/run-peers.mjs" "$news" --peers retext)
  echo "whole process: TextRepair ${ours_process}s, harper ${harper_process}s, retext ${retext_process}s"
  echo "throughput ratio (whole process): TextRepair/harper $(ratio "$harper_process" "$ours_process")x, TextRepair/retext $(ratio "$retext_process" "$ours_process")x"
  echo "warm, peers in process:"
  node "$peers/time-peers.mjs" --peers harper,retext "$news"
  echo "warm, TextRepair (BenchmarkDotNet, same file):"
  TEXTREPAIR_BENCHMARK_FILE="$news" dotnet run -c Release --project "$root/benchmarks/TextRepair.Benchmarks" -- --filter '*AnalysisBenchmarks.Analyze*' 2>&1 | grep -E '^\|'
done
