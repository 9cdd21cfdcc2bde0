#!/usr/bin/env bash
# Makes the sample study's practice recording and its transcript:
#   bundles/org.attune.sample/resources/sample/P01 Practice review Anna.mp4
#   bundles/org.attune.sample/resources/sample/P01 Practice review Anna.txt
# Both are committed: they are sample assets (like the sample's transcripts), not build output, so the build
# never runs this script and needs neither FFmpeg nor eSpeak NG. Run it again only to change the clip.
#
# The clip is fictional and generated: a grey card with a running clock (hh:mm:ss.mmm, FFmpeg's drawtext of the
# frame's time) and a short guider-carer shared review spoken by eSpeak NG (two voices). It is small on purpose
# (320x240, 10 fps, H.264 baseline + AAC mono in MP4 with the index at the front), because it ships in every
# product; MP4/H.264/AAC plays in the Media Player's HTML5 <video> on WebKitGTK (GStreamer libav), WebView2
# and WebKit, and Tika reads its duration without ffprobe.
#
# Needs: ffmpeg (with libx264 and drawtext), ffprobe, espeak-ng, the DejaVu fonts.
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
out="$here/bundles/org.attune.sample/resources/sample"
name="P01 Practice review Anna"
font=/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf
length=48 # seconds

for tool in ffmpeg ffprobe espeak-ng; do
    command -v "$tool" >/dev/null || { echo "make-sample-recording: $tool is not installed" >&2; exit 1; }
done
[ -f "$font" ] || { echo "make-sample-recording: the font $font is missing (fonts-dejavu-core)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# start second | speaker | voice | words. Each line must end before the next one starts (checked below).
lines=(
  "1|Anna|en-gb+f3|Shall we look at the clip from Tuesday together?"
  "5|Dawn|en-us+f4|Yes. I was nervous about watching it."
  "9|Anna|en-gb+f3|Here Tyler hands you the brick. What do you see?"
  "14|Dawn|en-us+f4|He is looking at me. He is waiting for me."
  "19|Anna|en-gb+f3|And you wait too. You leave him a gap."
  "24|Dawn|en-us+f4|I did not know I did that."
  "28|Anna|en-gb+f3|Let us slow it down. Watch his face now."
  "33|Dawn|en-us+f4|He smiles when I copy his sound."
  "38|Anna|en-gb+f3|What would you like to do more of at home?"
  "43|Dawn|en-us+f4|Wait, and copy him. Then he talks to me."
)

transcript="$work/transcript.txt"
: > "$transcript"
inputs=()
filters=""
previous_end=0
i=0
for line in "${lines[@]}"; do
    IFS='|' read -r start speaker voice words <<<"$line"
    wav="$work/$i.wav"
    espeak-ng -v "$voice" -s 150 -w "$wav" "$words"
    seconds="$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$wav")"
    if awk -v s="$start" -v p="$previous_end" 'BEGIN { exit !(s < p) }'; then
        echo "make-sample-recording: line $i starts at ${start}s before the line before it ends (${previous_end}s)" >&2
        exit 1
    fi
    previous_end="$(awk -v s="$start" -v d="$seconds" 'BEGIN { print s + d }')"
    printf '%s: [00:00:%02d] %s\n' "$speaker" "$start" "$words" >> "$transcript"
    inputs+=(-i "$wav")
    filters+="[$((i + 1)):a]adelay=$((start * 1000)):all=1[a$i];"
    i=$((i + 1))
done
if awk -v e="$previous_end" -v l="$length" 'BEGIN { exit !(e > l) }'; then
    echo "make-sample-recording: the last line ends at ${previous_end}s, after the clip's ${length}s" >&2
    exit 1
fi
mix=""
for ((j = 0; j < i; j++)); do mix+="[a$j]"; done
filters+="${mix}amix=inputs=$i:normalize=0,apad,atrim=0:$length[audio];"
filters+="[0:v]drawtext=fontfile=$font:text='%{pts\:hms}':fontsize=30:fontcolor=white:box=1:boxcolor=black@0.6:x=(w-tw)/2:y=(h-th)/2,"
filters+="drawtext=fontfile=$font:text='Practice recording (fictional)':fontsize=14:fontcolor=white:x=(w-tw)/2:y=20[video]"

ffmpeg -v error -y -f lavfi -i "color=c=0x4a6a7a:s=320x240:r=10:d=$length" "${inputs[@]}" \
    -filter_complex "$filters" -map '[video]' -map '[audio]' \
    -c:v libx264 -profile:v baseline -pix_fmt yuv420p -crf 32 -g 50 \
    -c:a aac -b:a 32k -ac 1 -ar 22050 -t "$length" -movflags +faststart \
    -metadata title="Attune sample: practice recording (fictional)" "$work/clip.mp4"

cp "$work/clip.mp4" "$out/$name.mp4"
cp "$transcript" "$out/$name.txt"
echo "wrote $out/$name.mp4 ($(stat -c %s "$out/$name.mp4") bytes) and $out/$name.txt"
