#!/usr/bin/env bash
# Runs the built bundle as a merchant would, with an empty environment: no JAVA_HOME and no PATH, so a
# system JDK cannot be picked up. Checks a barcode made by the bundle itself and one made by hand.
set -euo pipefail
bundle=$1
kassa=$bundle/bin/kassa
# The JVM takes user.home from the password database, not from $HOME: $KASSA_CONFIG with a data folder under
# target/ keeps every run off the real ~/.kassa (the configuration and the log file live there).
config=$(mktemp "$(cd "$bundle/.." && pwd)/smoke-config.XXXXXX")
printf 'kassa.dataDir = %s\n' "$(cd "$bundle/.." && pwd)/smoke-data" > "$config"
run() { env -i HOME="$(mktemp -d)" KASSA_CONFIG="$config" "$kassa" "$@"; }

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

# What the runtime links (decision 0148): WebKit (javafx.web) only when built with -Dkassa.webview=true; the
# default bundle keeps within the 80 MB budget of issue 13 (docs/performance.md, "Bundle"). Checked before
# anything runs from the bundle.
webview=${2:-false}
modules=$(grep '^MODULES=' "$bundle/lib/runtime/release") || fail "no MODULES line in $bundle/lib/runtime/release"
if [[ $webview == true ]]; then
  [[ $modules == *javafx.web* ]] || fail "built with kassa.webview=true but the runtime has no javafx.web: $modules"
else
  for module in javafx.web javafx.media jdk.jsobject jdk.xml.dom; do
    [[ $modules != *"$module "* && $modules != *"$module\""* ]] \
      || fail "the default bundle links $module (only -Dkassa.webview=true should): $modules"
  done
  webkit=$(find "$bundle" \( -name '*jfxwebkit*' -o -name 'javafx-web*' -o -name '*gstreamer*' \) -print)
  [[ -z $webkit ]] || fail "the default bundle carries WebView files: $webkit"
  # The budget of issue 13: 80 MB = 80,000,000 bytes (76.3 MiB) unpacked, measured as docs/performance.md
  # "Bundle" does (du -sb: the files' sizes in bytes). Kept within by trim-jars.sh (decision 0148).
  budget=80000000
  size=$(du -sb "$bundle" | cut -f1)
  (( size <= budget )) || fail "the bundle is $size bytes, $((size - budget)) over the $budget-byte (80 MB) budget of\
 issue 13; see docs/performance.md \"Bundle\" for where the bytes go (du -sb $bundle/lib/*)"
  echo "bundle without WebView: $size bytes, within the $budget-byte (80 MB) budget"
fi

version=$(run --version) || fail "kassa --version exited non-zero"
[[ $version =~ ^kassa\ [0-9] ]] || fail "unexpected version line (no version in the jar manifest?): $version"

# PINs are Argon2id hashes (decision 0130), made by the bundle's trimmed Bouncy Castle jar (trim-jars.sh): a class
# its closure missed fails here. A till of its own (training mode seeds the administrator trainer, PIN 1234):
# adding a user verifies trainer's PIN and hashes the new one; opening a shift refuses a wrong PIN, takes the right one.
pin_dir=$(mktemp -d "$(cd "$bundle/.." && pwd)/smoke-pins.XXXXXX")
printf 'kassa.dataDir = %s\n' "$pin_dir/data" > "$pin_dir/kassa.properties"
pin_run() { env -i HOME="$pin_dir" KASSA_CONFIG="$pin_dir/kassa.properties" "$kassa" "$@"; }
out=$(printf '1234\n4711\n' | pin_run user add --login anna --role operator --admin trainer 2>&1) \
  || fail "kassa user add (verifies and hashes PINs) failed: $(head -c 2000 <<<"$out")"
[[ $out == *'"login":"anna"'* ]] || fail "kassa user add printed no user anna: $(head -c 2000 <<<"$out")"
set +e
out=$(printf '4712\n' | pin_run shift open --user anna --cash 0 2>&1); code=$?
set -e
[[ $code != 0 && $out == *'PIN'*anna* ]] || fail "a wrong PIN: expected a refusal naming anna's PIN, got exit $code: $(head -c 2000 <<<"$out")"
out=$(printf '4711\n' | pin_run shift open --user anna --cash 0 2>&1) \
  || fail "kassa shift open with anna's PIN failed: $(head -c 2000 <<<"$out")"
echo "PINs hashed and verified with Argon2id from the bundle"

