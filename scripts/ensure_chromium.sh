#!/usr/bin/env bash
# Make sure a Chromium for the browser test tier exists at $CHROMIUM (default /usr/bin/chromium).
# Installs Debian's package where apt-get is usable; elsewhere says how to get one.
# Exit 0 when Chromium is there, 3 when it is not (the browser tier will then be skipped,
# which `make test` turns into a failure under CI=true).
set -u
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo="sudo -n"; }
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "Installing Debian's chromium for the browser tests (one time)..."
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
    [ -x "$chromium" ] && exit 0
  fi
fi

cat >&2 <<MSG

################################################################################
#  NO CHROMIUM at $chromium: THE BROWSER TEST TIER WILL BE SKIPPED.
#  Install it (Debian/Ubuntu: sudo apt-get install chromium) or point
#  CHROMIUM=/path/to/chromium at one, then rerun make test.
################################################################################

MSG
exit 3
