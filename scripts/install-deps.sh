#!/usr/bin/env bash
# Installs what Practica needs to build, test and run, from Debian 12's packages and the npm
# registry. Quick when everything is already there: it only asks apt for what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ccache pkg-config git curl ca-certificates tzdata
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev libboost-system1.81-dev
  libsqlite3-dev sqlite3 postgresql-15 postgresql-client-15 libpq-dev
  libkainjow-mustache-dev libhowardhinnant-date-dev libsodium-dev libcurl4-openssl-dev
  libcli11-dev libtomlplusplus-dev libspdlog-dev libfmt-dev zlib1g-dev libmagic-dev
  libjemalloc-dev libxlsxwriter-dev libcsv-dev libzip-dev libexpat1-dev libical-dev librhonabwy-dev libjansson-dev libvalijson-dev
  clang-16 libclang-rt-16-dev
  libgtest-dev libgmock-dev libbenchmark-dev wrk jq chromium poppler-utils nodejs npm
  nginx-light pgbackrest patroni etcd-server haproxy
)

# `install-deps.sh --list` prints the packages, one a line (scripts/check-deps.sh reads them).
if [[ ${1:-} == --list ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# Node may come from elsewhere than Debian (a newer build); only ask apt for it when absent.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}")
  missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]}"

if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm ci only when the lock file changed since the last install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi
