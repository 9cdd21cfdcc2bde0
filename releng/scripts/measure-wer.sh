#!/bin/sh
# Measures the word error rate of Attune's draft transcripts (docs/transcription.md) through the built product's CLI:
#  1. the sample study's practice review (P01's transcript without speakers and time codes) spoken by espeak-ng,
#  2. the sample's own practice recording P01 against the same text,
#  3. any RECORDING REFERENCE.txt pairs given as arguments (real speech with a known transcript).
# Usage: releng/scripts/measure-wer.sh [--engine whisper-cpp --whisper-exe F --whisper-model M] [-- RECORDING REFERENCE ...]
# Needs: a built product (./mvnw -B -o verify -DskipTests), espeak-ng, ffmpeg, and the engine (pocketsphinx, pocketsphinx-en-us).
set -eu
cd "$(dirname "$0")/../.."
attune=${ATTUNE:-releng/org.attune.product/target/products/org.attune.product/linux/gtk/x86_64/attune/attune}
[ -x "$attune" ] || { echo "no built product at $attune: run ./mvnw -B -o verify -DskipTests first (or set ATTUNE)" >&2; exit 2; }
engine=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do engine="$engine $1"; shift; done
[ "${1:-}" = "--" ] && shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed 's/^[^:]*: \[[0-9:]*\] //' "bundles/org.attune.sample/resources/sample/P01 Practice review Anna.txt" > "$work/said.txt"
espeak-ng -v en-us+m1 -s 130 -w "$work/Review spoken by espeak-ng.wav" -f "$work/said.txt"
"$attune" cli project sample "$work/p" > /dev/null
"$attune" cli import "$work/p" "$work/Review spoken by espeak-ng.wav" > /dev/null
# shellcheck disable=SC2086
"$attune" cli transcribe "$work/p" --source "Review spoken by espeak-ng" --reference "$work/said.txt" $engine
# shellcheck disable=SC2086
"$attune" cli transcribe "$work/p" --source "P01 Practice review Anna" --reference "$work/said.txt" $engine
while [ $# -ge 2 ]; do
  "$attune" cli import "$work/p" "$1" > /dev/null
  name=$(basename "$1"); name=${name%.*}
  # shellcheck disable=SC2086
  "$attune" cli transcribe "$work/p" --source "$name" --reference "$2" $engine
  shift 2
done
