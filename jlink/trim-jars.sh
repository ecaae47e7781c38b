#!/usr/bin/env bash
# Makes target/bundle-jars, the application jars the bundle carries: target/app-jars (the Maven runtime
# dependencies, which the tests use unchanged) less what the bundle never runs (docs/decisions/0148, "Trimmed
# jars"). Needs only the JDK (jar, jdeps, javap). Each cut checks its premise and stops the build if it fails.
#  - Bouncy Castle (8.9 MB): only the classes Kassa's own jars reach, closed over their class references (jdeps).
#  - checker-qual: the PostgreSQL driver's annotations only; the JVM ignores missing annotation types.
#  - jcommander: only ZXing's command-line tools use it (com.google.zxing.client.j2se.CommandLine*, *Config).
#  - jSerialComm: its native libraries for other systems and processors (the bundle runs where it was built).
set -euo pipefail
target=$(cd "$1" && pwd)
license=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
in=$target/app-jars
out=$target/bundle-jars
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "trim-jars.sh: $*" >&2; exit 1; }
one() { local found=("$in"/$1); [[ -f ${found[0]} && ${#found[@]} == 1 ]] || fail "expected one $1 in $in"; echo "${found[0]}"; }

rm -rf "$out"
mkdir -p "$out"
cp "$in"/*.jar "$out"/
bcprov=$(one 'bcprov-jdk18on-*.jar')
checker=$(one 'checker-qual-*.jar')
jcommander=$(one 'jcommander-*.jar')
serial=$(one 'jSerialComm-*.jar')

# Every class-to-class reference of every jar, as the Java 17 runtime sees them (multi-release jars).
"${jdk_bin}jdeps" --multi-release 17 -verbose:class -filter:none "$in"/*.jar > "$work/deps.txt" 2>/dev/null \
  || fail "jdeps failed on $in"
# Lines "   FROM -> TO   ARCHIVE": the pairs FROM TO; "9/org.x.Y" (a class of META-INF/versions/9) is org.x.Y.
awk '/^ / && $2 == "->" { sub(/^[0-9]+\//, "", $1); sub(/^[0-9]+\//, "", $3); print $1, $3 }' "$work/deps.txt" \
  | sort -u > "$work/edges.txt"

# --- Bouncy Castle: the closure of the classes referenced from outside it, to a fixed point.
awk '$1 !~ /^org\.bouncycastle\./ && $2 ~ /^org\.bouncycastle\./ { print $2 }' "$work/edges.txt" | sort -u > "$work/bc-roots.txt"
[[ -s $work/bc-roots.txt ]] || fail "no class outside Bouncy Castle uses it: drop the jar instead of trimming it"
awk 'NR == FNR { if ($1 ~ /^org\.bouncycastle\./ && $2 ~ /^org\.bouncycastle\./) next_of[$1] = next_of[$1] " " $2; next }
     { seen[$1] = 1; queue[++tail] = $1 }
     END {
       for (head = 1; head <= tail; head++) {
         n = split(next_of[queue[head]], targets, " ")
         for (i = 1; i <= n; i++) if (!(targets[i] in seen)) { seen[targets[i]] = 1; queue[++tail] = targets[i] }
       }
       for (c in seen) print c
     }' "$work/edges.txt" "$work/bc-roots.txt" | sort > "$work/bc-closure.txt"
mkdir -p "$work/bc-all" "$work/bc-trimmed/META-INF"
(cd "$work/bc-all" && "${jdk_bin}jar" xf "$bcprov")
while read -r class; do
  path=${class//.//}.class
  # The Java 17 view of a multi-release jar: the highest META-INF/versions/N (N <= 17) copy, else the base one.
  source=
  for version in 17 16 15 14 13 12 11 10 9; do
    if [[ -f $work/bc-all/META-INF/versions/$version/$path ]]; then source=$work/bc-all/META-INF/versions/$version/$path; break; fi
  done
  source=${source:-$work/bc-all/$path}
  [[ -f $source ]] || fail "Bouncy Castle class $class (reached from Kassa) is not in $bcprov"
  mkdir -p "$work/bc-trimmed/$(dirname "$path")"
  cp "$source" "$work/bc-trimmed/$path"
done < "$work/bc-closure.txt"
cp "$license" "$work/bc-trimmed/META-INF/LICENSE.txt"
# The main section of the original manifest, without Multi-Release (the jar is flat now); no signature files and
# no per-entry digests: they would not match a jar with fewer entries.
tr -d '\r' < "$work/bc-all/META-INF/MANIFEST.MF" > "$work/bc-manifest-full.txt"
awk '/^$/ { exit } /^(Manifest-Version|Multi-Release):/ { skip = 1; next } skip && /^ / { next } { skip = 0; print }' \
  "$work/bc-manifest-full.txt" > "$work/bc-manifest.txt"
rm "$out/$(basename "$bcprov")"
trimmed=$out/$(basename "$bcprov" .jar)-argon2.jar
"${jdk_bin}jar" --create --file "$trimmed" --manifest "$work/bc-manifest.txt" -C "$work/bc-trimmed" .
# The trimmed jar must be closed: jdeps finds every Bouncy Castle class it and Kassa's jars reference.
missing=$("${jdk_bin}jdeps" -verbose:class -filter:none "$trimmed" "$out"/kassa-*.jar 2>/dev/null \
  | awk '/^ / && $2 == "->" && $3 ~ /^org\.bouncycastle\./ && $4 == "not" { print $3 }' | sort -u)
[[ -z $missing ]] || fail "the trimmed Bouncy Castle jar misses: $missing"

# --- checker-qual: only annotation types may be referenced (a missing annotation type is no error at run time).
while read -r class; do
  "${jdk_bin}javap" -cp "$checker" "$class" | grep -q "interface .* extends java.lang.annotation.Annotation" \
    || fail "$class of checker-qual is referenced but is not an annotation type: keep the jar"
done < <(awk '$1 !~ /^org\.checkerframework\./ && $2 ~ /^org\.checkerframework\./ { print $2 }' "$work/edges.txt" | sort -u)
rm "$out/$(basename "$checker")"

# --- jcommander: referenced only by ZXing's command-line tools, which nothing else references.
users=$(awk '$2 ~ /^com\.beust\./ && $1 !~ /^com\.beust\./ { print $1 }' "$work/edges.txt" | sort -u \
  | grep -v -E '^com\.google\.zxing\.client\.j2se\.(CommandLineEncoder|CommandLineRunner|DecoderConfig|EncoderConfig|DecodeWorker)' || true)
[[ -z $users ]] || fail "jcommander is used by $users: keep the jar"
cli_users=$(awk '$2 ~ /^com\.google\.zxing\.client\.j2se\.(CommandLine|DecoderConfig|EncoderConfig|DecodeWorker)/ \
  && $1 !~ /^com\.google\.zxing\.client\.j2se\./ { print $1 }' "$work/edges.txt" | sort -u)
[[ -z $cli_users ]] || fail "ZXing's command-line tools are used by $cli_users: keep jcommander"
rm "$out/$(basename "$jcommander")"

# --- jSerialComm: its classes and the native library for Linux on the build machine's processor (jlink links the
# runtime for that one); on a processor not mapped here, every Linux library stays.
mkdir "$work/serial"
(cd "$work/serial" && "${jdk_bin}jar" xf "$serial")
rm -rf "$work/serial"/{Windows,OSX,Android,FreeBSD,OpenBSD,Solaris}
case $(uname -m) in
  x86_64) serial_arch=x86_64 ;;
  aarch64) serial_arch=armv8_64 ;;
  *) serial_arch= ;;
esac
if [[ -n $serial_arch ]]; then
  [[ -f $work/serial/Linux/$serial_arch/libjSerialComm.so ]] || fail "no Linux/$serial_arch/libjSerialComm.so in $serial"
  find "$work/serial/Linux" -mindepth 1 -maxdepth 1 -type d ! -name "$serial_arch" -exec rm -rf {} +
fi
rm "$out/$(basename "$serial")"
"${jdk_bin}jar" --create --file "$out/$(basename "$serial")" --manifest "$work/serial/META-INF/MANIFEST.MF" \
  -C "$work/serial" . 2>/dev/null
echo "bundle jars: $out ($(wc -l < "$work/bc-closure.txt") Bouncy Castle classes kept, $(du -sb "$trimmed" | cut -f1) bytes;" \
  "checker-qual and jcommander left out; jSerialComm with its Linux/${serial_arch:-*} library only)"
