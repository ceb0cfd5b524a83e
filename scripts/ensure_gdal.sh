#!/usr/bin/env bash
# Make sure GDAL's `ogrinfo` exists for the test that reads the API's GeoJSON with GDAL
# (Debian's gdal-bin). Installs it where apt-get is usable; elsewhere says how to get one.
# Exit 0 when ogrinfo is there, 3 when it is not (the test is then skipped, and fails under CI=true).
set -u
command -v ogrinfo >/dev/null 2>&1 && exit 0

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null && sudo="sudo -n"; }
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "Installing Debian's gdal-bin for the GeoJSON test (one time)..."
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq gdal-bin >/dev/null 2>&1 \
      || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq gdal-bin >/dev/null; }
    command -v ogrinfo >/dev/null 2>&1 && exit 0
  fi
fi

cat >&2 <<MSG

################################################################################
#  NO ogrinfo (GDAL): THE TEST THAT READS THE API'S GEOJSON WITH GDAL WILL BE SKIPPED.
#  Install it (Debian/Ubuntu: sudo apt-get install gdal-bin), then rerun make test.
################################################################################

MSG
exit 3
