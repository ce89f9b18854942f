#!/usr/bin/env bash
# Builds the WordPress plugin: wordpress/just-a-plant/ with the release build (dist/, from
# scripts/build.sh) as its widget/ folder, the demo pages and the pre-compressed copies (X.br,
# X.gz: WordPress sends the plain files, and they would double the zip) left out. Gives the
# plugin's folder, target/wordpress/just-a-plant/ (what the WordPress tests install), and the
# installable zip, target/just-a-plant-wordpress.zip (Plugins > Add New > Upload Plugin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -f dist/embed.js ] || [ ! -f dist/content.json ] || [ ! -f dist/oembed.json ]; then
  echo "dist/ holds no complete build: run bash scripts/build.sh first" >&2
  exit 1
fi
out=target/wordpress
zip=target/just-a-plant-wordpress.zip
rm -rf "$out" "$zip"
mkdir -p "$out"
cp -r wordpress/just-a-plant "$out/"
cp -r dist/. "$out/just-a-plant/widget/"
rm -rf "$out/just-a-plant/widget/examples"
find "$out/just-a-plant/widget" -type f \( -name '*.br' -o -name '*.gz' \) -delete
(cd "$out" && zip -qrX ../just-a-plant-wordpress.zip just-a-plant)
echo "$zip: $(stat -c %s "$zip") bytes, $(unzip -Z1 "$zip" | wc -l) entries"
