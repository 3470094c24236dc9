#!/usr/bin/env bash
# Runs the whole benchmark suite and writes the figures for BENCHMARKS.md.
#
#   benchmarks/run.sh                 # build, then the full suite (about 25 minutes on 2 cores)
#   benchmarks/run.sh 'PipelineBench' # only the benchmarks matching these JMH regexps
#
# Run it on a quiet machine: absolute figures drift, the ratios to the anchors (measured in the
# same run) are what BENCHMARKS.md reports. Environment:
#   KHABAR_SHARED  the shared/ folder with the corpora (default: ../shared next to the checkout)
#   JMH_OPTS       JMH options (default below: 1 fork, 15 x 3 s warm-up, 5 x 3 s measurement)
#   SKIP_BUILD=1   use the benchmarks.jar already built
#   SKIP_REPORTS=1 skip the memory and scaling reports
#   BENCH_JVM_OPTS extra JVM options for every JVM of the run (JMH forks inherit them), e.g.
#                  "-Dkhabar.bench.recognizer=none" to leave the name finder out of the pipeline
# Output: benchmarks/target/jmh-result.json and benchmarks/target/results.md (machine, command,
# ratio table, memory, scaling, cold start), ready to paste into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED="${KHABAR_SHARED:-../shared}"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 15 -w 3s -i 5 -r 3s}"
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target
# shellcheck disable=SC2206 # BENCH_JVM_OPTS is a list of options
EXTRA=(${BENCH_JVM_OPTS:-})
JVM=(-Xms2g -Xmx2g "-Dkhabar.shared=$SHARED" "${EXTRA[@]}")

if [[ ! -f "$SHARED/corpora/ant-news/ant-v1.1.jsonl" ]]; then
  echo "run.sh: $SHARED/corpora/ant-news/ant-v1.1.jsonl not found; set KHABAR_SHARED" >&2
  exit 2
fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  # Also writes the library's own class path (module jars, as a user's build has them) for the
  # cold-start report.
  mvn -B -q -ntp -pl benchmarks -am package dependency:build-classpath -DskipTests \
    "-Dmdep.outputFile=$PWD/$OUT/classpath.txt"
fi

# shellcheck disable=SC2086 # JMH_OPTS is a list of options
java "${JVM[@]}" -jar "$JAR" $JMH_OPTS -rf json -rff "$OUT/jmh-result.json" "$@" \
  | tee "$OUT/jmh-output.txt"

{
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "- machine: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores," \
    "$(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GB RAM"}')"
  echo "- JVM: $(java -version 2>&1 | head -1), heap ${JVM[0]#-Xms}"
  echo "- command: \`benchmarks/run.sh\` (JMH options: \`$JMH_OPTS\`; extra JVM options:" \
    "\`${BENCH_JVM_OPTS:-none}\`)"
  echo "- input: the first 500 articles of ANT news v1.1 with a text (title, blank line, text):" \
    "79,868 words, 472,053 chars"
  echo
  java -cp "$JAR" org.khabar.benchmarks.RatioTable "$OUT/jmh-result.json"
  if [[ "${SKIP_REPORTS:-}" != 1 ]]; then
    echo
    java -Xmx2g "${EXTRA[@]}" -cp "$JAR" org.khabar.benchmarks.MemoryReport
    echo
    java -Xmx3g "-Dkhabar.shared=$SHARED" "${EXTRA[@]}" -cp "$JAR" org.khabar.benchmarks.ScalingReport
    echo
    java -cp "$JAR" org.khabar.benchmarks.ColdStartReport --classpath "$(cat "$OUT/classpath.txt")" \
      seeds 7
  fi
} | tee "$OUT/results.md"
