#!/usr/bin/env bash
# The Debian package as a user gets it: CPack builds the .deb from the build
# tree (nothing is rebuilt), lintian checks it, dpkg-deb -x installs it into a
# temporary root, and both programs run from there: --version, a headless
# `run`, a chart export, and the dashboard offscreen. The .desktop entry must
# pass desktop-file-validate and a scenario file must be recognised as the
# package's MIME type, so double-clicking one opens ASI Race.
#   tests/package_deb_test.sh BUILD_DIR VERSION
# Exit 77 (CTest: skipped) when the Debian tools are missing, except in CI
# (CI set), where that is a failure: scripts/setup installs them.
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2

tools=(cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate update-mime-database gio man)
missing=()
for t in "${tools[@]}"; do command -v "$t" >/dev/null || missing+=("$t"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "package_deb: missing ${missing[*]} (scripts/setup installs them)"
  [ -n "${CI:-}" ] && exit 1
  exit 77
fi
for f in bin/asirace bin/asirace-cli packaging/asirace-cli.1.gz packaging/icons/512x512/asirace.png; do
  [ -e "$build/$f" ] || { echo "package_deb: $build/$f is missing: build the whole tree first"; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "package_deb: FAIL: $*"; exit 1; }

# 1. Build the package from this tree.
cpack --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack"; }
deb=$(ls "$tmp"/out/asirace_"$version"-1_*.deb)
echo "package_deb: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# 2. What it holds and what it depends on.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/contents"
expected=(/usr/bin/asirace /usr/bin/asirace-cli
  /usr/share/applications/asirace.desktop /usr/share/mime/packages/asirace.xml
  /usr/share/icons/hicolor/scalable/apps/asirace.svg
  /usr/share/man/man1/asirace.1.gz /usr/share/man/man1/asirace-cli.1.gz
  /usr/share/doc/asirace/copyright /usr/share/doc/asirace/changelog.Debian.gz)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/asirace.png")
done
for path in "${expected[@]}"; do
  grep -qx "$path" "$tmp/contents" || fail "$path is not in the package"
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "package_deb: Depends: $depends"
# From dpkg-shlibdeps: the Debian packages of the libraries the binaries link.
for lib in libqt6widgets6 libqt6gui6 libqt6core6 libqcustomplot libsqlite3-0 libc6 libstdc++6; do
  grep -q "$lib" <<<"$depends" || fail "Depends does not name $lib"
done

# 3. Lint. Everything lintian reports at warning level or above fails, except
# initial-upload-closes-no-bugs: the package is not uploaded to Debian, so its
# changelog has no ITP bug to close. (Info-level notes, such as the hardening
# flags a Debian build would add, are printed, not failed on.)
suppressed=initial-upload-closes-no-bugs
lintian -I --tag-display-limit 0 --fail-on error,warning --suppress-tags "$suppressed" "$deb" >"$tmp/lintian.log" 2>&1 ||
  { cat "$tmp/lintian.log"; fail "lintian"; }
echo "package_deb: lintian passed; its notes:" && sed 's/^/  /' "$tmp/lintian.log"

# 4. Install into a temporary root.
root=$tmp/root
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/asirace.desktop" || fail "desktop-file-validate"
grep -qx 'MimeType=application/x-asirace-scenario;' "$root/usr/share/applications/asirace.desktop" ||
  fail "the .desktop entry does not open scenario files"
grep -q '^Exec=asirace %f$' "$root/usr/share/applications/asirace.desktop" || fail "Exec does not pass the file"
man -l "$root/usr/share/man/man1/asirace-cli.1.gz" >"$tmp/man.txt" 2>"$tmp/man.err" || fail "man page"
[ ! -s "$tmp/man.err" ] || { cat "$tmp/man.err"; fail "man page warnings"; }

# 5. Run both programs from the temporary root, with no build tree around.
bin=$root/usr/bin
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$tmp/runtime HOME=$tmp/home
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"
if ldd "$bin/asirace" "$bin/asirace-cli" | grep -E "not found|$build"; then fail "unresolved or build-tree libraries"; fi
[ "$("$bin/asirace-cli" --version)" = "asirace-cli $version" ] || fail "asirace-cli --version"
"$bin/asirace" --version | grep -q "$version" || fail "asirace --version"
# Every command the installed CLI knows is in its man page.
"$bin/asirace-cli" --help | sed -n 's/^  \([a-z-]*\) .*/\1/p; s/^  \([a-z-]*\)$/\1/p' >"$tmp/commands"
[ -s "$tmp/commands" ] || fail "no commands in --help"
while read -r command; do grep -q "^       $command" "$tmp/man.txt" || fail "man page lacks $command"; done <"$tmp/commands"

"$bin/asirace-cli" run --json >"$tmp/run.json" || fail "asirace-cli run"
grep -q '"winner"' "$tmp/run.json" || fail "run --json has no winner"
"$bin/asirace-cli" new "$tmp/scenarios.db" >/dev/null || fail "asirace-cli new"
"$bin/asirace-cli" charts "$tmp/scenarios.db" --out "$tmp/charts" --format png,svg --size 800x450 >"$tmp/charts.txt" ||
  fail "asirace-cli charts"
grep -q '\.png$' "$tmp/charts.txt" || fail "charts wrote no PNG"
while read -r file; do
  [ -s "$file" ] || fail "chart $file is empty"
done <"$tmp/charts.txt"
head -c 8 "$(grep -m1 '\.png$' "$tmp/charts.txt")" | od -An -c | grep -q 'P   N   G' || fail "chart is not a PNG"
# The dashboard itself, offscreen: its window, a scenario and every chart.
"$bin/asirace" --bench-ui 3 >"$tmp/bench-ui.txt" || { cat "$tmp/bench-ui.txt"; fail "asirace --bench-ui"; }
grep -q "median" "$tmp/bench-ui.txt" || fail "asirace --bench-ui printed no latency"

# 6. The installed MIME type recognises a scenario file (and only that:
# another SQLite database stays a database).
mkdir -p "$tmp/share"
cp -r "$root/usr/share/mime" "$tmp/share/mime"
update-mime-database "$tmp/share/mime" 2>"$tmp/mime.err" || { cat "$tmp/mime.err"; fail "update-mime-database"; }
type_of() { XDG_DATA_DIRS="$tmp/share:/usr/share" XDG_DATA_HOME="$tmp/nothing" gio info -a standard::content-type "$1" |
  sed -n 's/^ *standard::content-type: //p'; }
[ "$(type_of "$tmp/scenarios.db")" = application/x-asirace-scenario ] ||
  fail "a scenario file is $(type_of "$tmp/scenarios.db"), not application/x-asirace-scenario"
cp "$tmp/scenarios.db" "$tmp/other.db"
printf '\0\0\0\0' | dd of="$tmp/other.db" bs=1 seek=68 conv=notrunc status=none # application_id 0
[ "$(type_of "$tmp/other.db")" = application/vnd.sqlite3 ] || fail "another SQLite file is $(type_of "$tmp/other.db")"
echo "package_deb: ok"
