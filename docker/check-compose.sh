#!/usr/bin/env bash
# Validates docker-compose.yml (no Docker engine runs here, so `config -q` is the check).
# Installs Debian's docker-compose when missing and we are root.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v docker-compose >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
  else
    echo "docker-compose is missing: install it with 'sudo apt-get install -y docker-compose'" >&2
    exit 1
  fi
fi
docker-compose -f docker-compose.yml config -q
echo "docker-compose.yml is valid"
