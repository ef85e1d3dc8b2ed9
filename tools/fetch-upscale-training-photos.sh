#!/usr/bin/env bash
# Fetches the photographs the upscale plugin's camera filters are trained on (FilterBankTrainer) from Debian's
# packages into a folder outside the repository. None of them is in the real-footage corpus (tools/fetch-real-photos.sh),
# so the corpus and the README's figures stay unseen by the training. Never committed.
#   tools/fetch-upscale-training-photos.sh [DEST]     default ~/.cache/cutroom/upscale-training
# Licences: scikit-image sample data (python3-skimage: motorcycle_left/right from the Middlebury stereo set, ihc,
# brick, grass, gravel, coins: see the package's copyright file and skimage/data/_fetchers.py); Grace Hopper
# (python-matplotlib-data, US Navy photograph, public domain); the raccoon face (python3-scipy scipy/misc/face.dat,
# public domain per SciPy's documentation).
set -euo pipefail
dest="${1:-$HOME/.cache/cutroom/upscale-training}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for p in python3-skimage python-matplotlib-data python3-scipy; do
  (cd "$work" && apt-get download -q "$p" >/dev/null 2>&1) || {
    echo "fetch-upscale-training-photos: 'apt-get download $p' failed (run apt-get update first?)" >&2; exit 1; }
done
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/x"; done
mkdir -p "$dest"
sk="$work/x/usr/lib/python3/dist-packages/skimage/data"
for f in "$sk"/{motorcycle_left.png,motorcycle_right.png,ihc.png,brick.png,grass.png,gravel.png,coins.png} \
         "$work/x/usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg" \
         "$work/x/usr/lib/python3/dist-packages/scipy/misc/face.dat"; do
  [ -f "$f" ] || { echo "fetch-upscale-training-photos: $f is not in the packages" >&2; exit 1; }
  cp "$f" "$dest/"
done
(cd "$dest" && sha256sum *) 
echo "training photographs in $dest"
