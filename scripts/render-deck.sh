#!/usr/bin/env bash
# Renders a .pptx to one PNG per slide, to look at a generated briefing deck without PowerPoint:
#   scripts/render-deck.sh DECK.pptx [OUT_DIR]      (default OUT_DIR: DECK's folder/DECK-name-png/)
# LibreOffice converts the deck to PDF, pdftoppm rasterises each page at 60 dpi (600 × 338 px for
# a 16:9 slide: enough to see layout, overflow and whether Chinese glyphs render).
# Needs: apt-get install -y libreoffice-impress poppler-utils
set -euo pipefail

deck=${1:?usage: scripts/render-deck.sh DECK.pptx [OUT_DIR]}
[ -f "$deck" ] || { echo "no such file: $deck" >&2; exit 1; }
command -v libreoffice >/dev/null || { echo "libreoffice missing: apt-get install -y libreoffice-impress" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "pdftoppm missing: apt-get install -y poppler-utils" >&2; exit 1; }

name=$(basename "${deck%.*}")
out=${2:-$(dirname "$deck")/$name-png}
mkdir -p "$out"

# A private LibreOffice profile: parallel runs (or a desktop LibreOffice) do not lock each other.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$deck" "$work/deck.pptx"
libreoffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" \
  "$work/deck.pptx" >"$work/lo.log" 2>&1 || { cat "$work/lo.log" >&2; exit 1; }
[ -f "$work/deck.pdf" ] || { echo "LibreOffice wrote no PDF" >&2; cat "$work/lo.log" >&2; exit 1; }

rm -f "$out"/slide-*.png
pdftoppm -png -r 60 "$work/deck.pdf" "$out/slide"
cp "$work/deck.pdf" "$out/$name.pdf"
echo "$(ls "$out"/slide-*.png | wc -l) slides → $out"
