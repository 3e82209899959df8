#!/usr/bin/env python3
"""Check the labels of a corpus in ../shared/corpus's format: every label names an existing report,
lines lie inside it, kinds and verdicts are known, and every mutate's `find` occurs exactly once on its
line (so score.py can apply it). Usage: python3 test/corpus/check_labels.py [CORPUS_DIR]"""
import glob, json, os, sys

KINDS = {"sum", "share", "rate", "product", "score", "count", "year", "date", "structure", "text"}
VERDICTS = {"ok", "error", "rounding"}


def main():
    corpus = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
    problems = 0
    n_items = 0
    for path in sorted(glob.glob(os.path.join(corpus, "labels", "*.json"))):
        label = json.load(open(path, encoding="utf-8"))
        report = os.path.join(corpus, label["file"])
        if not os.path.exists(report):
            print(f"{path}: no report {label['file']}"); problems += 1; continue
        lines = open(report, encoding="utf-8").read().split("\n")
        for k, it in enumerate(label["items"]):
            n_items += 1
            where = f"{os.path.basename(path)} item {k}"
            a, b = it["lines"]
            if not (1 <= a <= b <= len(lines)):
                print(f"{where}: lines {a}-{b} outside 1-{len(lines)}"); problems += 1
            if it["kind"] not in KINDS:
                print(f"{where}: unknown kind {it['kind']}"); problems += 1
            if it["verdict"] not in VERDICTS:
                print(f"{where}: unknown verdict {it['verdict']}"); problems += 1
            mu = it.get("mutate")
            if mu:
                if it["verdict"] != "ok":
                    print(f"{where}: mutate on a non-ok item"); problems += 1
                i = mu["line"] - 1
                if not (0 <= i < len(lines)) or lines[i].count(mu["find"]) != 1:
                    print(f"{where}: mutate find {mu['find']!r} does not occur exactly once on line {mu['line']}"); problems += 1
                if not (a - 1 <= mu["line"] <= b + 1):
                    print(f"{where}: mutate line {mu['line']} outside the item's lines {a}-{b}"); problems += 1
                if mu["find"] == mu["replace"]:
                    print(f"{where}: mutate changes nothing"); problems += 1
    print(f"{n_items} items, {problems} problems")
    return problems == 0


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
