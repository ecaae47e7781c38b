#!/usr/bin/env bash
# Builds the self-contained bundle (when missing or older than the sources) and starts the till.
# Installs a JDK 17 and Maven first when the machine has none (Debian/Ubuntu). Arguments are passed to
# the launcher: no arguments open the till window (training mode unless configured), e.g.
#   bash jlink/run.sh                      # the till
#   bash jlink/run.sh verify-barcode ...   # a command-line tool
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
launcher=$root/jlink/target/kassa/bin/kassa

if ! command -v mvn >/dev/null 2>&1 || ! command -v jlink >/dev/null 2>&1; then
  sudo_cmd=""; [[ $(id -u) == 0 ]] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends openjdk-17-jdk maven libgtk-3-0
fi
newest_source=$(find "$root" -path '*/target' -prune -o -type f \( -name '*.java' -o -name '*.properties' -o -name 'pom.xml' \) -newer "$launcher" -print -quit 2>/dev/null || true)
if [[ ! -x $launcher || -n $newest_source ]]; then
  (cd "$root" && mvn -B -ntp -q -DskipTests package)
fi
exec "$launcher" "$@"
