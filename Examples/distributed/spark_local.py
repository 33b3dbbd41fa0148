"""relgraph as the map and reduce steps of a PySpark job, in local mode.

    pip install pyspark            # needs Java 17+
    python3 Examples/distributed/spark_local.py news.jsonl all.svg [relgraph-binary]

Map: each partition of the JSON Lines corpus is piped through
`relgraph extract --jsonl --jobs 1` (one graph fragment per line out).
Reduce: the fragments are collected to one file and `relgraph merge` draws
them. Merging is associative and order-independent, so partitioning and
scheduling do not change the result: the output is byte-identical to
`relgraph --jsonl news.jsonl -o all.svg`.
"""
import os
import subprocess
import sys
import tempfile
import time

from pyspark.sql import SparkSession


def main():
    corpus, output = sys.argv[1], sys.argv[2]
    relgraph = os.path.abspath(sys.argv[3] if len(sys.argv) > 3 else ".build/release/relgraph")
    spark = SparkSession.builder.master("local[*]").appName("relgraph").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    start = time.perf_counter()
    lines = spark.sparkContext.textFile(os.path.abspath(corpus))
    # One relgraph process per partition; each writes one fragment per document.
    fragments = lines.pipe(f"{relgraph} extract --jsonl --jobs 1 --quiet")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as collected:
        for fragment in fragments.toLocalIterator():
            collected.write(fragment + "\n")
    mapped = time.perf_counter()
    subprocess.run([relgraph, "merge", collected.name, "-o", output], check=True)
    os.unlink(collected.name)
    done = time.perf_counter()
    print(f"partitions {lines.getNumPartitions()}  map {mapped - start:.2f} s  merge {done - mapped:.2f} s")
    spark.stop()


if __name__ == "__main__":
    main()
