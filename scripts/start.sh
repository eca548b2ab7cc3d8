#!/usr/bin/env bash
# One command to try LeadKit: installs, builds, and opens Chromium with the extension and a sample site.
set -euo pipefail
cd "$(dirname "$0")/.."
LEADKIT_SKIP_POSTGRES=1 LEADKIT_SKIP_FIREFOX=1 bash scripts/system-deps.sh
npm ci --no-audit --no-fund
npm run build
exec npx tsx scripts/start.ts
