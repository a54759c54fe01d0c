#!/usr/bin/env python3
# bench/district-scale/table.py PAGES_MD RUN_DIR... : the page timer's p50 (ms) per page, today's pages.md beside the
# runs. A run directory holds the page timer's pages-N.tsv and an `info` file (load average at start and end); runs
# named NAME-TAG are grouped by NAME: the median of their p50s, then each run's p50 in brackets.
# The table of docs/benchmarks/district-scale.md.
import glob, os, statistics, sys
pages_md, runs = sys.argv[1], sys.argv[2:]
today = {}
for line in open(pages_md):
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    if len(cells) == 10 and cells[0] not in ('page', '---'):
        today[cells[0]] = (cells[3], cells[7])
groups, order, results = {}, [], {}
for run in runs:
    name = os.path.basename(run).split('-')[0]
    groups.setdefault(name, []).append(run)
    for line in open(glob.glob(os.path.join(run, 'pages-*.tsv'))[0]):
        r = line.rstrip('\n').split('\t')
        results.setdefault((name, r[0]), []).append(float(r[4]))
        results[(name, r[0], 'rows')] = r[2]
        if r[0] not in order:
            order.append(r[0])
fmt = lambda v: '%.1f' % v if v < 100 else '%.0f' % v
print('| page | today 20,000 | today 1,000,000 | ' + ' | '.join(f'{g}: result | p50 (runs)' for g in groups) + ' |')
print('|---|--:|--:|' + '---|--:|' * len(groups))
for page in order:
    t = today.get(page, ('', ''))
    cells = []
    for g in groups:
        v = results.get((g, page))
        cells.append('| |' if v is None else '%s | **%s** (%s)' % (results[(g, page, 'rows')],
                     fmt(statistics.median(v)), ', '.join(fmt(x) for x in v)))
    print(f'| {page} | {t[0]} | {t[1]} | ' + ' | '.join(cells) + ' |')
print()
for g, rs in groups.items():
    for run in rs:
        info = [l for l in open(os.path.join(run, 'info')).read().split('\n') if l]
        print(f'- {os.path.basename(run)}: load average ' + '; '.join(info))
