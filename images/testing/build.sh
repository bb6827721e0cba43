#!/usr/bin/env bash
# Builds the test images from Debian's busybox-static into the local Docker Engine.
# Idempotent: an image already present is kept unless --force. Never pulls anything.
#   images/testing/build.sh [--force]
set -euo pipefail
cd "$(dirname "$0")"

busybox=/bin/busybox
[[ -x $busybox ]] || { echo "build.sh: $busybox missing: apt-get install busybox-static" >&2; exit 1; }

build() {
    local name=$1 tag=$2
    if [[ ${FORCE:-} != 1 ]] && docker image inspect "$tag" >/dev/null 2>&1; then
        return 0
    fi
    local context
    context=$(mktemp -d)
    trap 'rm -rf "$context"' RETURN
    cp -r "$name"/. "$context"/
    cp "$busybox" "$context/busybox"
    docker build --quiet --pull=false -t "$tag" "$context" >/dev/null
    echo "built $tag"
}

[[ ${1:-} == --force ]] && FORCE=1
build webapp chatterie/testing-webapp:1
