#!/usr/bin/env python3
"""Rewrites the <contents> file list of package.xml from the tree.

The package ships: config.m4 and config.w32; the core directories the module
compiles (every .cc and .h of them, but geartraind's main.cc); all of
php_ext/ (sources, stub, arginfo, tests and their fixtures); and the php-cli
entry points of bin/ (role "script": pecl installs them in its bin_dir). Run it after
adding or removing a file there; scripts/php_ext.sh checks the result
against what the compiler actually read.
usage: scripts/package_files.py [--check]
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE_DIRS = ['core/client', 'core/geartraind', 'core/protocol', 'core/server', 'core/store',
             'core/supervisor', 'core/util']
NOT_SHIPPED = {'core/geartraind/main.cc'}  # the daemon's main(), not the module's


def role(path):
    if path.startswith('bin/'):
        return 'script'
    if path.startswith('php_ext/tests/'):
        return 'test'
    if path.endswith('.md'):
        return 'doc'
    return 'src'


def files():
    out = ['config.m4', 'config.w32']
    for d in CORE_DIRS:
        for fn in sorted(os.listdir(os.path.join(ROOT, d))):
            if fn.endswith(('.cc', '.h')) and f'{d}/{fn}' not in NOT_SHIPPED:
                out.append(f'{d}/{fn}')
    for dirpath, dirnames, fns in os.walk(os.path.join(ROOT, 'php_ext')):
        dirnames.sort()
        for fn in sorted(fns):
            rel = os.path.relpath(os.path.join(dirpath, fn), ROOT)
            if fn.endswith(('.diff', '.exp', '.out', '.log', '.php.bak')) or fn.startswith('.'):
                continue
            out.append(rel)
    for fn in sorted(os.listdir(os.path.join(ROOT, 'bin'))):
        out.append(f'bin/{fn}')
    return out


def render(paths, indent=2):
    tree = {}
    for p in paths:
        node = tree
        parts = p.split('/')
        for part in parts[:-1]:
            node = node.setdefault(part + '/', {})
        node[parts[-1]] = p
    lines = []

    def emit(node, depth):
        pad = ' ' * (indent + depth)
        for name in sorted(k for k in node if k.endswith('/')):
            lines.append(f'{pad}<dir name="{name[:-1]}">')
            emit(node[name], depth + 1)
            lines.append(f'{pad}</dir>')
        for name in sorted(k for k in node if not k.endswith('/')):
            lines.append(f'{pad}<file name="{name}" role="{role(node[name])}" />')

    lines.append(' ' * indent + '<dir name="/">')
    emit(tree, 1)
    lines.append(' ' * indent + '</dir>')
    return '\n'.join(lines)


def main():
    path = os.path.join(ROOT, 'package.xml')
    text = open(path).read()
    new = re.sub(r'(<contents>\n).*?(\n </contents>)',
                 lambda m: m.group(1) + render(files()) + m.group(2), text, flags=re.S)
    if '--check' in sys.argv:
        if new != text:
            print('package.xml file list is stale: run scripts/package_files.py')
            return 1
        return 0
    open(path, 'w').write(new)
    return 0


if __name__ == '__main__':
    sys.exit(main())
