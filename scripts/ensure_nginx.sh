#!/usr/bin/env bash
# Make sure nginx is on PATH for `make serve` and the serve browser test.
# Installs Debian's package where apt-get is usable; elsewhere says how to get it.
# Exit 0 when nginx is there, 3 when it is not (tests/e2e/test_serve.py then skips, and fails
# under CI=true).
set -u
have_nginx() { command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; }
have_nginx && exit 0

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo="sudo -n"; }
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "Installing Debian's nginx for make serve (one time)..."
    # Debian may also start its own nginx service on port 80; make serve runs a separate one from its prefix.
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx >/dev/null
    have_nginx && exit 0
  fi
fi

cat >&2 <<MSG

################################################################################
#  NO NGINX: make serve cannot start, and its browser test will be skipped.
#  Install it (Debian/Ubuntu: sudo apt-get install nginx; Fedora: dnf install
#  nginx; macOS: brew install nginx) so that \`nginx\` is on PATH, then rerun.
################################################################################

MSG
exit 3
