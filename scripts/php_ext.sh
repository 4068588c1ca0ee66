#!/usr/bin/env bash
# Builds and checks the geartrain PHP extension (php_ext/) end to end, in a
# scratch copy so the working tree is never touched:
#   1. phpize; then (2.) check the arginfo is current:
#      php_ext/geartrain_arginfo.h regenerated offline with PHP 8.2's
#      gen_stub.php (Debian's php-parser) must be identical; then
#      configure --enable-geartrain, make -j2
#   3. package.xml lists every file compiled, every header the compiler read
#      from the sources (from the -MMD .dep files), the tests and the stub
#   4. phpt tests (php_ext/tests/) with the built module (--valgrind: under
#      valgrind, run-tests -m)
#   5. `pecl package` from a clean copy holding exactly the listed files,
#      `pecl install` of the tgz (offline), a smoke test with
#      `php -d extension=geartrain`, then `pecl uninstall geartrain`
# Usage: scripts/php_ext.sh [--valgrind] [--keep]
# Needs: php8.2-dev, php-cli, php-pear, php-parser, libevent-dev,
# libsqlite3-dev, g++ (scripts/install-deps.sh build); root for step 5.
# Exits non-zero on any failure; the last line is "N passed, N failed"
# counting phpt results.
set -uo pipefail

VALGRIND=0
KEEP=0
for a in "$@"; do
  case "$a" in
    --valgrind) VALGRIND=1 ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $a" >&2; exit 2 ;;
  esac
done

REPO=$(cd "$(dirname "$0")/.." && pwd)
W=$(mktemp -d /tmp/geartrain-php-ext.XXXXXX)
PASSED=0
FAILED=0
ERRORS=0
PECL_INSTALLED=0

cleanup() {
  if [ "$PECL_INSTALLED" = 1 ]; then pecl uninstall geartrain >/dev/null 2>&1 || true; fi
  if [ "$KEEP" = 1 ]; then echo "scratch kept in $W" >&2; else rm -rf "$W"; fi
}
trap cleanup EXIT

step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; ERRORS=$((ERRORS + 1)); }
finish() {
  echo "$PASSED passed, $FAILED failed"
  if [ "$ERRORS" -gt 0 ] || [ "$FAILED" -gt 0 ]; then exit 1; fi
  exit 0
}
# A step that makes everything after it meaningless ends the run here.
fatal() { fail "$*"; finish; }

for tool in phpize php-config php pecl python3 make g++; do
  command -v "$tool" >/dev/null 2>&1 || fatal "missing tool: $tool (scripts/install-deps.sh build)"
done
PHP_BIN=$(command -v php)
PHP_PARSER=/usr/share/php/PhpParser

# ---------------------------------------------------------------- 1. build
step "phpize"
SRC="$W/src"
mkdir -p "$SRC"
# cp -a keeps mtimes, so the arginfo never looks older than the stub and
# make never runs gen_stub (which would try to download PHP-Parser).
(cd "$REPO" && cp -a config.m4 config.w32 package.xml core php_ext "$SRC"/) || fatal "copy sources"
(cd "$SRC" && phpize >"$W/phpize.log" 2>&1) || { cat "$W/phpize.log" >&2; fatal "phpize"; }
# Point the generator at Debian's php-parser so that, if a stale arginfo makes
# `make` run gen_stub, it works offline instead of failing on a download.
if [ -d "$PHP_PARSER" ]; then
  mkdir -p "$SRC/build/PHP-Parser-4.15.1/lib"
  ln -sfn "$PHP_PARSER" "$SRC/build/PHP-Parser-4.15.1/lib/PhpParser"
fi
# 2. (before make, so a stale arginfo is reported as such)
step "arginfo is current"
if [ ! -d "$PHP_PARSER" ]; then
  fail "php-parser not installed ($PHP_PARSER); cannot verify arginfo (apt-get install php-parser)"
else
  G="$W/genstub"
  mkdir -p "$G/build/PHP-Parser-4.15.1/lib"
  # gen_stub.php wants PHP-Parser 4.15.1 under build/; Debian's 4.15.4 is
  # API-compatible and keeps this offline.
  ln -s "$PHP_PARSER" "$G/build/PHP-Parser-4.15.1/lib/PhpParser"
  # phpize copied the generator of the PHP we build against (8.2) into build/.
  cp "$SRC/build/gen_stub.php" "$G/build/gen_stub.php"
  cp "$REPO/php_ext/geartrain.stub.php" "$G/"
  if (cd "$G" && php build/gen_stub.php -f geartrain.stub.php >"$W/gen_stub.log" 2>&1); then
    if ! cmp -s "$G/geartrain_arginfo.h" "$REPO/php_ext/geartrain_arginfo.h"; then
      diff -u "$REPO/php_ext/geartrain_arginfo.h" "$G/geartrain_arginfo.h" | head -40 >&2
      fail "php_ext/geartrain_arginfo.h is stale: regenerate from geartrain.stub.php and commit it"
    fi
  else
    cat "$W/gen_stub.log" >&2
    fail "gen_stub.php failed"
  fi
