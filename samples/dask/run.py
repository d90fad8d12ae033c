#!/usr/bin/env python3
"""Runs `textrepair fix --jsonl` over a JSON-lines corpus on a Dask cluster (a scheduler and workers on localhost).

Each partition of the corpus goes through one `textrepair` process on a worker, as Spark's `pipe()` or Hadoop
Streaming would run it; the script then checks that every record came back exactly once and in order, reports the
throughput and stops the cluster. Needs Dask's `distributed` (Debian: `apt-get install python3-distributed`).

    python3 samples/dask/run.py --cli "dotnet src/TextRepair.Cli/bin/Release/net10.0/TextRepair.Cli.dll" \
        [--workers 2] [--parallel 1] [--records 20000] [--partitions 16]

The corpus is made from the Wikinews paragraphs of tests/TextRepair.Tests/Data (CC BY 2.5, Wikinews contributors):
each record is a paragraph with an id (varied on each pass over them, so that records are distinct), and every third
one gets a defect ("a election"), so that fixes happen.
"""
import argparse
import json
import pathlib
import re
import shlex
import subprocess
import sys
import time

from distributed import Client, LocalCluster

ROOT = pathlib.Path(__file__).resolve().parents[2]


def corpus(count):
    paragraphs = []
    for path in sorted((ROOT / "tests" / "TextRepair.Tests" / "Data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            paragraphs.extend(json.loads(line)["paragraphs"])
    records = []
    for index in range(count):
        # Each pass over the paragraphs rotates their sentences, shifts their numbers and adds another paragraph's
        # opening, so records do not repeat (repeated text would flatter the spelling rule, which trusts a word used twice).
        rounds, position = divmod(index, len(paragraphs))
        sentences = paragraphs[position].split(". ")
        turn = rounds % len(sentences)
        text = ". ".join(sentences[turn:] + sentences[:turn])
        text = re.sub(r"[0-9]+", lambda number: str(int(number.group()) + rounds), text)
        if rounds > 0:
            # A one-sentence paragraph without numbers would come back unchanged: join it to another paragraph's opening.
            other = paragraphs[(position + rounds * 37) % len(paragraphs)].split(". ")[0].rstrip(".")
            text = f"{text} {other}."
        if index % 3 == 0:
            text = text + " They held a election."
        records.append(json.dumps({"id": index, "text": text}, ensure_ascii=False))
    return records


def repair_partition(lines, cli, parallel):
    """Runs on a worker: one textrepair process per partition, lines in, lines out."""
    command = shlex.split(cli) + ["fix", "--jsonl", "--parallel", str(parallel), "-"]
    done = subprocess.run(command, input="\n".join(lines) + "\n", capture_output=True, text=True, encoding="utf-8")
    if done.returncode not in (0, 1):
        raise RuntimeError(f"textrepair exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout.splitlines()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True, help="the command that runs textrepair")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--parallel", type=int, default=1, help="textrepair's --parallel inside each worker")
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--partitions", type=int, default=16)
    args = parser.parse_args()

    records = corpus(args.records)
    size = -(-len(records) // args.partitions)
    partitions = [records[start:start + size] for start in range(0, len(records), size)]
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    try:
        # Warm each worker's disk cache and the runtime once, outside the timing.
        client.gather(client.map(repair_partition, [records[:10]] * args.workers, cli=args.cli, parallel=args.parallel, pure=False))
        started = time.perf_counter()
        futures = client.map(repair_partition, partitions, cli=args.cli, parallel=args.parallel, pure=False)
        results = client.gather(futures)
        seconds = time.perf_counter() - started
    finally:
        client.close()
        cluster.close()

    lines = [line for part in results for line in part]
    ids = [json.loads(line)["id"] for line in lines]
    if ids != list(range(len(records))):
        sys.exit(f"records lost, repeated or out of order: {len(ids)} back of {len(records)}")
    repaired = sum(1 for line in lines if "an election" in line)
    expected = sum(1 for index in range(len(records)) if index % 3 == 0)
    if repaired < expected:
        sys.exit(f"only {repaired} of {expected} defects repaired")
    print(json.dumps({"workers": args.workers, "parallel": args.parallel, "records": len(records),
                      "partitions": len(partitions), "seconds": round(seconds, 2),
                      "records_per_second": round(len(records) / seconds)}))


if __name__ == "__main__":
    main()
