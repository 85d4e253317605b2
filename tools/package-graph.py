#!/usr/bin/env python3
"""The package dependency graph of src/main/java/org/homeward, read from the sources' references to
org.homeward.<package>.: each package's dependencies and the cycles among them (strongly connected
components of more than one package). PackageCyclesTest (ArchUnit) is the guard; this is the
measure, for notes and reviews. Usage: tools/package-graph.py [source root]"""
import collections
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else 'src/main/java/org/homeward'
deps = collections.defaultdict(set)
packages = set()
for folder, _, files in os.walk(root):
    for name in files:
        if name.endswith('.java'):
            package = os.path.relpath(folder, root).split(os.sep)[0]
            packages.add(package)
            with open(os.path.join(folder, name), encoding='utf-8') as source:
                for used in re.findall(r'org\.homeward\.(\w+)\.', source.read()):
                    if used != package:
                        deps[package].add(used)

index, low, stack, on_stack, components, counter = {}, {}, [], set(), [], [0]


def connect(node):
    index[node] = low[node] = counter[0]
    counter[0] += 1
    stack.append(node)
    on_stack.add(node)
    for other in sorted(deps[node]):
        if other not in index:
            connect(other)
            low[node] = min(low[node], low[other])
        elif other in on_stack:
            low[node] = min(low[node], index[other])
    if low[node] == index[node]:
        component = []
        while True:
            other = stack.pop()
            on_stack.discard(other)
            component.append(other)
            if other == node:
                break
        components.append(sorted(component))


for package in sorted(packages):
    if package not in index:
        connect(package)
cycles = [c for c in components if len(c) > 1]
for package in sorted(packages):
    print(f'{package} -> {", ".join(sorted(deps[package] & packages)) or "-"}')
print(f'{len(packages)} packages, {len(cycles)} cycle(s){": " + "; ".join(" ".join(c) for c in cycles) if cycles else ""}')
