#!/usr/bin/env bash
# Sets up a fresh machine, builds the production PWA and serves it on 127.0.0.1:4173.
set -euo pipefail
cd "$(dirname "$0")/.."
npm install --no-audit --no-fund
npm run build
npm run serve
