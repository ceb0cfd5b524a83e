#!/usr/bin/env bash
# Fetch the browser assets the map needs from the npm registry into static/vendor/.
#
# Why: folium and streamlit-folium load Leaflet and its plugins from public CDNs,
# which are blocked or slow in many of the places this dashboard is used. We
# serve exact copies ourselves. Rerun this script to update them; commit the
# resulting files (with their licences), never node_modules.
# Versions are the ones folium 0.20.0 names, so its templates match the code.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

packages=(
  leaflet@1.9.3
  jquery@3.7.1
  leaflet.awesome-markers@2.0.5
  @fortawesome/fontawesome-free@6.2.0
  leaflet.fullscreen@3.0.0
  leaflet-measure@2.1.7
  leaflet-minimap@3.6.1
  leaflet.markercluster@1.1.0
  topojson-client@3.1.0
  world-atlas@2.0.2
  @fontsource/noto-nastaliq-urdu@5.3.0
)

cd "$work"
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  dir="$work/${name//\//__}"
  mkdir -p "$dir"
  tarball="$(npm pack --silent "$spec" | tail -n 1)"
  tar -xzf "$tarball" -C "$dir" --no-same-owner 2>/dev/null
done

rm -rf "$dest"
mkdir -p "$dest"

# copy PACKAGE_DIR DEST_SUBDIR FILE... : copies files keeping their relative paths.
copy() {
  local from="$work/$1/package" to="$dest/$2"
  shift 2
  for f in "$@"; do
    mkdir -p "$to/$(dirname "$f")"
    cp "$from/$f" "$to/$f"
  done
}

copy leaflet leaflet LICENSE dist/leaflet.js dist/leaflet.css \
  dist/images/layers.png dist/images/layers-2x.png \
  dist/images/marker-icon.png dist/images/marker-icon-2x.png dist/images/marker-shadow.png
copy jquery jquery LICENSE.txt dist/jquery.min.js
copy leaflet.awesome-markers awesome-markers LICENSE \
  dist/leaflet.awesome-markers.js dist/leaflet.awesome-markers.css \
  dist/images/markers-soft.png dist/images/markers-soft@2x.png \
  dist/images/markers-shadow.png dist/images/markers-shadow@2x.png
# Only the solid icon style is used (folium.Icon(prefix="fa")): a third of the size of all.min.css.
copy @fortawesome__fontawesome-free fontawesome LICENSE.txt \
  css/fontawesome.min.css css/solid.min.css webfonts/fa-solid-900.woff2 webfonts/fa-solid-900.ttf
copy leaflet.fullscreen leaflet-fullscreen LICENSE Control.FullScreen.js Control.FullScreen.css icon-fullscreen.svg
copy leaflet-measure leaflet-measure LICENSE dist/leaflet-measure.js dist/leaflet-measure.css \
  dist/images/rulers.png dist/images/rulers_@2X.png dist/images/cancel.png dist/images/cancel_@2X.png \
  dist/images/check.png dist/images/check_@2X.png dist/images/focus.png dist/images/focus_@2X.png \
  dist/images/start.png dist/images/start_@2X.png dist/images/trash.png dist/images/trash_@2X.png
copy leaflet-minimap leaflet-minimap LICENSE.txt dist/Control.MiniMap.min.js dist/Control.MiniMap.min.css \
  dist/images/toggle.png dist/images/toggle.svg
copy leaflet.markercluster markercluster MIT-LICENCE.txt dist/leaflet.markercluster.js \
  dist/MarkerCluster.css dist/MarkerCluster.Default.css
copy topojson-client topojson-client LICENSE dist/topojson-client.min.js
copy world-atlas world-atlas LICENSE countries-110m.json
# Urdu pages only (components/layout.py): the Arabic-script subset at weight 400 (OFL; LICENSE kept).
copy @fontsource__noto-nastaliq-urdu noto-nastaliq-urdu LICENSE files/noto-nastaliq-urdu-arabic-400-normal.woff2

# folium's leaflet.awesome.rotate.min.css is not on npm; it is this rule for 0..359 degrees.
for deg in $(seq 0 359); do
  printf '.fa-rotate-%s{transform:rotate(%sdeg)}' "$deg" "$deg"
done > "$dest/awesome-markers/leaflet.awesome.rotate.min.css"

printf '%s\n' "${packages[@]}" > "$dest/VERSIONS.txt"
echo "vendored ${#packages[@]} packages into $dest ($(du -sh "$dest" | cut -f1))"
