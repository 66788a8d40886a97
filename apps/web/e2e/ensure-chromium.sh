#!/usr/bin/env bash
# Make sure a Chromium for the end-to-end tests is at /usr/bin/chromium.
# Exits 0 when it is there; installs it with apt-get when running as root;
# otherwise explains how to install it and exits 1.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $CHROMIUM not found and not running as root." >&2
  echo "Install it, then run the tests again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi

echo "ensure-chromium: $CHROMIUM not found; installing chromium with apt-get…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing." >&2
  echo "Install Chromium so that it is at $CHROMIUM (apt-get install chromium) and retry." >&2
  exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)" >&2
