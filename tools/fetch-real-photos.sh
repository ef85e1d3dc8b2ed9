#!/usr/bin/env bash
# Fetches the real photographs of the quality corpus (cutroom bench quality, the real-footage tests) from Debian's
# python3-skimage package into a cache folder outside the repository, and checks each file's SHA-256 against the
# committed manifest. The images are never committed.
#   tools/fetch-real-photos.sh            into $CUTROOM_REAL_PHOTOS, or ~/.cache/cutroom/real-photos
# Needs apt-get (Debian/Ubuntu) with the package lists present, and dpkg-deb. Does nothing when all files are there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest="$root/realfootage/src/main/resources/dev/cutroom/realfootage/real-photos.tsv"
dest="${CUTROOM_REAL_PHOTOS:-$HOME/.cache/cutroom/real-photos}"

complete() {
  while IFS=$'\t' read -r name path sha rest; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    f="$dest/$(basename "$path")"
    [ -f "$f" ] && [ "$(sha256sum "$f" | cut -d' ' -f1)" = "$sha" ] || return 1
  done < "$manifest"
}
if complete; then echo "real photos: all present in $dest"; exit 0; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
packages="$(grep -v '^#' "$manifest" | cut -f4 | sort -u)"
download() { (cd "$work" && apt-get download -q "$1" >/dev/null 2>&1); }
for p in $packages; do
  if ! download "$p"; then
    # a fresh machine (or CI image) may have no package lists yet; root can fetch them
    [ "$(id -u)" = 0 ] && apt-get update -qq >/dev/null 2>&1 && download "$p" || {
      echo "fetch-real-photos: 'apt-get download $p' failed (run apt-get update first?)" >&2; exit 1; }
  fi
done
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
mkdir -p "$dest"
while IFS=$'\t' read -r name path sha rest; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  src="$work/x/$path"
  [ -f "$src" ] || { echo "fetch-real-photos: $path is not in the package" >&2; exit 1; }
  got="$(sha256sum "$src" | cut -d' ' -f1)"
  [ "$got" = "$sha" ] || { echo "fetch-real-photos: $path has SHA-256 $got, the manifest expects $sha" >&2; exit 1; }
  cp "$src" "$dest/.$(basename "$path").part" && mv "$dest/.$(basename "$path").part" "$dest/$(basename "$path")"
done < "$manifest"
cp "$work/x/usr/share/doc/python3-skimage/copyright" "$dest/python3-skimage.copyright" 2>/dev/null || true
echo "real photos: fetched into $dest"
