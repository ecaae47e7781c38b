#!/usr/bin/env bash
# Installs (or upgrades) Kassa from this unpacked archive.
#   ./install.sh              as a normal user: into ~/.local/opt/kassa, command ~/.local/bin/kassa,
#                             menu entry in ~/.local/share/applications (no root needed)
#   sudo ./install.sh         system-wide: into /opt/kassa, command /usr/local/bin/kassa,
#                             menu entry in /usr/local/share/applications
#   ./install.sh --user       per user even as root
#   ./install.sh --uninstall  removes what the same kind of install added (--user --uninstall: per user)
# Data (database, configuration, logs, print jobs) lives in each user's ~/.kassa (kassa.dataDir) and is never
# touched here: an upgrade keeps it and Kassa migrates the database on its next start, after a backup copy.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
per_user=false
if [[ ${1:-} == --user ]]; then per_user=true; shift; fi
if [[ $(id -u) == 0 ]] && ! $per_user; then
  prefix=/opt/kassa; bin_dir=/usr/local/bin; apps_dir=/usr/local/share/applications
else
  prefix=$HOME/.local/opt/kassa; bin_dir=$HOME/.local/bin; apps_dir=$HOME/.local/share/applications
fi

if [[ ${1:-} == --uninstall ]]; then
  rm -rf "$prefix"
  rm -f "$bin_dir/kassa" "$apps_dir/kassa.desktop"
  echo "Kassa removed from $prefix (your data in ~/.kassa is kept)"
  exit 0
elif [[ $# -gt 0 ]]; then
  echo "usage: $0 [--user] [--uninstall]" >&2
  exit 2
fi

[[ -x $here/bin/kassa ]] || { echo "install.sh: $here/bin/kassa is missing; unpack the whole archive first" >&2; exit 1; }
mkdir -p "$(dirname "$prefix")" "$bin_dir" "$apps_dir"
# Copy next to the old version, then swap: an interrupted upgrade leaves the old version working.
# cp -a keeps the files' times: the class-data sharing archive is only used with the runtime it was made for.
rm -rf "$prefix.new"
mkdir "$prefix.new"
cp -a "$here/bin" "$here/lib" "$here/share" "$prefix.new/"
if [[ -d $prefix ]]; then rm -rf "$prefix.old"; mv "$prefix" "$prefix.old"; fi
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"
ln -sfn "$prefix/bin/kassa" "$bin_dir/kassa"
sed -e "s|@LAUNCHER@|$prefix/bin/kassa|" -e "s|@ICON@|$prefix/lib/kassa.png|" \
  "$prefix/share/kassa.desktop" > "$apps_dir/kassa.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps_dir" 2>/dev/null || true
echo "Kassa $("$prefix/bin/kassa" --version | sed 's/^kassa //') installed in $prefix"
echo "Start it from the menu or with: $bin_dir/kassa   (check the set-up with: kassa doctor)"
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "Note: $bin_dir is not on your PATH; add it, or start $prefix/bin/kassa" ;; esac
