#!/usr/bin/env bash
# Cold start of the bundle to a usable sale screen (docs/performance.md, "Till window"): a new `kassa` process
# on an Xvfb display, in test mode with an open shift, until the window logs "sale screen ready" (the till is
# open, nothing covers the sale, the sale input has the focus). Prints each run and the median.
#   bash jlink/bench-cold-start.sh [BUNDLE_DIR] [RUNS] [extra JVM options, e.g. -Xshare:off]
# The operating system's file cache stays warm between runs (dropping it needs root on the host).
set -euo pipefail
bundle=$(cd "${1:-$(dirname "$0")/target/kassa}" && pwd)
runs=${2:-10}
extra=${3:-}
kassa=$bundle/bin/kassa
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: install the Debian package xvfb" >&2; exit 1; }
work=$(mktemp -d "$(dirname "$bundle")/cold-start.XXXXXX")
data=$work/data
config=$work/kassa.properties
cat > "$config" <<CONF
kassa.mode = test
ui.language = ru
kassa.dataDir = $data
pay.baseUrl.test = http://127.0.0.1:9
pay.login = bench
pay.password = bench
printer.address = file:$work/printer.bin
CONF
run() { env -i HOME="$work/home" KASSA_CONFIG="$config" "$kassa" "$@"; }
run catalog import --demo > /dev/null
printf '2468\n' | run user add --login bench --role administrator > /dev/null
printf '2468\n' | run shift open --user bench --cash 0 > /dev/null

export KASSA_BENCH_KASSA=$kassa KASSA_BENCH_CONFIG=$config KASSA_BENCH_LOG=$data/logs/kassa.log
export KASSA_BENCH_RUNS=$runs KASSA_BENCH_EXTRA=$extra KASSA_BENCH_HOME=$work/home
xvfb-run -a -s "-screen 0 1024x768x24" bash -c '
  set -euo pipefail
  results=()
  cpus=()
  for i in $(seq 1 "$KASSA_BENCH_RUNS"); do
    : > "$KASSA_BENCH_LOG"
    start=$(date +%s%N)
    env -i HOME="$KASSA_BENCH_HOME" KASSA_CONFIG="$KASSA_BENCH_CONFIG" DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" \
      ${KASSA_BENCH_EXTRA:+JAVA_TOOL_OPTIONS="$KASSA_BENCH_EXTRA"} "$KASSA_BENCH_KASSA" > /dev/null 2>&1 &
    pid=$!
    ready=""
    for _ in $(seq 1 3000); do          # at most 30 s
      if grep -q "sale screen ready" "$KASSA_BENCH_LOG" 2>/dev/null; then
        ready=$(date +%s%N)
        # user + system CPU of the process so far, in clock ticks (fields 14 and 15 of /proc/PID/stat)
        ticks=$(awk '"'"'{print $14 + $15}'"'"' "/proc/$pid/stat" 2>/dev/null || echo 0)
        # resident memory at that moment (the launcher execs the JVM in the same process)
        rss=$(awk '"'"'/^VmRSS/ {print int($2 / 1024)}'"'"' "/proc/$pid/status" 2>/dev/null || echo 0)
        break
      fi
      sleep 0.01
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [[ -z $ready ]]; then echo "run $i: no sale screen within 30 s" >&2; exit 1; fi
    ms=$(( (ready - start) / 1000000 ))
    logged=$(grep -o "sale screen ready [0-9]* ms" "$KASSA_BENCH_LOG" | grep -o "[0-9]*")
    cpu=$(( ticks * 1000 / $(getconf CLK_TCK) ))
    echo "run $i: sale screen ready after ${ms} ms (the window says ${logged} ms after its process started); CPU ${cpu} ms; RSS ${rss} MiB; load $(cut -d" " -f1 /proc/loadavg)"
    results+=("$ms")
    cpus+=("$cpu")
  done
  sorted=($(printf "%s\n" "${results[@]}" | sort -n))
  echo "median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[-1]} ms over ${#sorted[@]} runs"
  sorted=($(printf "%s\n" "${cpus[@]}" | sort -n))
  echo "CPU to ready: median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[-1]} ms"
'