fi

step "build (configure, make -j2)"
(
  cd "$SRC" &&
  ./configure --enable-geartrain >"$W/configure.log" 2>&1 &&
  make -j2 >"$W/make.log" 2>&1
) || { tail -30 "$W"/make.log "$W"/configure.log 2>/dev/null >&2; fatal "build"; }
MODULE="$SRC/modules/geartrain.so"
[ -f "$MODULE" ] || fatal "module not built"
if grep -q "warning:" "$W/make.log"; then
  echo "compiler warnings:" >&2
  grep -E "warning:" "$W/make.log" >&2
  fail "build has compiler warnings"
fi

# ---------------------------------------------------------------- 3. package.xml
step "package.xml lists every shipped file"
python3 - "$REPO" "$SRC" >"$W/pkgcheck.log" 2>&1 <<'PY'
import os, re, sys, xml.etree.ElementTree as ET
repo, build = sys.argv[1], sys.argv[2]
ns = {'p': 'http://pear.php.net/dtd/package-2.0'}
root = ET.parse(os.path.join(repo, 'package.xml')).getroot()
def walk(node, prefix):
    for d in node.findall('p:dir', ns):
        name = d.get('name')
        yield from walk(d, prefix if name == '/' else os.path.join(prefix, name))
    for f in node.findall('p:file', ns):
        yield os.path.join(prefix, f.get('name'))
listed = list(walk(root.find('p:contents', ns), ''))
bad = 0
dups = {f for f in listed if listed.count(f) > 1}
for f in sorted(dups):
    print('listed twice:', f); bad += 1
listed = set(listed)
for f in sorted(listed):
    if not os.path.isfile(os.path.join(repo, f)):
        print('listed but missing on disk:', f); bad += 1
need = {'config.m4', 'config.w32'}
# Sources compiled: every *.cc named in config.m4.
m4 = open(os.path.join(repo, 'config.m4')).read()
need |= set(re.findall(r'([\w/]+\.cc)', m4))
# Headers actually read while compiling (the -MMD dependency files), limited
# to the source tree (system and PHP headers are not shipped).
src = os.path.realpath(build)
for dirpath, _, files in os.walk(build):
    for fn in files:
        if not fn.endswith('.dep'):
            continue
        text = open(os.path.join(dirpath, fn)).read().replace('\\\n', ' ')
        for tok in text.split():
            tok = tok.rstrip(':')
            if not tok.endswith(('.h', '.hh', '.hpp', '.cc')):
                continue
            p = os.path.realpath(tok if os.path.isabs(tok) else os.path.join(build, tok))
            if p.startswith(src + os.sep):
                rel = os.path.relpath(p, src)
                if rel in ('config.h',) or rel.startswith(('main/', 'include/', 'build/')):
                    continue  # generated by phpize/configure, not shipped
                need.add(rel)
# Everything under php_ext/ ships (stub, arginfo, tests).
for dirpath, _, files in os.walk(os.path.join(repo, 'php_ext')):
    for fn in files:
        need.add(os.path.relpath(os.path.join(dirpath, fn), repo))
for f in sorted(need - listed):
    print('not in package.xml:', f); bad += 1
print('package.xml: %d listed, %d required, %d problem(s)' % (len(listed), len(need), bad))
sys.exit(1 if bad else 0)
PY
PKG_RC=$?
cat "$W/pkgcheck.log"
[ "$PKG_RC" = 0 ] || fail "package.xml file list"
pecl package-validate "$REPO/package.xml" >"$W/validate.log" 2>&1 && grep -q "0 error(s)" "$W/validate.log" \
  || { cat "$W/validate.log" >&2; fail "pecl package-validate"; }

# ---------------------------------------------------------------- 4. phpt
step "phpt tests$([ "$VALGRIND" = 1 ] && echo " (valgrind)")"
cp -r "$REPO/php_ext/tests" "$SRC/phpt"
# The Connection/Client/Manager tests start a geartraind of their own per test
# (php_ext/tests/gt_server.inc); the app test runs examples/php unchanged.
export GEARTRAIND=${GEARTRAIND:-$REPO/build/geartraind}
if [ ! -x "$GEARTRAIND" ]; then
  (cmake -S "$REPO" -B "$REPO/build" >/dev/null &&
    cmake --build "$REPO/build" -j2 --target geartraind >/dev/null) || fail "build geartraind for the phpt tests"
