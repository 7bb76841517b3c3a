#!/usr/bin/env bash
# tools/install_man_page.sh MANDIR — puts docs/lzptrace.1 where man(1) looks:
# MANDIR/man1/lzptrace.1, written only when it is missing or differs (so that
# bazelw, which runs this before every build, writes nothing most times).
# bazelw passes /usr/local/share/man as root (a directory man-db always
# searches) and ~/.local/share/man otherwise (man-db searches it when
# ~/.local/bin is on PATH, as Debian's ~/.profile arranges). A failure is
# said on stderr and is not fatal: the build does not need the manual.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
page="$here/docs/lzptrace.1"
target="${1:?usage: install_man_page.sh MANDIR}/man1/lzptrace.1"
cmp -s "$page" "$target" 2>/dev/null && exit 0
if why=$({ mkdir -p "$(dirname "$target")" && cp "$page" "$target.tmp.$$" && chmod 644 "$target.tmp.$$" &&
            mv -f "$target.tmp.$$" "$target"; } 2>&1); then
  exit 0
fi
rm -f "$target.tmp.$$" 2>/dev/null
echo "install_man_page.sh: could not install $target (${why##*: }); man -l $page reads it in place" >&2
exit 1
