#!/usr/bin/env bash
# Prints the Slack app manifest (deploy/slack/manifest.yaml) with the request and redirect URLs of one deployment.
#
#   deploy/slack/manifest.sh https://pulse.example.com
#
# The base URL is where Slack reaches this service: https, optionally with the path prefix of a reverse proxy.
set -euo pipefail
if [[ $# -ne 1 ]]; then
    echo "usage: $0 <public base URL, e.g. https://pulse.example.com>" >&2
    exit 2
fi
base=${1%/}
if [[ ! $base =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$ ]]; then
    echo "the base URL must be https://host[:port][/path] (Slack calls only https URLs): $1" >&2
    exit 2
fi
sed "s#\${PUBLIC_BASE_URL}#${base}#g" "$(dirname "$0")/manifest.yaml"
