#!/bin/sh
# First start: write a page that names the instance, so tests can tell instances apart.
set -eu
mkdir -p /data/www
if [ ! -f /data/www/index.html ]; then
    echo "Hello from ${CHATTERIE_INSTANCE:-an unnamed instance} (${APP_GREETING:-chatterie testing webapp})" \
        > /data/www/index.html
fi
exec httpd -f -p "${PORT:-8080}" -h /data/www
