"""Reads the archive for scripts/kill-typing.sh, with Python's own sqlite3
and the zstd command, so the check does not go through our code.

  value DB FIELD            the field's stored text (count: how many 来稿)
  poll DB FIELD SEED PLAN   every 50 ms: "microseconds keys-stored exact"
  judge DB FIELD SEED PLAN STAMPS END POLLS OUTDIR LABEL
                            one run's line; its lags and result into OUTDIR
  summary OUTDIR            per field and way of ending; exit 1 on a fault
"""
import json
import os
import sqlite3
import subprocess
import sys
import time

PACKED = 0x01  # editor/texts.go: a packed text is 0x01, a dictionary id, zstd


def unpack(v):
    if not isinstance(v, bytes):
        return v or ""
    if v[0] != PACKED:
        return v.decode()
    if v[1:5] != b"\0\0\0\0":
        sys.exit("a text packed with a dictionary: this check reads only small archives")
    out = subprocess.run(["zstd", "-dqc"], input=v[5:], capture_output=True, check=True)
    return out.stdout.decode()


def value(db, field):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        if field == "count":
            return str(c.execute("select count(*) from submissions").fetchone()[0])
        q = {
            "title": "select title from submissions order by id desc limit 1",
            "text": "select text from submissions where id = 1",
            "body": "select body from items where id = 1",
        }[field]
        row = c.execute(q).fetchone()
        return unpack(row[0]) if row else ""
    finally:
        c.close()


def keys(plan_file):
    with open(plan_file, encoding="utf-8") as f:
        return ["\n" if k == "Return" else k for k in f.read().split("\n") if k]


def stored_keys(text, seed, plan):
    """How many planned keys the text holds after seed, and whether it holds
    exactly those (nothing doubled, dropped or garbled)."""
    if not text.startswith(seed):
        return 0, False
    typed = text[len(seed):]
    at = n = 0
    for k in plan:
        if typed[at:at + len(k)] != k:
            break
        at += len(k)
        n += 1
    return n, at == len(typed)


def poll(db, field, seed_file, plan_file):
    seed = open(seed_file, encoding="utf-8").read()
    plan = keys(plan_file)
    while True:
        try:
            got = stored_keys(value(db, field), seed, plan)
            print(time.time_ns() // 1000, got[0], int(got[1]), flush=True)
        except (sqlite3.Error, subprocess.CalledProcessError):
            pass
        time.sleep(0.05)


def judge(db, field, seed_file, plan_file, stamps_file, end, polls_file, outdir, label):
    seed = open(seed_file, encoding="utf-8").read()
    plan = keys(plan_file)
    stamps = [int(s) for s in open(stamps_file).read().split()]
    end = int(end)
    n, exact = stored_keys(value(db, field), seed, plan)
    polls = [tuple(map(int, l.split())) for l in open(polls_file) if l.strip()]
    exact = exact and all(p[2] for p in polls)  # never garbled while typing either
    lags = []  # (at most, at least): the first read that had the key, the last that had not
    for i, sent in enumerate(stamps[:n]):
        seen = next((t for t, k, _ in polls if k > i and t >= sent), None)
        if seen is not None:
            before = max((t for t, k, _ in polls if k <= i and t < seen), default=sent)
            lags.append(((seen - sent) / 1e6, max(0, before - sent) / 1e6))
    recent = sum(1 for s in stamps if end - s <= 1_000_000)
    lost = len(stamps) - n
    old = sum(1 for s in stamps[n:] if end - s > 1_000_000)  # typed over 1 s before
    worst = max(lags, default=(0, 0))
    if not exact:
        print("stored after the field's text:", repr(value(db, field)[len(seed):]), file=sys.stderr)
    print(f"typed {len(stamps):3d}  stored {n:3d}  lost {lost:2d} (in the last second {recent})"
          f"  older than 1 s lost {old}  {'exact' if exact else 'NOT EXACT'}  worst lag {worst[1]:.2f}–{worst[0]:.2f} s")
    with open(os.path.join(outdir, "results.jsonl"), "a") as f:
        f.write(json.dumps({"label": label, "typed": len(stamps), "lost": lost, "old": old,
                            "exact": exact}) + "\n")
    with open(os.path.join(outdir, "lags"), "a") as f:
        f.writelines(f"{label.split()[0]} {hi:.3f} {lo:.3f}\n" for hi, lo in lags)


def summary(outdir):
    runs = [json.loads(l) for l in open(os.path.join(outdir, "results.jsonl"))]
    fault = False
    for label in dict.fromkeys(r["label"] for r in runs):
        rs = [r for r in runs if r["label"] == label]
        bad = sum(1 for r in rs if r["old"] or not r["exact"])
        fault |= bad > 0
        print(f"{label:14s} {len(rs):2d} runs: {sum(r['typed'] for r in rs):4d} keys typed, "
              f"{sum(r['lost'] for r in rs):3d} lost, at most {max(r['lost'] for r in rs)} in a run, "
              f"{sum(r['old'] for r in rs)} typed over 1 s before the end lost, "
              f"{sum(not r['exact'] for r in rs)} runs not exact")
    lags = {}
    for l in open(os.path.join(outdir, "lags")):
        f, hi, lo = l.split()
        lags.setdefault(f, []).append((float(hi), float(lo)))
    for f, ls in lags.items():
        his, los = sorted(h for h, _ in ls), sorted(lo for _, lo in ls)
        pick = lambda xs, q: xs[min(len(xs) - 1, int(q * len(xs)))]
        span = lambda q: f"{pick(los, q):.2f}–{pick(his, q):.2f}"
        print(f"lag key → archive, {f:5s} ({len(ls)} keys; between the last read without the key "
              f"and the first with it): median {span(0.5)} s, 90% {span(0.9)} s, worst {los[-1]:.2f}–{his[-1]:.2f} s, "
              f"over 1 s: {sum(1 for lo in los if lo > 1)} surely, {sum(1 for h in his if h > 1)} at most")
    sys.exit(1 if fault else 0)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "value":
        print(value(*args), end="")
    else:
        {"poll": poll, "judge": judge, "summary": summary}[cmd](*args)
