#!/usr/bin/env python3
# bench/sql-p50.py DB N file1.sql file2.sql ...
# Times single statements on the local MariaDB (mariadb client, socket, root): runs the files round-robin N times after
# 2 warm-up rounds in one session, so that a change of machine load hits them alike; each statement's time is the
# difference of the server's SYSDATE(6) taken just before and after it. Prints p50/min/max per file.
# Used for docs/benchmarks/search-by-unit.md. Read-only statements only: nothing here writes.
import subprocess, sys, statistics
from datetime import datetime
db, n, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
sqls = [open(f).read().rstrip().rstrip(';') for f in files]
script = ""
for r in range(n + 2):
    for s in sqls:
        script += "SELECT SYSDATE(6);\n" + s + ";\nSELECT SYSDATE(6);\n"
out = subprocess.run(["mariadb", "--protocol=socket", "-uroot", "-N", "-B", db], input=script, capture_output=True,
                     text=True).stdout.split("\n")
stamps = [datetime.fromisoformat(l) for l in out if len(l) == 26 and l[4] == '-' and l[10] == ' ']
times = [(stamps[i + 1] - stamps[i]).total_seconds() * 1000 for i in range(0, len(stamps), 2)]
for k, f in enumerate(files):
    t = sorted(times[k::len(files)][2:])
    print(f"{f}: p50 {statistics.median(t):.1f} ms  min {t[0]:.1f}  max {t[-1]:.1f}  runs {len(t)}")
