#!/bin/bash
# The packages, installed as a user would: builds the .deb files of BUILD_DIR with CPack, makes a
# fresh Debian 12 root (debootstrap, minbase; kept as a tarball in BUILD_DIR for the next run),
# installs both packages there with `apt-get install ./*.deb`, and checks:
#   bssdesk --version and bssdesk-server --version answer the build's version;
#   the client starts offscreen on a new store and saves a screenshot, in German and in English
#   (different pictures: the German text came from the installed program's translations);
#   the server's system user exists and the example configuration starts the server
#   (--config, on a loopback port), which answers /health;
#   desktop-file-validate, appstreamcli validate and lintian (no error) on what was installed.
#   tests/package/package-test.sh BUILD_DIR [OUT_DIR]
# Needs root (chroot), debootstrap, desktop-file-utils, appstream, lintian, dpkg-dev, and the
# Debian mirror that apt uses here.
set -euo pipefail
BUILD=$(realpath "${1:?build folder}")
OUT=$(realpath -m "${2:-$BUILD/package-test}")
SOURCE=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$(id -u)" != 0 ]; then
    echo "package-test: needs root for the chroot" >&2
    exit 1
fi
MIRROR=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources \
         2>/dev/null | head -1)
MIRROR=${MIRROR:-http://deb.debian.org/debian}
ROOT="$OUT/root"
TARBALL="$BUILD/package-test-bookworm-minbase.tar"

cleanup() {
    umount "$ROOT/proc" 2>/dev/null || true
    umount "$ROOT/dev" 2>/dev/null || true
}
trap cleanup EXIT
cleanup
rm -rf "$OUT" && mkdir -p "$OUT/debs"

echo "== packages"
(cd "$OUT/debs" && cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$OUT/debs" >/dev/null)
rm -rf "$OUT/debs/_CPack_Packages"
ls -1 "$OUT/debs"
VERSION=$(sed -n 's/^#define BSS_VERSION "\(.*\)"$/\1/p' "$BUILD/include/bss_version/BssVersion.h")

echo "== a fresh Debian 12 root"
if [ ! -s "$TARBALL" ]; then
    debootstrap --variant=minbase --make-tarball="$TARBALL.part" bookworm "$OUT/tarball-work" \
        "$MIRROR" >/dev/null
    mv "$TARBALL.part" "$TARBALL"
    rm -rf "$OUT/tarball-work"
fi
debootstrap --variant=minbase --unpack-tarball="$TARBALL" bookworm "$ROOT" "$MIRROR" >/dev/null
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
mkdir -p "$ROOT/tmp/debs" && cp "$OUT"/debs/*.deb "$ROOT/tmp/debs/"
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 "$@"; }
in_root apt-get update -q >/dev/null
echo "== apt-get install ./*.deb"
in_root sh -c 'cd /tmp/debs && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends ./*.deb' >"$OUT/apt-install.log" 2>&1 || {
    tail -30 "$OUT/apt-install.log"; exit 1; }

fail() { echo "FAIL: $*" >&2; exit 1; }
echo "== versions"
in_root bssdesk-server --version | tee "$OUT/server-version.txt"
grep -q "^bssdesk-server $VERSION (commit " "$OUT/server-version.txt" || fail "server version"
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp bssdesk --version \
    | tee "$OUT/client-version.txt"
grep -q "^BSS Desk $VERSION (commit " "$OUT/client-version.txt" || fail "client version"

echo "== the client, offscreen, on a new store, in German and in English"
for lang in de en; do
    in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp HOME=/tmp bssdesk \
        --store "sqlite:/tmp/store-$lang.sqlite" --demo --lang "$lang" --page accounts \
        --screenshot "/tmp/accounts-$lang.png"
    cp "$ROOT/tmp/accounts-$lang.png" "$OUT/"
    [ "$(head -c 8 "$OUT/accounts-$lang.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
        || fail "no PNG in $lang"
done
cmp -s "$OUT/accounts-de.png" "$OUT/accounts-en.png" && fail "German and English look the same"

echo "== the server as installed"
in_root getent passwd bssdesk >/dev/null || fail "no system user bssdesk"
[ -f "$ROOT/etc/bssdesk/bssdesk-server.conf" ] || fail "no /etc/bssdesk/bssdesk-server.conf"
[ -f "$ROOT/lib/systemd/system/bssdesk-server.service" ] || [ -f "$ROOT/usr/lib/systemd/system/bssdesk-server.service" ] \
    || fail "no systemd unit"
mkdir -p "$ROOT/var/lib/bssdesk-server" && chroot "$ROOT" chown bssdesk:bssdesk /var/lib/bssdesk-server
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
in_root runuser -u bssdesk -- bssdesk-server --config /etc/bssdesk/bssdesk-server.conf \
    --listen "127.0.0.1:$PORT" >"$OUT/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 50); do
    python3 - "$PORT" <<'PY' && break
import sys, urllib.request
try:
    urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/v1/health", timeout=1)
except Exception:
    sys.exit(1)
PY
    sleep 0.2
done
# runuser does not pass a signal on to the server it started: stop the server itself.
pkill -f -- "bssdesk-server --config /etc/bssdesk/bssdesk-server.conf --listen 127.0.0.1:$PORT" \
    2>/dev/null || true
wait "$SERVER" 2>/dev/null || true
grep -q "listening on" "$OUT/server.log" || { cat "$OUT/server.log"; fail "the server did not start"; }
[ -f "$ROOT/var/lib/bssdesk-server/store.sqlite" ] || fail "no store in the state folder"

echo "== desktop entry, AppStream, lintian"
desktop-file-validate "$ROOT/usr/share/applications/com.bssdesk.BssDesk.desktop"
appstreamcli validate --no-net --explain "$ROOT/usr/share/metainfo/com.bssdesk.BssDesk.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
    [ -f "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/com.bssdesk.BssDesk.png" ] \
        || fail "no ${size}px icon"
done
[ -f "$ROOT/usr/share/man/man1/bssdesk.1.gz" ] && [ -f "$ROOT/usr/share/man/man1/bssdesk-server.1.gz" ] \
    || fail "no manual pages"
lintian --no-tag-display-limit "$OUT"/debs/*.deb | tee "$OUT/lintian.txt" || true
if grep -q "^E:" "$OUT/lintian.txt"; then fail "lintian errors"; fi
echo "package-test: passed"
