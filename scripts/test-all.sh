#!/usr/bin/env bash
# One command for every test on a fresh machine: system packages, npm packages, then the suites.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
npm ci --no-audit --no-fund
if [ -f server/package.json ]; then (cd server && npm ci --no-audit --no-fund); fi
npm test
