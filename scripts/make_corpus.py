"""Builds a benchmark corpus from the example articles: shuffled sentences, fixed seed.

usage: make_corpus.py OUT_DIR COUNT [EXAMPLES...]

Writes OUT_DIR/txt/NNNNN.txt (one article per file) and OUT_DIR/corpus.jsonl
({"id", "text", "date"} per line). Each article takes 15 to 35 sentences of
the examples in a shuffled order, so extraction sees realistic sentences in
new combinations; dates spread over 2022.
"""
import json
import os
import random
import re
import sys


def sentences(paths):
    pool = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        for paragraph in text.split("\n"):
            pool += [s.strip() for s in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])", paragraph) if len(s.strip()) > 20]
    return pool


def main():
    out, count, examples = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    pool = sentences(examples)
    rng = random.Random(20220301)
    os.makedirs(os.path.join(out, "txt"), exist_ok=True)
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as jsonl:
        for index in range(count):
            picked = [rng.choice(pool) for _ in range(rng.randint(15, 35))]
            text = "\n\n".join(" ".join(picked[i:i + 3]) for i in range(0, len(picked), 3)) + "\n"
            name = f"{index:05d}"
            with open(os.path.join(out, "txt", name + ".txt"), "w", encoding="utf-8") as article:
                article.write(text)
            date = f"2022-{1 + index % 12:02d}-{1 + index % 28:02d}"
            jsonl.write(json.dumps({"id": name, "text": text, "date": date}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
