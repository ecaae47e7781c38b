#!/usr/bin/env bash
# Builds the self-contained bundle target/kassa: a jlinked runtime (JDK modules + JavaFX) and the
# application jars on the class path, with the native launcher bin/kassa (jpackage --type app-image).
# See docs/decisions/0005-bundle-jlink-classpath.md.
# Fourth argument: "true" links javafx.web (WebKit) in, for the meal card form inside the window; the default
# "false" keeps the bundle within its 80 MB budget and the form opens in the system browser (decision 0148).
set -euo pipefail
target=$1
version=$2
# JVM options for the JDK HttpServer (nodelay, request/response limits; decision 0071), space-separated.
read -r -a httpserver_options <<< "${3:?third argument: the JVM options for the JDK HttpServer (the pom passes httpserver.argLine)}"
webview=${4:-false}
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
runtime=$target/runtime

# JDK modules the application and its libraries use (jdeps on the class path; jdk.localedata for ru).
jdk_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,\
java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.unsupported,jdk.localedata,jdk.zipfs,\
jdk.charsets,jdk.net
fx_modules=javafx.base,javafx.graphics,javafx.controls
case $webview in
  # javafx.web brings javafx.media and WebKit's native library (about 50 MiB more unpacked).
  true) jdk_modules+=,jdk.jsobject,jdk.xml.dom; fx_modules+=,javafx.web ;;
  false) ;;
  *) echo "build-image.sh: the fourth argument (kassa.webview) is '$webview'; allowed: true or false" >&2; exit 2 ;;
esac

httpserver_java_options=()
for option in "${httpserver_options[@]}"; do httpserver_java_options+=(--java-options "$option"); done

rm -rf "$runtime" "$target/kassa"
"${jdk_bin}jlink" \
  --module-path "$target/javafx-modules" \
  --add-modules "$jdk_modules,$fx_modules" \
  --include-locales=en,ru \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$runtime"
# The JDK's native libraries keep their symbol tables (about 4 MB); the launcher never needs them.
if command -v strip >/dev/null 2>&1; then
  find "$runtime" -name '*.so' -exec strip --strip-unneeded {} +
else
  echo "build-image.sh: strip not found (Debian package binutils); the runtime keeps its symbol tables" >&2
fi

# The application jars less what the bundle never runs (trimmed Bouncy Castle, ...; decision 0148).
bash "$(dirname "$0")/trim-jars.sh" "$target" "$(dirname "$0")/src/bundle/bouncycastle-LICENSE.txt"
app_jar=$(cd "$target/bundle-jars" && ls kassa-app-*.jar)
# jpackage wants a numeric version. Memory options (SerialGC, heap 32-256 MiB, native heap trimmed every 5 s):
# docs/decisions/0149 and docs/performance.md, "Till window".
numeric_version=${version%%-*}
"${jdk_bin}jpackage" --type app-image \
  --name kassa \
  --app-version "$numeric_version" \
  --runtime-image "$runtime" \
  --input "$target/bundle-jars" \
  --main-jar "$app_jar" \
  --main-class org.kassa.app.Main \
  --java-options "-Dfile.encoding=UTF-8" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/kassa.jsa' \
  --java-options "-XX:+UseSerialGC" \
  --java-options "-Xms32m" \
  --java-options "-Xmx256m" \
  --java-options "-XX:TrimNativeHeapInterval=5000" \
  "${httpserver_java_options[@]}" \
  --dest "$target"
bash "$(dirname "$0")/class-data-archive.sh" "$target/kassa"
echo "bundle: $target/kassa (launcher $target/kassa/bin/kassa; WebView linked in: $webview)"
