#!/usr/bin/env bash
# Regenerates php_ext/geartrain_arginfo.h from php_ext/geartrain.stub.php
# offline, with the gen_stub.php of the installed PHP (php8.2-dev) and
# Debian's php-parser, exactly as scripts/php_ext.sh checks it. Run it after
# every stub edit and commit both files.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
PHP_PARSER=/usr/share/php/PhpParser
# phpize copies build/ from php-config's extension directory's parent.
GEN=$(php-config --extension-dir)/build/gen_stub.php
[ -f "$GEN" ] || { echo "gen_stub.php not found (php8.2-dev)" >&2; exit 1; }
[ -d "$PHP_PARSER" ] || { echo "php-parser not installed" >&2; exit 1; }
G=$(mktemp -d)
trap 'rm -rf "$G"' EXIT
mkdir -p "$G/build/PHP-Parser-4.15.1/lib"
ln -s "$PHP_PARSER" "$G/build/PHP-Parser-4.15.1/lib/PhpParser"
cp "$GEN" "$G/build/gen_stub.php"
cp "$REPO/php_ext/geartrain.stub.php" "$G/"
(cd "$G" && php build/gen_stub.php -f geartrain.stub.php)
cp "$G/geartrain_arginfo.h" "$REPO/php_ext/geartrain_arginfo.h"
echo "php_ext/geartrain_arginfo.h regenerated"
