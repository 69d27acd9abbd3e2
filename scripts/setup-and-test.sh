#!/usr/bin/env bash
# Sets up a fresh machine and runs every test: types, lint, content checks,
# unit tests, the production build and the browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-chromium.sh
npm install --no-audit --no-fund
npm test
