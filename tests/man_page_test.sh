#!/usr/bin/env bash
# tests/man_page_test.sh — `man lzptrace` after bazelw has run.
#
# bazelw installs docs/lzptrace.1 with tools/install_man_page.sh into
# /usr/local/share/man (root) or ~/.local/share/man (others). Here the script
# installs into a prefix of the test's own, PREFIX/share/man, and man(1)
# must then find and render the page the two ways man-db finds those
# directories: named in MANPATH, and derived from PATH (PREFIX/bin on PATH
# means PREFIX/share/man, as /usr/local/bin and ~/.local/bin do). Then: a
# second run writes nothing, a changed page is rewritten, an impossible
# target is one line on stderr and exit 1, and bazelw runs the script.
set -euo pipefail
page="$TEST_SRCDIR/lzptrace/docs/lzptrace.1"
install="$TEST_SRCDIR/lzptrace/tools/install_man_page.sh"
bazelw="$TEST_SRCDIR/lzptrace/bazelw"
prefix="$TEST_TMPDIR/prefix"
installed="$prefix/share/man/man1/lzptrace.1"
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$prefix/bin"
"$install" "$prefix/share/man" || fail "install_man_page.sh failed"
cmp "$page" "$installed" || fail "the installed page differs from docs/lzptrace.1"

export MANPAGER=cat PAGER=cat MANWIDTH=80 LC_ALL=C
found=$(MANPATH="$prefix/share/man" man -w lzptrace) || fail "man -w with MANPATH found nothing"
[[ $found == "$installed" ]] || fail "MANPATH: man found $found, not $installed"
found=$(env -u MANPATH PATH="$prefix/bin:/usr/bin:/bin" man -w lzptrace) || fail "man -w through PATH found nothing"
[[ $found == "$installed" ]] || fail "PATH: man found $found, not $installed"
rendered=$(MANPATH="$prefix/share/man" man lzptrace 2>&1) || fail "man lzptrace failed: $rendered"
grep -q 'lzptrace - trace system calls and signals, from inside the process' <<<"$rendered" ||
  fail "no NAME line in: ${rendered:0:400}"
grep -q -- '--replay=FILE' <<<"$rendered" || fail "--replay=FILE is not in the rendered page"

# Unchanged: not written again. Changed: replaced.
touch -d '2000-01-01' "$installed"
"$install" "$prefix/share/man"
[[ $(stat -c %Y "$installed") == $(date -d '2000-01-01' +%s) ]] || fail "an up-to-date page was rewritten"
echo stale >"$installed"
"$install" "$prefix/share/man"
cmp -s "$page" "$installed" || fail "a stale page was not replaced"

# A directory that cannot be made: one line, exit 1.
if err=$("$install" /proc/no-such-dir 2>&1 >/dev/null); then fail "installing under /proc succeeded"; fi
[[ $(wc -l <<<"$err") == 1 && $err == "install_man_page.sh: could not install /proc/no-such-dir/man1/lzptrace.1"* ]] ||
  fail "unexpected error text: $err"

# bazelw installs it before every build: as root where man always looks.
grep -q '"$here/tools/install_man_page.sh" /usr/local/share/man' "$bazelw" || fail "bazelw does not install the page"
grep -q 'man-db' "$bazelw" || fail "bazelw does not install man-db"
echo PASS
