#!/usr/bin/env python3
"""Replicates a CSV corpus with distinct texts, for ingest benchmarks (the store skips a text it has stored).

usage: replicate-distinct.py IN.csv MIN_SENTENCES OUT.csv

Copy k > 0 of each document gets "(Replica k.)" appended to its text (one short sentence without events) and
"~k" appended to its id; copies are added until the estimated sentence count (sentence-final punctuation followed
by a space or the end) reaches MIN_SENTENCES. The first column, or the one named "id", is the id.
"""
import csv
import re
import sys

csv.field_size_limit(1 << 30)
source, minimum, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(source, newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    fields = reader.fieldnames or []
    rows = list(reader)
key = "id" if "id" in fields else fields[0]
per_copy = sum(len(re.findall(r"[.!?](?:\s|$)", r.get("text") or "")) for r in rows) or 1
copies = max(1, -(-minimum // per_copy))
with open(target, "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, fieldnames=fields)
    writer.writeheader()
    for k in range(copies):
        for r in rows:
            copy = dict(r)
            if k:
                copy["text"] = (r.get("text") or "") + f"\n\n(Replica {k}.)"
                copy[key] = f"{r.get(key) or ''}~{k}"
            writer.writerow(copy)
print(f"{target}: {copies} copies of {len(rows)} documents (about {copies * per_copy:,} sentences)")
