#!/usr/bin/env bash
# `npm test` runs this first (pretest). The browser tests drive Debian's chromium and the
# scale-out tests start a real redis-server; npm cannot install those. When one is missing this
# installs it with apt-get (as root), saying so; without root or apt-get it says what to run and
# stops. Nothing happens when both are there. Paths: CHROMIUM_PATH, REDIS_SERVER (as the tests).
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
redis="${REDIS_SERVER:-/usr/bin/redis-server}"
need=()
[ -x "$chromium" ] || need+=(chromium)
[ -x "$redis" ] || need+=(redis-server)
[ ${#need[@]} -eq 0 ] && exit 0

echo "Voor de tests ontbreekt: ${need[*]} (browsertests: chromium, schaaltests: redis-server)." >&2
echo "Missing for the tests: ${need[*]}." >&2
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Geen apt-get op deze machine: installeer ${need[*]} zelf en draai npm test opnieuw. / No apt-get here: install ${need[*]} yourself and run npm test again." >&2
  exit 1
fi
if [ "$(id -u)" != "0" ]; then
  echo "Niet als root: draai eerst  sudo apt-get install -y ${need[*]}  en dan npm test opnieuw. / Not root: run  sudo apt-get install -y ${need[*]}  then npm test again." >&2
  exit 1
fi
echo "Installeren met apt-get: ${need[*]} … / Installing with apt-get: ${need[*]} …" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
for p in "$chromium" "$redis"; do
  if [ ! -x "$p" ]; then
    echo "Na de installatie ontbreekt nog $p. / $p is still missing after the install." >&2
    exit 1
  fi
done
echo "Geïnstalleerd: ${need[*]}. / Installed: ${need[*]}." >&2
