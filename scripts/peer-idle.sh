#!/usr/bin/env bash
# Bytes per second written to the terminal, and CPU, of the terminals of one live session at
# rest: the moderator's `rakor run` with a countdown running, a `rakor attach --role notulis`
# and a `rakor attach --role layar` following the same log. See docs/PERFORMANCE.md.
#
#   scripts/peer-idle.sh [SETTLE_S [MEASURE_S]]     (defaults 5 and 30)
#   RAKOR=.build/debug/rakor scripts/peer-idle.sh   (another binary; default .build/release/rakor)
#
# Each runs in its own detached 100×30 tmux session with `tmux pipe-pane` copying what it writes;
# the three are measured over the same MEASURE_S seconds. A following peer must cost no more than
# the dashboard alone (scripts/idle-bytes.sh): it wakes on inotify, not on a poll.
set -euo pipefail

settle=${1:-5}
measure=${2:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
rakor=${RAKOR:-"$root/.build/release/rakor"}
command -v tmux >/dev/null || { echo "peer-idle: tmux is needed (apt-get install tmux)" >&2; exit 2; }
if [[ ! -x "$rakor" ]]; then
    echo "building $rakor ..." >&2
    (cd "$root" && swift build -c release --product rakor >&2)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rakor-peer-idle-XXXXXX")
sessions=()
cleanup() {
    for s in "${sessions[@]}"; do tmux kill-session -t "$s" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
hz=$(getconf CLK_TCK)
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
cpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ s += $1 } END { printf "%d\n", s }'; }

# start NAME COMMAND [KEYS...]: a session whose output goes to $work/NAME.out.
start() {
    local name=$1 cmd=$2
    shift 2
    local session="rakor-peer-idle-$$-$name"
    : >"$work/$name.out"
    tmux new-session -d -s "$session" -x 100 -y 30 "$cmd"
    sessions+=("$session")
    tmux pipe-pane -t "$session" -o "cat >> '$work/$name.out'"
    sleep 1.5
    for k in "$@"; do tmux send-keys -t "$session" -l "$k"; sleep 0.5; done
    tmux display-message -p -t "$session" '#{pane_pid}' >"$work/$name.pid"
}

log="$work/session.jsonl"
start moderator "'$rakor' run --log '$log' --lang id" ">" "n"
grep -q '"type":"speaker.started"' "$log" || { echo "peer-idle: no speaker on the floor (see $log)" >&2; exit 1; }
start notulis "'$rakor' attach '$log' --role notulis"
start layar "'$rakor' attach '$log' --role layar"
sleep "$settle"
declare -A b0 c0 n0
for n in moderator notulis layar; do
    p=$(cat "$work/$n.pid"); b0[$n]=$(stat -c %s "$work/$n.out"); c0[$n]=$(cpu_ticks "$p"); n0[$n]=$(cpu_ns "$p")
done
t0=$(date +%s.%N)
sleep "$measure"
t1=$(date +%s.%N)
echo "| terminal | bytes | seconds | B/s | CPU % of a core (/proc/PID/stat) | CPU % (schedstat) |"
echo "|---|---|---|---|---|---|"
for n in moderator notulis layar; do
    p=$(cat "$work/$n.pid")
    b=$(( $(stat -c %s "$work/$n.out") - b0[$n] )); c=$(( $(cpu_ticks "$p") - c0[$n] )); ns=$(( $(cpu_ns "$p") - n0[$n] ))
    awk -v n="$n" -v b="$b" -v c="$c" -v ns="$ns" -v t0="$t0" -v t1="$t1" -v hz="$hz" \
        'BEGIN { s = t1 - t0; printf "| %s | %d | %.1f | %.1f | %.2f | %.3f |\n", n, b, s, b / s, 100 * c / hz / s, 100 * ns / 1e9 / s }'
done
