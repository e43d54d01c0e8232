#!/usr/bin/env bash
# The Debian package, as CI checks it (.ci/run, after ./dev package):
# unpacked in a clean folder, it holds bin/scip, both man pages, the three
# completions and the schemas; the unpacked binary runs; man reads the pages;
# bash loads the completion. Then, as root on CI's fresh machine, it is
# installed with apt-get (which brings its dependencies) and the installed
# scip checks the shipped plans.
#   tests/package.sh DEB SOURCE_DIR [--install]
set -euo pipefail
deb=$(readlink -f "$1")
src=$(readlink -f "$2")
install=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
for f in usr/bin/scip usr/share/man/man1/scip.1.gz usr/share/man/zh_CN/man1/scip.1.gz \
         usr/share/bash-completion/completions/scip usr/share/zsh/vendor-completions/_scip \
         usr/share/fish/vendor_completions.d/scip.fish usr/share/scip/schemas/plan.schema.json; do
  [ -s "$tmp/root/$f" ] || { echo "FAIL: $f is not in the package"; exit 1; }
done
# (yaml-cpp is linked from its archive, so libzip stands for the shared libraries)
dpkg-deb -f "$deb" Depends | grep -q libzip || { echo "FAIL: no library dependencies (dpkg-shlibdeps)"; exit 1; }
"$tmp/root/usr/bin/scip" --version
MANWIDTH=80 man -l "$tmp/root/usr/share/man/man1/scip.1.gz" | grep -q 'EXIT STATUS'
MANWIDTH=80 man -l "$tmp/root/usr/share/man/zh_CN/man1/scip.1.gz" | grep -q '退出状态'
bash -c 'source "$1" && complete -p scip' _ "$tmp/root/usr/share/bash-completion/completions/scip"
if [ "$install" = --install ]; then
  sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --reinstall "$deb" >/dev/null
  /usr/bin/scip check "$src/plans/"
  man -w scip >/dev/null
fi
echo "package: $(basename "$deb") holds the binary, man pages and completions, and runs"
