#!/usr/bin/env bash
# Checks the built packages with the distributions' own tools: lintian on
# every .deb (errors and warnings fail; the overrides shipped in
# packaging/linux/lintian-overrides each carry their reason), and rpm's own
# reading of every .rpm. Usage: check-packages.sh [DIR] (default
# build/package/packages, where `cmake --workflow --preset package` puts them).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-build/package/packages}"
shopt -s nullglob
debs=("$dir"/*.deb)
rpms=("$dir"/*.rpm)
if [ ${#debs[@]} -eq 0 ] || [ ${#rpms[@]} -eq 0 ]; then
    echo "check-packages: no .deb or .rpm in $dir; build them with: cmake --workflow --preset package" >&2
    exit 1
fi
for tool in lintian rpm; do
    command -v "$tool" >/dev/null || { echo "check-packages: $tool is missing: run packaging/install-deps.sh" >&2; exit 1; }
done

echo "== lintian ${debs[*]}"
# lintian warns that it runs as root (CI does); that line is not a finding.
# (--show-overrides would make the overridden tags fail too: they are
# listed from the file instead.)
lintian --fail-on error,warning "${debs[@]}" 2> >(grep -v "running with root privileges" >&2)
echo "lintian: no errors or warnings; overridden, with their reasons:"
sed 's/^/    /' packaging/linux/lintian-overrides

for rpm_file in "${rpms[@]}"; do
    echo "== rpm $rpm_file"
    rpm -qp --queryformat '%{NAME} %{VERSION}-%{RELEASE} %{ARCH} %{LICENSE}\n' "$rpm_file"
    # Every file the package holds must be one of ours, in /usr.
    if rpm -qpl "$rpm_file" | grep -v '^/usr/'; then
        echo "check-packages: $rpm_file installs outside /usr" >&2
        exit 1
    fi
done
echo "check-packages: ${#debs[@]} .deb and ${#rpms[@]} .rpm packages passed"
