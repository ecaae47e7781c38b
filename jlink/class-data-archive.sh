#!/usr/bin/env bash
# Makes the bundle's class-data sharing archive lib/app/kassa.jsa (docs/decisions/0151): the JDK and JavaFX
# classes Kassa loads while starting, parsed and verified once at build time and mapped into memory at each
# start. The launcher names it with -XX:SharedArchiveFile=$APPDIR/kassa.jsa (build-image.sh).
# Only classes of the runtime image go in: JDK 17 refuses an archive whose application class path differs from
# the one at build time, and the bundle runs from wherever it is unpacked. A missing or stale archive is no
# error: the JVM then starts without it (-Xshare:auto).
set -euo pipefail
bundle=$1
kassa=$bundle/bin/kassa
java=$bundle/lib/runtime/bin/java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$bundle/lib/app/kassa.jsa"

# The classes a start loads. Only those of `kassa --version` (about 1,000 JDK classes, 10 MB), the ones every
# start loads: adding `doctor --json` (store, sandbox, HTTP; about 2,900 classes) doubles the saving on doctor's
# start but makes the archive 23 MB and the bundle 88 MiB, over the 80 MB budget (docs/performance.md, "Bundle").
# Commands that need a configuration get one on a data folder of their own (--config: the JVM takes user.home
# from the password database, not from $HOME).
printf 'kassa.dataDir = %s\n' "$work/data" > "$work/kassa.properties"
n=0
for command in "--version"; do
  n=$((n + 1))
  # shellcheck disable=SC2086 # a command line of several words
  env -i HOME="$work/home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classes-$n.lst" \
    "$kassa" $command >/dev/null 2>&1 || true
done
cat "$work"/classes-*.lst 2>/dev/null | sort -u > "$work/classes.lst"
[[ -s $work/classes.lst ]] || { echo "class-data-archive.sh: no class list was written" >&2; exit 1; }

# Application classes are not found on the empty class path and are left out (their warnings are expected).
"$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$bundle/lib/app/kassa.jsa" \
  -cp "" > "$work/dump.log" 2>&1 || { cat "$work/dump.log" >&2; exit 1; }
echo "class-data archive: $bundle/lib/app/kassa.jsa ($(du -h "$bundle/lib/app/kassa.jsa" | cut -f1), $(grep -vc '^@' "$work/classes.lst") classes listed)"
