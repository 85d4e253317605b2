#!/usr/bin/env python3
"""The figures of one load run: per request kind of the latest mix, and the health baseline from
Gatling's stats.json; the application's heap and CPU and the database's connections during the mix
from target/load/samples.csv.

    python3 tools/load/summary.py target/gatling target/load/samples.csv <mix-from-epoch> <mix-to-epoch>
"""
import csv
import json
import pathlib
import statistics
import sys

results, samples, mix_from, mix_to = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])


def latest(prefix):
    runs = sorted(d for d in results.iterdir() if d.is_dir() and d.name.startswith(prefix))
    return json.loads((runs[-1] / "js" / "stats.json").read_text()) if runs else None


def line(name, stats):
    n = stats["numberOfRequests"]
    return (f"{name:<20} {n['total']:>7} {n['ko']:>5} {stats['meanNumberOfRequestsPerSecond']['total']:>8.1f} "
            f"{stats['percentiles1']['total']:>6} {stats['percentiles3']['total']:>6} {stats['percentiles4']['total']:>6}")


mix = latest("mixedloadsimulation")
health = latest("healthloopsimulation")
print(f"{'request':<20} {'count':>7} {'errors':>5} {'req/s':>8} {'p50':>6} {'p95':>6} {'p99':>6}  (ms)")
for content in mix["contents"].values():
    if not content["name"].startswith("login"):
        print(line(content["name"], content["stats"]))
print(line("ALL (with logins)", mix["stats"]))
if health:
    print(line("health loop", health["stats"]))
    ratio = mix["stats"]["meanNumberOfRequestsPerSecond"]["total"] / health["stats"]["meanNumberOfRequestsPerSecond"]["total"]
    print(f"throughput of the mix / the health loop: {ratio:.3f}")

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
