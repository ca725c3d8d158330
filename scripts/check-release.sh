#!/usr/bin/env bash
# Checks what scripts/release.sh wrote in dist/, as a machine without Swift would meet it:
# the .deb unpacked into a temporary root with `dpkg-deb -x`, the tarball unpacked beside it, each
# binary run with PATH and LD_LIBRARY_PATH free of the Swift toolchain and, where this machine
# allows a private mount namespace, with the toolchain's folder hidden under an empty tmpfs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

version=$(sed -n 's/^ *static let version = "\(.*\)"$/\1/p' Sources/rakor/BuildInfo.swift)
deb="dist/rakor_${version}_amd64.deb"
tarball="dist/rakor-$version-linux-x86_64.tar.gz"
for f in "$deb" "$tarball"; do [ -f "$f" ] || { echo "check-release: missing $f (run scripts/release.sh)" >&2; exit 1; }; done

failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }

tmp=$(mktemp -d /tmp/rakor-check-release.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
debroot="$tmp/root"
mkdir -p "$debroot" "$tmp/home"
dpkg-deb -x "$deb" "$debroot"

# Where the toolchain lives, to keep it out of reach.
swift_dir=""
if command -v swift >/dev/null 2>&1; then
  swift_dir=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")   # e.g. /opt/swift/usr
  swift_dir=$(dirname "$swift_dir")                                           # e.g. /opt/swift
fi
[ "$swift_dir" = "/" ] && swift_dir=""
hide=""
if [ -n "$swift_dir" ] && unshare -m true 2>/dev/null; then hide="$swift_dir"; fi

# Runs a command with no Swift on PATH, no LD_LIBRARY_PATH, and the toolchain hidden when possible.
bare() {
  local envs=(env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config"
              XDG_DATA_HOME="$tmp/home/.local/share" LANG=C.UTF-8 TERM=dumb)
  if [ -n "$hide" ]; then
    unshare -m sh -c 'mount -t tmpfs none "$0" && exec "$@"' "$hide" "${envs[@]}" "$@"
  else
    "${envs[@]}" "$@"
  fi
}

echo "== $deb"
depends=$(dpkg-deb -f "$deb" Depends)
case ", $depends," in *", libncursesw6,"*) pass "Depends names libncursesw6 ($depends)" ;; *) fail "Depends lacks libncursesw6: $depends" ;; esac
for p in usr/bin/rakor usr/share/rakor/themes/default.toml usr/share/rakor/sample-events/demo.jsonl \
         usr/share/man/man1/rakor.1.gz usr/share/bash-completion/completions/rakor \
         usr/share/zsh/vendor-completions/_rakor usr/share/fish/vendor_completions.d/rakor.fish \
         usr/share/doc/rakor/copyright; do
  [ -e "$debroot/$p" ] && pass "installs /$p" || fail "does not install /$p"
done

bin="$debroot/usr/bin/rakor"
ldd_out=$(ldd "$bin")
echo "$ldd_out"
if echo "$ldd_out" | grep -E 'libswift|libFoundation|libdispatch|not found' >/dev/null; then fail "ldd: the binary needs Swift libraries"; else pass "ldd: no libswift*, no libFoundation*"; fi
runpath=$(readelf -d "$bin" | grep -E 'RPATH|RUNPATH' || true)
if [ -n "$swift_dir" ] && echo "$runpath" | grep -F "$swift_dir" >/dev/null; then fail "the binary's runpath points into the toolchain: $runpath"; else pass "no runpath into the toolchain"; fi
if [ -n "$hide" ]; then
  bare sh -c "! ls '$hide'/* >/dev/null 2>&1" && pass "the toolchain ($hide) is hidden for the runs below" || fail "could not hide $hide"
else
  echo "note: no private mount namespace here; the runs below only have PATH and LD_LIBRARY_PATH free of Swift"
fi

out=$(bare "$bin" --version) || fail "rakor --version exits $?"
case "$out" in "$version (commit "*) pass "rakor --version: $out" ;; *) fail "rakor --version says '$out', not '$version (commit ...)'" ;; esac

