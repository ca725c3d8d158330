#!/usr/bin/env bash
# Bytes per second written to the terminal, and CPU, of rakor at rest with one countdown running,
# next to `watch -n1 date` and htop (1 s refresh) for comparison. See docs/PERFORMANCE.md.
#
#   scripts/idle-bytes.sh [SETTLE_S [MEASURE_S [COLSxROWS]]]     (defaults 5, 30, 100x30)
#
# With IDLE_MINUTES=1 a second rakor row is measured with the minutes view (Tab) shown.
#
# Each program runs alone in a detached tmux session (100×30 unless COLSxROWS is given); `tmux pipe-pane` copies everything
# it writes to its terminal into a file. For rakor: `rakor run --log TMP`, then `>` (start the
# first rundown item) and `n` (give the floor to the first queued speaker). After SETTLE_S
# seconds the bytes of that file and utime+stime of the process (/proc/PID/stat) are read, and
# again MEASURE_S seconds later. Needs tmux; builds .build/release/rakor when it is missing.
# Targets for rakor: < 100 B/s and < 0.5 % of a core.
set -euo pipefail

settle=${1:-5}
measure=${2:-30}
size=${3:-100x30}
cols=${size%x*}
rows=${size#*x}
root=$(cd "$(dirname "$0")/.." && pwd)
rakor=${RAKOR_BIN:-"$root/.build/release/rakor"}

command -v tmux >/dev/null || { echo "idle-bytes: tmux is needed (apt-get install tmux)" >&2; exit 2; }
if [[ ! -x "$rakor" ]]; then
    echo "building $rakor ..." >&2
    (cd "$root" && swift build -c release --product rakor >&2)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rakor-idle-XXXXXX")
sessions=()
cleanup() {
    for s in "${sessions[@]}"; do tmux kill-session -t "$s" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

hz=$(getconf CLK_TCK)

# cpu_ticks PID: utime + stime of PID and its waited-for children, in clock ticks.
cpu_ticks() {
    # Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15,
    # cutime 16, cstime 17.
    local rest
    rest=$(sed 's/^.*) //' "/proc/$1/stat")
    awk '{ print $12 + $13 + $14 + $15 }' <<<"$rest"
}

# cpu_ns PID: nanoseconds on a CPU of PID's threads (/proc/PID/task/*/schedstat), a finer
# measure than the 10 ms ticks of /proc/PID/stat; waited-for children are not in it.
cpu_ns() {
    cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ s += $1 } END { printf "%d\n", s }'
}

# run NAME COMMAND [KEYS...]: prints "NAME bytes seconds B/s cpu%".
run() {
    local name=$1 cmd=$2
    shift 2
    local session="rakor-idle-$$-$name" out="$work/$name.out"
    : >"$out"
    tmux new-session -d -s "$session" -x "$cols" -y "$rows" "$cmd"
    sessions+=("$session")
    tmux pipe-pane -t "$session" -o "cat >> '$out'"
    local pid
    pid=$(tmux display-message -p -t "$session" '#{pane_pid}')
    sleep 1.5
    for k in "$@"; do tmux send-keys -t "$session" -l "$k"; sleep 0.5; done
    sleep "$settle"
    [[ -e /proc/$pid ]] || { echo "$name: the program exited early" >&2; return 1; }
    local b0 c0 b1 c1 t0 t1
    local n0 n1
    b0=$(stat -c %s "$out"); c0=$(cpu_ticks "$pid"); n0=$(cpu_ns "$pid"); t0=$(date +%s.%N)
    sleep "$measure"
    b1=$(stat -c %s "$out"); c1=$(cpu_ticks "$pid"); n1=$(cpu_ns "$pid"); t1=$(date +%s.%N)
    tmux kill-session -t "$session" 2>/dev/null || true
    awk -v n="$name" -v b=$((b1 - b0)) -v c=$((c1 - c0)) -v ns=$((n1 - n0)) -v t0="$t0" -v t1="$t1" -v hz="$hz" \
        'BEGIN { s = t1 - t0; printf "| %s | %d | %.1f | %.1f | %.2f | %.3f |\n", n, b, s, b / s, 100 * c / hz / s, 100 * ns / 1e9 / s }'
}

log="$work/session.jsonl"
echo "| program | bytes | seconds | B/s | CPU % of a core (/proc/PID/stat, with children) | CPU % (schedstat, process only) |"
echo "|---|---|---|---|---|---|"
# The built-in rundown books its speakers under the paparan, the fourth item, and `n` takes
# the running item's list: four `>` reach it, then `n` gives the floor.
rakor_line=$(run rakor "'$rakor' run --log '$log' --lang id" ">" ">" ">" ">" "n")
echo "$rakor_line"
# The countdown must really have been running: an item and a speaker started in the log.
if ! grep -q '"type":"agenda.item_started"' "$log" || ! grep -q '"type":"speaker.started"' "$log"; then
    echo "idle-bytes: rakor did not start an item and a speaker (see $log)" >&2
    exit 1
fi
if [[ ${IDLE_MINUTES:-0} == 1 ]]; then
    run rakor-minutes "'$rakor' run --log '$work/minutes.jsonl' --lang id" ">" ">" ">" ">" "n" "$(printf '\t')"
fi
run watch "watch -n1 date"
if command -v htop >/dev/null; then
    run htop "htop -d 10"
else
    echo "| htop | not installed (apt-get install htop) | | | | |"
fi

bps=$(awk -F'|' '{ print $5 }' <<<"$rakor_line")
cpu=$(awk -F'|' '{ print $6 }' <<<"$rakor_line")
awk -v b="$bps" -v c="$cpu" 'BEGIN {
    printf "\nrakor: %.1f B/s (target < 100: %s), %.2f %% of a core (target < 0.5: %s)\n",
        b, (b < 100 ? "met" : "NOT MET"), c, (c < 0.5 ? "met" : "NOT MET") }'
