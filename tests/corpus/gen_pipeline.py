# Generator pipelines processing a log-like text.

LOG = """\
2024-01-01 INFO  start service
2024-01-01 WARN  disk 81%
2024-01-02 ERROR db timeout
2024-01-02 INFO  request /a 12ms
2024-01-02 INFO  request /b 40ms
2024-01-03 ERROR db timeout
2024-01-03 INFO  request /a 7ms
# comment line
2024-01-03 WARN  disk 93%
"""

def lines(text):
    for line in text.splitlines():
        yield line

def non_comment(it):
    for line in it:
        if line and not line.startswith("#"):
            yield line

def parse(it):
    for line in it:
        date, level, msg = line.split(None, 2)
        yield {"date": date, "level": level, "msg": msg}

def only(level, it):
    return (rec for rec in it if rec["level"] == level)

records = list(parse(non_comment(lines(LOG))))
print(len(records), "records")

for rec in only("ERROR", records):
    print(rec["date"], rec["msg"])

by_level = {}
for rec in records:
    by_level[rec["level"]] = by_level.get(rec["level"], 0) + 1
print(sorted(by_level.items()))

def request_times(it):
    for rec in it:
        if rec["msg"].startswith("request"):
            _, path, ms = rec["msg"].split()
            yield path, int(ms[:-2])

times = list(request_times(records))
print(times)
print("total ms", sum(ms for _, ms in times))
per_path = {}
for path, ms in times:
    per_path.setdefault(path, []).append(ms)
for path in sorted(per_path):
    vals = per_path[path]
    print(path, "avg %.1f" % (sum(vals) / len(vals)), "max", max(vals))

def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)

print(list(window(range(6), 3)))

def dates(it):
    last = None
    for rec in it:
        if rec["date"] != last:
            last = rec["date"]
            yield last

print(list(dates(records)))
