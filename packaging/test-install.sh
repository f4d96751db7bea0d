#!/usr/bin/env bash
# Clean-install test: does the .deb install, start and leave cleanly on a
# Debian 12 machine that has never seen Streamside?
#
#  1. builds the packages (cmake --workflow --preset package), unless
#     --no-build is given and they exist;
#  2. makes a fresh Debian 12 root with debootstrap (minbase);
#  3. installs the package there with `apt-get install ./streamside_*.deb`,
#     its dependencies resolved by apt from Debian's archive;
#  4. runs `streamside --version`, then `streamside --demo` under Xvfb inside
#     that root, checks that it shows its window and is still running after
#     STAY_UP_SECONDS, and that it quits cleanly on SIGTERM (a screenshot of
#     the window is kept);
#  5. purges the package (and what apt installed for it) and checks that
#     none of its files, and nothing named after it, is left on the system.
#
# Needs root (debootstrap, chroot, mounts) and Debian's archive; takes a few
# minutes, so it is not part of the normal test run. Usage:
#   sudo packaging/test-install.sh [--no-build] [--keep]
# --keep leaves the root in place for a look (its path is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
project_dir=$PWD

build=1
keep=0
for argument in "$@"; do
    case "$argument" in
    --no-build) build=0 ;;
    --keep) keep=1 ;;
    *) echo "usage: $0 [--no-build] [--keep]" >&2; exit 2 ;;
    esac
done
if [ "$(id -u)" -ne 0 ]; then
    echo "test-install: needs root for debootstrap and chroot; run it with sudo" >&2
    exit 1
fi

STAY_UP_SECONDS=${STAY_UP_SECONDS:-10}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
packages_dir=build/package/packages
results_dir=build/test-install
mkdir -p "$results_dir"

step() { echo; echo "== $(date -u +%T) $*"; }
fail() { echo "test-install: FAILED: $*" >&2; exit 1; }

for tool in debootstrap chroot; do
    if ! command -v "$tool" >/dev/null; then
        step "installing $tool"
        apt-get install -y -q --no-install-recommends debootstrap >/dev/null
    fi
done

if [ "$build" -eq 1 ] || ! ls "$packages_dir"/streamside_*.deb >/dev/null 2>&1; then
    step "building the packages"
    packaging/install-deps.sh
    cmake --workflow --preset package >"$results_dir/package-build.log" 2>&1 ||
        { tail -30 "$results_dir/package-build.log"; fail "the package build failed"; }
fi
deb=$(ls "$packages_dir"/streamside_*.deb | head -1)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

root=$(mktemp -d /tmp/streamside-clean-root.XXXXXX)
mounted=()
# Ends every process whose root is the test's root (never the host's: the
# root sees the host's /proc, so pkill inside it would match host processes).
kill_root_processes() {
    local process
    for process in /proc/[0-9]*; do
        if [ "$(readlink "$process/root" 2>/dev/null)" = "$root" ]; then
            kill -KILL "${process#/proc/}" 2>/dev/null || true
        fi
    done
}
cleanup() {
    local status=$?
    # Whatever runs inside the root must end before its mounts go.
    kill_root_processes
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[$i]}" 2>/dev/null || true
    done
    if [ "$keep" -eq 1 ]; then
        echo "test-install: the root is kept in $root"
    else
        rm -rf --one-file-system "$root"
    fi
    exit $status
}
trap cleanup EXIT
mount_in_root() { # type source target [options]
    mkdir -p "$root/$3"
    mount ${4:+-o "$4"} -t "$1" "$2" "$root/$3"
    mounted+=("$root/$3")
}
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

step "debootstrap --variant=minbase bookworm $root"
debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$results_dir/debootstrap.log" 2>&1 ||
    { tail -20 "$results_dir/debootstrap.log"; fail "debootstrap"; }
mount_in_root proc proc /proc
mount_in_root sysfs sys /sys
mount_in_root devtmpfs udev /dev
mount_in_root devpts devpts /dev/pts
mount_in_root tmpfs shm /dev/shm mode=1777
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "deb $MIRROR bookworm main" >"$root/etc/apt/sources.list"

step "the test's own tools in the root (Xvfb, xwininfo, procps)"
in_root apt-get update -q >/dev/null
in_root apt-get install -y -q --no-install-recommends xvfb xauth x11-utils procps \
    >"$results_dir/tools.log" 2>&1 || { tail -20 "$results_dir/tools.log"; fail "installing the tools"; }

# What is on the system before Streamside: compared after its removal.
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp \
        -o -path ./root -o -path ./run -o -path ./var/cache -o -path ./var/log \
        -o -path ./var/lib/apt -o -path ./var/lib/dpkg \) -prune -o -print | sort)
}
snapshot >"$results_dir/files-before.txt"
packages_before=$(in_root dpkg-query -W -f '${Package}\n' | sort)

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get install -y -q "/tmp/$(basename "$deb")" >"$results_dir/install.log" 2>&1 ||
    { tail -30 "$results_dir/install.log"; fail "apt-get install"; }
tail -3 "$results_dir/install.log"
packages_after=$(in_root dpkg-query -W -f '${Package}\n' | sort)
added=$(comm -13 <(echo "$packages_before") <(echo "$packages_after") | wc -l)
echo "apt installed streamside and $((added - 1)) dependencies"
in_root dpkg-query -W -f '${Package} ${Version} ${Status}\n' streamside
in_root dpkg -L streamside | sort >"$results_dir/package-files.txt"

