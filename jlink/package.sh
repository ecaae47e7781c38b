#!/usr/bin/env bash
# Packs the bundle target/kassa (build-image.sh) for merchants (docs/decisions/0150):
#   target/kassa-VERSION-linux-x64.tar.gz  the bundle + share/ (example configuration, desktop entry) + install.sh
#   target/kassa_VERSION_amd64.deb         the bundle in /opt/kassa, /usr/bin/kassa, a menu entry
# The .deb is built with Debian's own dpkg-deb (no fakeroot needed: --root-owner-group).
set -euo pipefail
target=$1
version=$2
example_config=$3
here=$(cd "$(dirname "$0")" && pwd)
bundle=$target/kassa
[[ -x $bundle/bin/kassa ]] || { echo "package.sh: $bundle/bin/kassa is missing; run build-image.sh first" >&2; exit 1; }

# --- the archive -------------------------------------------------------------------------------------------
name=kassa-$version
stage=$target/archive/$name
rm -rf "$target/archive"
mkdir -p "$stage/share"
cp -a "$bundle/bin" "$bundle/lib" "$stage/"
cp "$example_config" "$stage/share/kassa.properties.example"
cp "$here/src/bundle/kassa.desktop" "$stage/share/kassa.desktop"
cp "$here/src/bundle/install.sh" "$stage/install.sh"
chmod 755 "$stage/install.sh"
archive=$target/$name-linux-x64.tar.gz
tar -C "$target/archive" --owner=0 --group=0 -czf "$archive" "$name"
echo "archive: $archive ($(du -h "$archive" | cut -f1))"

# --- the Debian package ------------------------------------------------------------------------------------
# Debian versions may not contain '-' without a revision: 0.1.0-SNAPSHOT becomes 0.1.0~SNAPSHOT (sorts before 0.1.0).
deb_version=${version//-/\~}
root=$target/deb/root
rm -rf "$target/deb"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/doc/kassa"
cp -a "$bundle" "$root/opt/kassa"
mkdir -p "$root/opt/kassa/share"
cp "$example_config" "$root/opt/kassa/share/kassa.properties.example"
ln -s /opt/kassa/bin/kassa "$root/usr/bin/kassa"
sed -e "s|@LAUNCHER@|/opt/kassa/bin/kassa|" -e "s|@ICON@|/opt/kassa/lib/kassa.png|" \
  "$here/src/bundle/kassa.desktop" > "$root/usr/share/applications/kassa.desktop"
cp "$here/../LICENSE" "$root/usr/share/doc/kassa/copyright"
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: kassa
Version: $deb_version
Architecture: amd64
Maintainer: Kassa project <noreply@kassa.invalid>
Installed-Size: $installed_kb
Depends: libc6, zlib1g, libgtk-3-0 | libgtk-3-0t64
Recommends: desktop-file-utils, xdg-utils
Section: misc
Priority: optional
Description: Kassa till (cash desk) with Koshelek Pay
 A self-contained till: its own Java runtime, the till window, and the kassa
 command (kassa doctor, kassa support-bundle, kassa demo). Data lives in each
 user's ~/.kassa and is kept when the package is upgraded or removed.
CONTROL
# The menu picks the entry up through desktop-file-utils' trigger on /usr/share/applications.
deb=$target/kassa_${version}_amd64.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
echo "deb: $deb ($(du -h "$deb" | cut -f1))"