if out=$(bare "$bin" verify "$debroot/usr/share/rakor/sample-events/rakorpeg-kaltim-2020.jsonl" 2>&1); then
  pass "rakor verify on the installed rakorpeg-kaltim-2020.jsonl: $(echo "$out" | tail -1)"
else fail "rakor verify on an installed sample: $out"; fi
if out=$(bare "$bin" verify demo 2>&1) && echo "$out" | grep -F "$debroot/usr/share/rakor/sample-events/demo.jsonl" >/dev/null; then
  pass "rakor verify demo finds /usr/share/rakor/sample-events/demo.jsonl"
else fail "rakor verify demo did not find the installed sample: $out"; fi

if out=$(bare "$bin" keys --lang en 2>&1) && [ "$(echo "$out" | wc -l)" -gt 20 ]; then
  pass "rakor keys prints the keymap ($(echo "$out" | wc -l) lines)"
else fail "rakor keys: $out"; fi

mkdir -p "$tmp/home/.config/rakor/themes"
printf 'name = "mine"\n' > "$tmp/home/.config/rakor/themes/mine.toml"
out=$(bare "$bin" themes 2>&1) || fail "rakor themes exits $?"
echo "$out" | grep -F "default  ($debroot/usr/share/rakor/themes/default.toml)" >/dev/null \
  && pass "rakor themes finds the installed themes" || fail "rakor themes does not list /usr/share/rakor/themes: $out"
echo "$out" | grep -F "mine  ($tmp/home/.config/rakor/themes/mine.toml)" >/dev/null \
  && pass "rakor themes finds the user's theme in \$XDG_CONFIG_HOME/rakor/themes" || fail "rakor themes misses the user's theme: $out"

man_page="$debroot/usr/share/man/man1/rakor.1.gz"
if bare "$bin" generate-manual --date "$(zcat "$man_page" | sed -n 's/^\.TH [^"]*"\([^"]*\)".*/\1/p' | sed 's/\\-/-/g')" | cmp -s - <(zcat "$man_page"); then
  pass "the installed man page is what the binary generates"
else fail "the installed man page differs from rakor generate-manual"; fi
if command -v man >/dev/null 2>&1; then
  if rendered=$(MANWIDTH=80 man --warnings -l "$man_page" 2>"$tmp/man.err") && [ ! -s "$tmp/man.err" ] \
     && echo "$rendered" | grep -q "rakor verify"; then
    pass "man -l renders the page ($(echo "$rendered" | wc -l) lines, no warnings)"
  else fail "man -l: $(cat "$tmp/man.err")"; fi
else fail "man is not installed (apt-get install man-db)"; fi

bash -n "$debroot/usr/share/bash-completion/completions/rakor" && pass "bash -n accepts the completion script" || fail "bash -n rejects the completion script"
if command -v zsh >/dev/null 2>&1; then zsh -n "$debroot/usr/share/zsh/vendor-completions/_rakor" && pass "zsh -n accepts _rakor" || fail "zsh -n rejects _rakor"; fi
if command -v fish >/dev/null 2>&1; then fish -n "$debroot/usr/share/fish/vendor_completions.d/rakor.fish" && pass "fish -n accepts rakor.fish" || fail "fish -n rejects rakor.fish"; fi

echo "== $tarball"
tar -xzf "$tarball" -C "$tmp"
tdir="$tmp/rakor-$version-linux-x86_64"
for p in rakor rakor.1 README.md LICENSE themes/default.toml sample-events/demo.jsonl completions/rakor.bash completions/_rakor completions/rakor.fish; do
  [ -e "$tdir/$p" ] && pass "tarball has $p" || fail "tarball lacks $p"
done
out=$(bare "$tdir/rakor" themes 2>&1) && echo "$out" | grep -F "($tdir/themes/default.toml)" >/dev/null \
  && pass "the unpacked binary finds the themes beside it" || fail "the unpacked binary misses themes/: $out"
out=$(bare "$tdir/rakor" verify rakor-jambi-2019 2>&1) && pass "the unpacked binary verifies the sample beside it" || fail "unpacked rakor verify rakor-jambi-2019: $out"

if [ "$failures" -gt 0 ]; then echo "check-release: $failures check(s) failed" >&2; exit 1; fi
echo "check-release: all checks passed"
