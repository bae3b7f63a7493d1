#!/usr/bin/env bash
# Builds the Microsoft Teams app package (manifest.json and the two icons in one zip) to upload in the Teams admin
# center or with "Upload a custom app". See docs/TEAMS.md.
#
#   TEAMS_APP_ID=<the bot's Microsoft App ID> PUBLIC_BASE_URL=https://pulse.example.com deploy/teams/package.sh [out.zip]
#
# Optional: TEAMS_DEVELOPER_NAME (default "pulsecheck"), TEAMS_PRIVACY_URL and TEAMS_TERMS_URL (default: the public
# base URL). Needs bash, sed and either zip or a JDK's jar; no Maven.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-pulsecheck-teams-app.zip}"

fail() {
    echo "package.sh: $*" >&2
    exit 1
}

app_id="${TEAMS_APP_ID:-${PULSECHECK_MS_TEAMS_BOT_APP_ID:-}}"
base_url="${PUBLIC_BASE_URL:-${PULSECHECK_API_PUBLIC_BASE_URL:-}}"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$app_id" =~ $guid ]] || fail "TEAMS_APP_ID must be the bot's Microsoft App ID (a GUID), got '${app_id}'"
[[ "$base_url" =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?(/.*)?$ ]] \
    || fail "PUBLIC_BASE_URL must be the service's public https URL, got '${base_url}'"
base_url="${base_url%/}"
host="$(sed -E 's#^https://([^/:]+).*#\1#' <<<"$base_url")"
developer="${TEAMS_DEVELOPER_NAME:-pulsecheck}"
privacy="${TEAMS_PRIVACY_URL:-$base_url}"
terms="${TEAMS_TERMS_URL:-$base_url}"
for value in "$developer" "$privacy" "$terms"; do
    case "$value" in
        *[\"\\#\&]*) fail "values must not contain quotes, backslashes, '#' or '&': $value" ;;
    esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s#\${TEAMS_APP_ID}#${app_id}#g" \
    -e "s#\${PUBLIC_BASE_URL}#${base_url}#g" \
    -e "s#\${PUBLIC_HOST}#${host}#g" \
    -e "s#\${TEAMS_DEVELOPER_NAME}#${developer}#g" \
    -e "s#\${TEAMS_PRIVACY_URL}#${privacy}#g" \
    -e "s#\${TEAMS_TERMS_URL}#${terms}#g" \
    "$here/manifest.json" >"$work/manifest.json"
if grep -q '\${' "$work/manifest.json"; then
    fail "a placeholder in manifest.json was left unfilled"
fi
cp "$here/color.png" "$here/outline.png" "$work/"

case "$out" in
    /*) target="$out" ;;
    *) target="$PWD/$out" ;;
esac
rm -f "$target"
# The three files must sit at the root of the zip.
if command -v zip >/dev/null 2>&1; then
    (cd "$work" && zip -q -X "$target" manifest.json color.png outline.png)
elif command -v jar >/dev/null 2>&1; then
    jar --create --no-manifest --file "$target" -C "$work" manifest.json -C "$work" color.png -C "$work" outline.png
else
    fail "needs zip or a JDK's jar"
fi
echo "$target"
