#!/usr/bin/env python3
"""The figures of one load run: per request kind of the latest mix, and the health baseline from
Gatling's stats.json; the application's heap and CPU and the database's connections during the mix
from target/load/samples.csv.

    python3 tools/load/summary.py target/gatling target/load/samples.csv <mix-from-epoch> <mix-to-epoch>
"""
import csv
import re
import pathlib
import statistics
import sys

results, samples, mix_from, mix_to = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])


ROW = re.compile(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', re.S)
CELL = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')
COLUMNS = {"2": "total", "4": "ko", "6": "rps", "8": "p50", "10": "p95", "11": "p99"}


def latest(prefix):
    """The statistics table of the newest report of a simulation: {request: {total, ko, rps, p50, p95, p99}}."""
    runs = sorted(d for d in results.iterdir() if d.is_dir() and d.name.startswith(prefix))
    if not runs:
        return None
    table = {}
    for name, cells in ROW.findall((runs[-1] / "index.html").read_text(encoding="utf-8")):
        values = {COLUMNS[c]: v.replace(",", "") for c, v in CELL.findall(cells) if c in COLUMNS}
        table[name] = {k: (0 if v in ("-", "") else float(v)) for k, v in values.items()}
    return table


def line(name, stats):
    return (f"{name:<20} {stats['total']:>7.0f} {stats['ko']:>6.0f} {stats['rps']:>9.1f} "
            f"{stats['p50']:>6.0f} {stats['p95']:>6.0f} {stats['p99']:>6.0f}")


mix = latest("mixedloadsimulation")
health = latest("healthloopsimulation")
print(f"{'request':<20} {'count':>7} {'errors':>6} {'req/s':>9} {'p50':>6} {'p95':>6} {'p99':>6}  (ms)")
for name, stats in mix.items():
    if not name.startswith("login") and name != "All Requests":
        print(line(name, stats))
print(line("all (with logins)", mix["All Requests"]))
if health:
    print(line("health loop", health["All Requests"]))
    print(f"throughput of the mix / the health loop: {mix['All Requests']['rps'] / health['All Requests']['rps']:.4f}")

rows = [r for r in csv.DictReader(open(samples)) if mix_from <= int(r["epochSecond"]) <= mix_to]
heap = [int(r["heapUsedBytes"]) for r in rows if int(r["heapUsedBytes"]) >= 0]
cpu = [float(r["processCpu"]) for r in rows if float(r["processCpu"]) >= 0]
connections = [int(r["dbConnections"]) for r in rows if int(r["dbConnections"]) >= 0]
active = [int(r["dbActive"]) for r in rows if int(r["dbActive"]) >= 0]
if heap:
    print(f"application heap used: median {statistics.median(heap) / 2**20:.0f} MiB, peak {max(heap) / 2**20:.0f} MiB")
if cpu:
    print(f"application CPU (share of the machine): median {statistics.median(cpu):.2f}, peak {max(cpu):.2f}")
if connections:
    print(f"database connections: median {statistics.median(connections):.0f}, peak {max(connections)}; "
          f"active at once: median {statistics.median(active):.0f}, peak {max(active)}")
