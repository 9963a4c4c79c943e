#!/usr/bin/env bash
# Fails when the build used a Debian package that scripts/install-deps.sh does not install.
#
# A machine where someone once installed a package by hand builds fine, and so does CI on that
# machine, while a fresh Debian 12 machine stops at CMake's configure step. So this reads what
# the build actually used: every system header in the compiler's dependency files and every
# library on the link lines, finds the Debian package that owns each (dpkg -S), and checks that
# each package is named in install-deps.sh, pulled in by one named there (apt's dependencies,
# recursively), or part of every Debian system (Essential, or Priority: required).
#
# usage: scripts/check-deps.sh [BUILD_DIR...]    (default: build)
# exit: 0 all covered; 1 a package is missing (each is named, with a file that needed it);
#       2 nothing to read (build first)
set -uo pipefail
cd "$(dirname "$0")/.."
dirs=("$@")
((${#dirs[@]})) || dirs=(build)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for dir in "${dirs[@]}"; do
  [[ -d $dir ]] || { echo "check-deps: no $dir/ here; build first (make build)"; exit 2; }
  # Headers: make-style dependency files list every file a translation unit read.
  find "$dir" \( -name '*.d' -o -name 'compiler_depend.make' \) -type f -print0 |
    xargs -0 -r cat | tr ' \\' '\n\n' | grep -E '^/usr/' >>"$tmp/files"
  # Libraries: absolute paths and -lNAME on the link lines.
  find "$dir" -name link.txt -type f -print0 | xargs -0 -r cat | tr ' ' '\n' |
    grep -E '^(/usr/.*\.(so|a)(\.[0-9.]+)?|-l[A-Za-z0-9_+.-]+)$' >>"$tmp/libs"
done
touch "$tmp/files" "$tmp/libs"
while read -r lib; do
  case $lib in
    -l*) name=${lib#-l}
         for d in /usr/lib/x86_64-linux-gnu /usr/lib /lib/x86_64-linux-gnu; do
           if [[ -e $d/lib$name.so ]]; then echo "$d/lib$name.so"; break; fi
           if [[ -e $d/lib$name.a ]]; then echo "$d/lib$name.a"; break; fi
         done ;;
    *) echo "$lib" ;;
  esac
done < <(sort -u "$tmp/libs") >>"$tmp/files"
# Paths as dpkg knows them: symbolic links resolved, /lib and /usr/lib both tried.
sort -u "$tmp/files" >"$tmp/listed"
{ cat "$tmp/listed"; xargs -r realpath -e -q <"$tmp/listed"; } | sort -u >"$tmp/paths"
[[ -s $tmp/paths ]] || { echo "check-deps: no dependency files under ${dirs[*]} (build first)"; exit 2; }

# Which package owns each file ("pkg1, pkg2: /path" when several share a folder).
xargs -r dpkg -S <"$tmp/paths" 2>/dev/null >"$tmp/owners"
sed -E 's/: \/.*$//' "$tmp/owners" | tr ',' '\n' | sed -E 's/^ +//; s/:[a-z0-9]+$//' |
  sort -u >"$tmp/used"

# What install-deps.sh installs, and everything those depend on.
scripts/install-deps.sh --list | sort -u >"$tmp/named"
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances $(cat "$tmp/named") 2>/dev/null |
  sed -E 's/^ *\|?(Pre)?Depends: //; s/[<>]//g; s/:any$//' | grep -vE '^ ' | sort -u >"$tmp/covered"
cat "$tmp/named" >>"$tmp/covered"
# On every Debian system, however small.
dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' |
  awk '$2 == "yes" || $3 == "required" {print $1}' >>"$tmp/covered"
sort -u -o "$tmp/covered" "$tmp/covered"

missing=$(comm -23 "$tmp/used" "$tmp/covered")
if [[ -n $missing ]]; then
  echo "check-deps: the build used Debian packages that scripts/install-deps.sh does not install,"
  echo "so a fresh Debian 12 machine cannot build Practica. Add them to install-deps.sh:"
  while read -r package; do
    example=$(grep -m1 -E "(^|, )$package(:[a-z0-9]+)?(,|:) " "$tmp/owners" | sed -E 's/^.*: //')
    echo "  - $package (e.g. $example)"
  done <<<"$missing"
  exit 1
fi
echo "check-deps: every Debian package the build used ($(wc -l <"$tmp/used")) is installed by scripts/install-deps.sh"
exit 0
