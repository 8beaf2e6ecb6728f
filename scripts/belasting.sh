#!/usr/bin/env bash
# Load test of the two busiest pages with wrk (Debian package `wrk`): 50 concurrent connections for 30 s each,
# against a running demo instance (./inbeeld start --demo). Logs in once per role through the login form and reuses
# the session cookie, as a browser would (HTTP Basic would measure bcrypt on every request instead).
#   ./scripts/belasting.sh [http://localhost:8080]
set -euo pipefail
B="${1:-http://localhost:8080}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
sessie() {
    local wie="$1" jar="$tmp/$1"
    local csrf
    csrf="$(curl -s -c "$jar" "$B/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')"
    curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$wie&password=inbeeld-demo&_csrf=$csrf" "$B/login"
    awk '$6=="JSESSIONID"{print "JSESSIONID="$7}' "$jar"
}
school="$(sessie klimboom)"
leerplicht="$(sessie lpa.arnhem)"
echo "== school dashboard / (klimboom)"
wrk -t2 -c50 -d30s --latency -H "Cookie: $school" "$B/"
echo "== leerplicht inbox /meldingen (lpa.arnhem)"
wrk -t2 -c50 -d30s --latency -H "Cookie: $leerplicht" "$B/meldingen"