fi
export GEARTRAIN_EXAMPLES=$REPO/examples/php
export GEARTRAIN_BIN=$REPO/bin
RT_ARGS=(-q -p "$PHP_BIN" -n -W "$W/phpt.status")
# -n skips the system ini; load the dependencies that are shared modules.
# (Captured first: `php -m | grep -q` under pipefail fails on SIGPIPE.)
BUILTIN_MODS=$("$PHP_BIN" -n -m 2>/dev/null)
grep -qx sockets <<<"$BUILTIN_MODS" || RT_ARGS+=(-d extension=sockets)
grep -qx json <<<"$BUILTIN_MODS" || RT_ARGS+=(-d extension=json)
RT_ARGS+=(-d "extension=$MODULE")
# PCRE's JIT code makes valgrind report uninitialised reads that are not real.
# vgdb off: a test that switches user (Supervisor/user.phpt) would otherwise
# leave "could not unlink vgdb-pipe" lines that run-tests counts as a leak.
[ "$VALGRIND" = 1 ] && { RT_ARGS+=(-m -d pcre.jit=0); export VALGRIND_OPTS="--vgdb=no"; }
(cd "$SRC" && NO_INTERACTION=1 "$PHP_BIN" run-tests.php "${RT_ARGS[@]}" phpt/) >"$W/phpt.log" 2>&1
grep -E "^(FAIL|BORK|LEAK|WARN|SKIP)" "$W/phpt.log" || true
if [ -s "$W/phpt.status" ]; then
  PASSED=$(grep -c "^PASS" "$W/phpt.status" || true)
  FAILED=$(grep -Ec "^(FAIL|BORK|LEAK|WARN|LEAK&FAIL|XLEAK)" "$W/phpt.status" || true)
  # Every test must run here (a skipped server test would hide a failure).
  SKIPPED=$(grep -c "^SKIP" "$W/phpt.status" || true)
  [ "$SKIPPED" = 0 ] || fail "$SKIPPED phpt test(s) skipped"
else
  PASSED=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$W/phpt.log" | head -1)
  FAILED=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$W/phpt.log" | head -1)
  PASSED=${PASSED:-0}; FAILED=${FAILED:-0}
fi
[ "$((PASSED + FAILED))" -gt 0 ] || { tail -20 "$W/phpt.log" >&2; fail "no phpt results"; }
for d in "$SRC"/phpt/*.diff "$SRC"/phpt/*/*.diff; do
  [ -f "$d" ] && { echo "--- ${d#$SRC/}" >&2; head -20 "$d" >&2; }
done

# ---------------------------------------------------------------- 5. pecl
step "pecl package / install / smoke / uninstall"
PKG="$W/pkg"
mkdir -p "$PKG"
python3 - "$REPO" "$PKG" <<'PY' || fatal "copy package files"
import os, shutil, sys, xml.etree.ElementTree as ET
repo, pkg = sys.argv[1], sys.argv[2]
ns = {'p': 'http://pear.php.net/dtd/package-2.0'}
root = ET.parse(os.path.join(repo, 'package.xml')).getroot()
def walk(node, prefix):
    for d in node.findall('p:dir', ns):
        name = d.get('name')
        yield from walk(d, prefix if name == '/' else os.path.join(prefix, name))
    for f in node.findall('p:file', ns):
        yield os.path.join(prefix, f.get('name'))
shutil.copy2(os.path.join(repo, 'package.xml'), pkg)
for rel in walk(root.find('p:contents', ns), ''):
    dst = os.path.join(pkg, rel)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copy2(os.path.join(repo, rel), dst)
PY
if (cd "$PKG" && pecl package >"$W/pecl-package.log" 2>&1) && [ -f "$PKG/geartrain-0.1.0.tgz" ]; then
  echo "pecl package: geartrain-0.1.0.tgz ($(tar tzf "$PKG/geartrain-0.1.0.tgz" | wc -l) entries)"
  if [ "$(id -u)" != 0 ]; then
    fail "pecl install needs root (extension dir $(php-config --extension-dir))"
  else
    PECL_LIST=$(pecl list 2>/dev/null)
    if grep -q "^geartrain " <<<"$PECL_LIST"; then
      pecl uninstall geartrain >/dev/null 2>&1 || true  # leftover of an aborted run
    fi
    if pecl install "$PKG/geartrain-0.1.0.tgz" </dev/null >"$W/pecl-install.log" 2>&1; then
      PECL_INSTALLED=1
      echo "pecl install: ok ($(php-config --extension-dir)/geartrain.so)"
      SMOKE=$("$PHP_BIN" -d extension=geartrain -r '$t = new Net_Gearman_Task("f", "a"); echo $t->uniq === md5("f" . serialize("a") . 1) ? "ok" : "bad";' 2>&1)
      if [ "$SMOKE" = ok ]; then echo "smoke: ok"; else echo "$SMOKE" >&2; fail "smoke test with installed module"; fi
      if pecl uninstall geartrain >"$W/pecl-uninstall.log" 2>&1; then
        PECL_INSTALLED=0
        echo "pecl uninstall: ok"
      else
        cat "$W/pecl-uninstall.log" >&2; fail "pecl uninstall"
      fi
    else
      tail -30 "$W/pecl-install.log" >&2
      fail "pecl install"
    fi
  fi
else
  cat "$W/pecl-package.log" >&2
  fail "pecl package"
fi

finish