step "streamside --version"
version=$(in_root streamside --version) || fail "streamside --version"
echo "$version"
[[ "$version" == Streamside\ * ]] || fail "unexpected version line: $version"

step "streamside --demo under Xvfb, for ${STAY_UP_SECONDS} s after its window shows"
in_root sh -c 'Xvfb :7 -screen 0 1280x800x24 -nolisten tcp >/tmp/xvfb.log 2>&1 & echo $! >/tmp/xvfb.pid'
in_root sh -c 'for i in $(seq 50); do [ -e /tmp/.X11-unix/X7 ] && exit 0; sleep 0.1; done; exit 1' ||
    fail "Xvfb did not start"
in_root sh -c 'DISPLAY=:7 streamside --demo >/tmp/demo.log 2>&1 & echo $! >/tmp/demo.pid'
demo_pid=$(cat "$root/tmp/demo.pid")
shown=0
for _ in $(seq 120); do
    if ! in_root kill -0 "$demo_pid" 2>/dev/null; then
        tail -30 "$root/tmp/demo.log"
        fail "streamside --demo exited before showing its window"
    fi
    if in_root xwininfo -display :7 -root -tree 2>/dev/null | grep -q '"Demo — Streamside"'; then
        shown=1
        break
    fi
    sleep 0.5
done
[ "$shown" -eq 1 ] || { tail -30 "$root/tmp/demo.log"; fail "no window titled \"Demo — Streamside\" within 60 s"; }
echo "the window is shown:"
in_root xwininfo -display :7 -root -tree | grep '"Demo — Streamside"' | head -1
sleep "$STAY_UP_SECONDS"
in_root kill -0 "$demo_pid" 2>/dev/null || { tail -30 "$root/tmp/demo.log"; fail "streamside --demo did not stay up"; }
echo "still running after ${STAY_UP_SECONDS} s (pid $demo_pid)"
# The screenshot is taken from the host: the root's X server listens on the
# shared abstract socket too. (xwd inside the root shows windows with an
# alpha channel, such as the no-tray notice, as black boxes.)
if command -v ffmpeg >/dev/null; then
    ffmpeg -loglevel error -y -f x11grab -video_size 1280x800 -i :7 -frames:v 1 \
        "$results_dir/window.png" && echo "screenshot: $results_dir/window.png"
fi
in_root kill -TERM "$demo_pid"
for _ in $(seq 100); do in_root kill -0 "$demo_pid" 2>/dev/null || break; sleep 0.1; done
in_root kill -0 "$demo_pid" 2>/dev/null && fail "streamside did not quit within 10 s of SIGTERM"
echo "quit on SIGTERM"
cp "$root/tmp/demo.log" "$results_dir/demo.log"
kill "$(cat "$root/tmp/xvfb.pid")" 2>/dev/null || true

step "apt-get purge --autoremove streamside"
# apt keeps packages that something still installed recommends or suggests
# (perl, ca-certificates...): here everything that came with Streamside goes.
in_root apt-get purge -y -q --autoremove -o APT::AutoRemove::RecommendsImportant=false \
    -o APT::AutoRemove::SuggestsImportant=false streamside >"$results_dir/purge.log" 2>&1 ||
    { tail -20 "$results_dir/purge.log"; fail "apt-get purge"; }
tail -2 "$results_dir/purge.log"
if in_root dpkg-query -W -f '${Status}\n' streamside 2>/dev/null | grep -q installed; then
    fail "streamside is still installed"
fi
packages_left=$(comm -13 <(echo "$packages_before") <(in_root dpkg-query -W -f '${Package}\n' | sort))
[ -z "$packages_left" ] || fail "packages installed with Streamside are left: $packages_left"
echo "every package installed with it is gone too"
left=0
while read -r file; do
    if [ -e "$root$file" ] && [ ! -d "$root$file" ]; then
        echo "left behind: $file" >&2
        left=1
    fi
done <"$results_dir/package-files.txt"
snapshot >"$results_dir/files-after.txt"
if grep -i streamside "$results_dir/files-after.txt"; then
    echo "left behind (above): files named after Streamside" >&2
    left=1
fi
[ "$left" -eq 0 ] || fail "the removal left files behind"
echo "none of the package's $(wc -l <"$results_dir/package-files.txt") paths is left, nor anything named after it"
comm -13 "$results_dir/files-before.txt" "$results_dir/files-after.txt" >"$results_dir/files-new.txt"
# Dependencies' maintainer scripts create files dpkg does not own (TLS
# certificates, /etc/hosts...), which purging them does not remove; none is
# Streamside's (checked above). Listed in files-new.txt for a look.
echo "$(wc -l <"$results_dir/files-new.txt") other paths are new after the removal, none of them Streamside's (see $results_dir/files-new.txt); of those in /usr:"
grep '^\./usr/' "$results_dir/files-new.txt" | sed 's/^/    /' || echo "    none"
echo "user data the demo wrote (kept, as every package keeps its users' data):"
(cd "$root/root" && find . -maxdepth 3 -path '*treamside*' | sed 's/^/    /')

step "test-install: PASSED"
