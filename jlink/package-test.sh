#!/usr/bin/env bash
# Tests the merchant's downloads as a merchant gets them (docs/decisions/0150):
#  - the archive, unpacked into a temporary folder, runs `kassa --version`, `kassa doctor` and `kassa demo`
#    with an empty environment (no JDK on the PATH, an empty HOME), and its install.sh installs per user;
#  - the .deb installs with dpkg, puts `kassa` on the PATH and a menu entry, and removes cleanly. That part
#    needs root and is skipped (with a line saying so) for a developer; on CI (CI=true) it is required.
set -euo pipefail
target=$(cd "$1" && pwd)
version=$2
fail() { echo "package test FAILED: $*" >&2; exit 1; }
work=$(mktemp -d "$target/package-test.XXXXXX")

# --- the archive -------------------------------------------------------------------------------------------
tar -C "$work" -xzf "$target/kassa-$version-linux-x64.tar.gz"
unpacked=$work/kassa-$version
for f in bin/kassa install.sh share/kassa.properties.example share/kassa.desktop lib/app/kassa.jsa; do
  [[ -e $unpacked/$f ]] || fail "the archive has no $f"
done
home=$(mktemp -d "$work/home.XXXXXX")
out=$(env -i HOME="$home" "$unpacked/bin/kassa" --version) || fail "bin/kassa --version exited non-zero"
[[ $out == "kassa $version" ]] || fail "unexpected version line: $out"
echo "package test: the unpacked archive runs: $out"

# The JVM takes user.home from the password database, not from $HOME: an explicit configuration keeps the
# runs below on a data folder of their own (never the real ~/.kassa).
config=$work/kassa.properties
printf 'kassa.dataDir = %s\n' "$work/data" > "$config"

# doctor: every check passes in training mode (the in-process sandbox), the report is JSON.
out=$(env -i HOME="$home" "$unpacked/bin/kassa" doctor --json --config "$config") \
  || fail "bin/kassa doctor exited non-zero: $out"
[[ $out == *'"ok":true'* && $out == *'"check":"pay","status":"ok"'* ]] || fail "doctor: $out"
[[ -f $work/data/training/logs/kassa.log ]] || fail "no log file in the data folder after doctor"
echo "package test: bin/kassa doctor passes"

# demo: the scripted training day (about 40 s) ends as expected.
demo_log=$work/demo.jsonl
env -i HOME="$home" "$unpacked/bin/kassa" demo --config "$config" > "$demo_log" 2>"$work/demo.err" \
  || fail "bin/kassa demo exited non-zero: $(tail -c 2000 "$demo_log") $(head -c 2000 "$work/demo.err")"
grep -q '"event":"done","asExpected":true\|"asExpected":true,"event":"done"' "$demo_log" \
  || fail "demo did not end as expected: $(tail -c 2000 "$demo_log")"
echo "package test: bin/kassa demo ends as expected"

# support-bundle: a zip with doctor's report and the log.
env -i HOME="$home" "$unpacked/bin/kassa" support-bundle --config "$config" "$work/support.zip" >/dev/null || fail "support-bundle failed"
command -v unzip >/dev/null 2>&1 || fail "unzip is not installed (Debian package unzip): the support bundle cannot be checked"
listing=$(unzip -l "$work/support.zip")
[[ $listing == *doctor.json* && $listing == *logs/kassa.log* && $listing == *journal.jsonl* ]] \
  || fail "support bundle lacks doctor.json, journal.jsonl or logs/kassa.log: $listing"
echo "package test: bin/kassa support-bundle packs doctor.json, journal.jsonl and the log"

# install.sh per user, an upgrade over it keeps the data, then uninstall.
user_home=$(mktemp -d "$work/home.XXXXXX")
mkdir -p "$user_home/.kassa" && echo "kept" > "$user_home/.kassa/marker"
for round in install upgrade; do
  env -i HOME="$user_home" PATH=/usr/bin:/bin bash "$unpacked/install.sh" --user >/dev/null \
    || fail "install.sh --user ($round) failed"
  out=$(env -i HOME="$user_home" "$user_home/.local/bin/kassa" --version) || fail "installed kassa ($round) failed"
  [[ $out == "kassa $version" ]] || fail "installed kassa --version ($round): $out"
done
grep -q '^Exec=.*/.local/opt/kassa/bin/kassa' "$user_home/.local/share/applications/kassa.desktop" \
  || fail "install.sh made no menu entry"
env -i HOME="$user_home" PATH=/usr/bin:/bin bash "$unpacked/install.sh" --user --uninstall >/dev/null
[[ ! -e $user_home/.local/opt/kassa && ! -e $user_home/.local/bin/kassa ]] || fail "uninstall left files"
[[ $(cat "$user_home/.kassa/marker") == kept ]] || fail "install, upgrade or uninstall touched ~/.kassa"
echo "package test: install.sh --user installs, upgrades, uninstalls and keeps ~/.kassa"

# --- the Debian package ------------------------------------------------------------------------------------
deb=$target/kassa_${version}_amd64.deb
[[ -f $deb ]] || fail "$deb was not built"
if [[ $(id -u) != 0 ]]; then
  [[ ${CI:-} == true ]] && fail "installing the .deb needs root on CI"
  echo "package test: not root, so the .deb was NOT installed (CI runs this part as root)" >&2
elif dpkg -s kassa >/dev/null 2>&1; then
  fail "a kassa package is already installed on this machine; remove it first (dpkg -r kassa)"
else
  dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb failed"
  removed=false
  trap '$removed || dpkg -r kassa >/dev/null 2>&1 || true' EXIT
  out=$(env -i PATH=/usr/bin:/bin HOME="$(mktemp -d "$work/home.XXXXXX")" kassa --version) \
    || fail "kassa --version after dpkg -i exited non-zero"
  [[ $out == "kassa $version" ]] || fail "installed kassa --version: $out"
  grep -q '^Exec=/opt/kassa/bin/kassa' /usr/share/applications/kassa.desktop || fail "no menu entry"
  printf 'kassa.dataDir = %s\n' "$work/deb-data" > "$work/deb.properties"
  doctor=$(env -i PATH=/usr/bin:/bin HOME="$home" kassa doctor --json --config "$work/deb.properties") \
    || fail "installed kassa doctor exited non-zero: $doctor"
  demo=$(env -i PATH=/usr/bin:/bin HOME="$home" timeout 300 kassa demo --config "$work/deb.properties" 2>&1) \
    || fail "installed kassa demo exited non-zero: $(tail -c 2000 <<<"$demo")"
  [[ $demo == *'"asExpected":true'* ]] || fail "installed kassa demo did not end as expected"
  dpkg -r kassa >/dev/null || fail "dpkg -r kassa failed"
  removed=true
  for f in /opt/kassa /usr/bin/kassa /usr/share/applications/kassa.desktop; do
    [[ ! -e $f ]] || fail "$f is left after dpkg -r kassa"
  done
  echo "package test: the .deb installs (kassa --version: $out), has a menu entry and removes cleanly"
fi
rm -rf "$work"
echo "package test passed"