# Serial ports are listed through jSerialComm's native library (trim-jars.sh keeps only this machine's). The
# library unpacks it into java.io.tmpdir/jSerialComm and reuses it from there: a fresh tmpdir loads the bundle's.
out=$(env -i HOME="$pin_dir" KASSA_CONFIG="$config" JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$(mktemp -d "$pin_dir/tmp.XXXXXX")" \
  "$kassa" scan --list-ports 2>&1) || fail "kassa scan --list-ports failed: $(head -c 2000 <<<"$out")"
[[ $out != *Exception* && $out != *Error* ]] || fail "kassa scan --list-ports: $(head -c 2000 <<<"$out")"

barcode=$(run make-barcode --card 1234567891011 --session A1G97N --at 1700000000)
out=$(run verify-barcode --at 1700000000 "$barcode")
[[ $out == *'"resultCode":"CARDSESSION_AVAILABLE"'* ]] || fail "made barcode not accepted: $out"

# Made by hand: RFC 6238 SHA256 vector (t=59 -> 46119246) with prefix CM, delimiter '=', 8 digits.
out=$(run verify-barcode --key 3132333435363738393031323334353637383930313233343536373839303132 \
  --at 59 "CM1234567891011=46119246")
[[ $out == *'"resultCode":"CARDSESSION_NOT_AVAILABLE"'* ]] || fail "hand-made barcode not accepted: $out"

out=$(run verify-barcode "4600000000001")
[[ $out == *'"resultCode":"ANOTHER_INSTANCE"'* ]] || fail "plain card: $out"

set +e
err=$(run verify-barcode --pass-length 11 "CM1=1" 2>&1 >/dev/null); code=$?
set -e
[[ $code == 2 && $err == *"--pass-length"* ]] || fail "bad flag: exit $code, '$err'"

# The launcher passes the JDK HttpServer's switches (read once per JVM; decision 71).
cfg=$bundle/lib/app/kassa.cfg
for option in -Dsun.net.httpserver.nodelay=true -Dsun.net.httpserver.maxReqTime= -Dsun.net.httpserver.maxRspTime=; do
  grep -q -- "$option" "$cfg" || fail "the launcher does not pass $option ($cfg)"
done

# The sandbox ships in the bundle (its own jar since decision 70): it starts and prints its base URL.
sandbox_log=$(mktemp)
env -i HOME="$(mktemp -d)" KASSA_CONFIG="$config" "$kassa" sandbox > "$sandbox_log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 150); do grep -q '"baseUrl"' "$sandbox_log" && break; sleep 0.2; done
kill "$sandbox_pid" 2>/dev/null || true
wait "$sandbox_pid" 2>/dev/null || true
grep -q '"baseUrl":"http://127.0.0.1:' "$sandbox_log" || fail "kassa sandbox did not start within 30 s: $(head -c 2000 "$sandbox_log")"

# Without a display the window cannot open: one line naming the commands that work, exit 1, no stack trace.
set +e
err=$(run 2>&1 >/dev/null); code=$?
set -e
[[ $code == 1 && $(printf '%s\n' "$err" | wc -l) == 1 && $err == *"kassa --help"* ]] \
  || fail "no display: expected exit 1 and one line naming 'kassa --help', got exit $code: $(head -c 2000 <<<"$err")"

# The till window itself, where a display can be made (xvfb-run): it must start and stay up. On CI the window
# part is required: a missing xvfb-run fails the smoke test instead of skipping it.
if ! command -v xvfb-run >/dev/null 2>&1; then
  if [[ ${CI:-} == true ]]; then
    fail "xvfb-run is not installed, so the till window cannot be checked; install the Debian package xvfb"
  fi
  echo "smoke test: xvfb-run not found (Debian package xvfb), the till window was NOT checked" >&2
else
  log=$(mktemp)
  xvfb-run -a -s "-screen 0 1024x768x24" bash -c '
    env -i HOME="$(mktemp -d)" KASSA_CONFIG="$2" DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$0" > "$1" 2>&1 &
    pid=$!; sleep 8
    if kill -0 $pid 2>/dev/null; then kill $pid; exit 0; else exit 1; fi' "$kassa" "$log" "$config" \
    || fail "the till window did not stay up: $(head -c 2000 "$log")"
  if grep -q "Exception" "$log"; then fail "the till window logged an exception: $(head -c 2000 "$log")"; fi
  echo "till window started and stayed up under Xvfb"
fi
echo "smoke test passed: $kassa"
