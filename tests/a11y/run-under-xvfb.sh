#!/bin/sh
# Runs a command on a private X server (Xvfb) inside a private D-Bus session, where the AT-SPI
# bus launcher and registry start on demand: the accessibility tree a QA tool or a screen
# reader sees, with nothing shared with the desktop of the machine.
#   sh tests/a11y/run-under-xvfb.sh COMMAND [ARGS...]
set -eu
# Without the tools the test is skipped (77), except in CI where it must run.
missing() {
  echo "run-under-xvfb: $1 is missing (apt-get install xvfb dbus at-spi2-core python3-gi gir1.2-atspi-2.0)" >&2
  if [ -n "${CI:-}" ]; then exit 1; else exit 77; fi
}
for tool in Xvfb dbus-run-session; do
  command -v "$tool" >/dev/null 2>&1 || missing "$tool"
done
[ -x /usr/libexec/at-spi-bus-launcher ] || [ -x /usr/lib/at-spi2-core/at-spi-bus-launcher ] ||
  missing at-spi2-core
/usr/bin/python3 -c 'import gi; gi.require_version("Atspi", "2.0")' 2>/dev/null ||
  missing "python3-gi with Atspi"
xdir=$(mktemp -d)
xpid=""
trap 'if [ -n "$xpid" ]; then kill "$xpid" 2>/dev/null || true; fi; rm -rf "$xdir"' EXIT INT TERM
# A display number of its own, away from :0 and the low numbers desktops and other tools use
# (a tool that starts or cleans up :0 must not take this run's display away).
display=""
for _ in $(seq 30); do
  n=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 900 + 100 ))
  [ -e "/tmp/.X$n-lock" ] && continue
  Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp 2>"$xdir/xvfb.log" &
  xpid=$!
  for _ in $(seq 100); do
    [ -S "/tmp/.X11-unix/X$n" ] && break
    kill -0 "$xpid" 2>/dev/null || break
    sleep 0.05
  done
  if kill -0 "$xpid" 2>/dev/null && [ -S "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
  kill "$xpid" 2>/dev/null || true
  xpid=""
done
[ -n "$display" ] || { echo "run-under-xvfb: Xvfb did not start" >&2; cat "$xdir/xvfb.log" >&2; exit 1; }
DISPLAY=$display
export DISPLAY
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0 GTK_A11Y=atspi
# The session bus ends with the command; at-spi-bus-launcher is started by D-Bus activation.
dbus-run-session -- "$@"
