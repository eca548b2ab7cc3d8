#!/usr/bin/env bash
# Installs what a clean Debian machine lacks for LeadKit: Debian's Chromium (real-browser tests and
# `start`), Debian's Firefox ESR (the Firefox build's real-browser tests), a CJK font, and PostgreSQL
# (server tests). Idempotent; needs root or sudo for apt.
set -euo pipefail

want=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || want+=(chromium)
if [ "${LEADKIT_SKIP_FIREFOX:-}" != "1" ] && [ ! -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]; then want+=(firefox-esr); fi
# A CJK font, so the Chinese UI in screenshots shows characters rather than boxes.
fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk|droid sans fallback' || want+=(fonts-wqy-microhei)
if [ "${LEADKIT_SKIP_POSTGRES:-}" != "1" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  want+=(postgresql)
fi
[ ${#want[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then apt=(apt-get); elif command -v sudo >/dev/null; then apt=(sudo apt-get); else
  echo "LeadKit needs these Debian packages: ${want[*]} (run as root or install them)." >&2
  exit 1
fi
echo "Installing ${want[*]} from Debian…"
DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -qq
DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${want[@]}" >/dev/null
