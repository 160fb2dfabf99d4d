#!/usr/bin/env python3
"""Writes pathological inputs of a given size, to measure that kg reads them in linear time.

Usage: scripts/hostile-text.py FOLDER MEGABYTES
Writes FOLDER/KIND-MEGABYTESmb.EXT for each kind below (docs/robustness.md has the curves).
Deterministic: the same arguments always give the same bytes.
"""
import random
import sys


def syllable_words(rng, capitalised):
    syllables = ["ka", "ro", "mi", "lan", "dor", "bel", "tri", "son", "va", "ne", "sha", "gu", "pel", "zor"]
    while True:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))
        yield word.capitalize() if capitalised else word


def fill(size, pieces):
    out, length = [], 0
    for piece in pieces:
        if length >= size:
            break
        out.append(piece)
        length += len(piece)
    return "".join(out)[:size]


def repeat(size, piece):
    return (piece * (size // len(piece) + 1))[:size]


def kinds(size, rng):
    common = ("the", "minister", "said", "talks", "with", "officials", "in", "Paris", "and", "Berlin",
              "would", "continue", "after", "NATO", "condemned", "Russia", "over", "strikes", "on", "Kyiv")
    yield "amp", "html", "<html><body><p>" + repeat(size, "&amp;") + "</p></body></html>"
    yield "amp-text", "html", "<p>" + repeat(size, "Tom &amp; Jerry ") + "</p>"
    yield "caps", "txt", fill(size, (w + " " for w in syllable_words(rng, True)))
    yield "longline", "txt", fill(size, (rng.choice(common) + (", " if rng.random() < 0.05 else " ") for _ in iter(int, 1)))
    yield "nested", "html", "<html><body>" + repeat(size, "<div>word ")
    yield "nested-hidden", "html", "<html><body>" + repeat(size, "<nav><span>word ") + "</span>"
    yield "script", "html", "<html><body><p>Russia condemned NATO.</p><script>" + repeat(size, "var a = '<p>x</p>'; ") + "</script><p>The end.</p>"
    yield "quotes", "txt", repeat(size, "\"([{'\u201c\u2018") + "\n"
    yield "table", "txt", fill(size, ((" ".join(str(rng.randint(0, 99999)) for _ in range(8)) + "\n") for _ in iter(int, 1)))
    yield "table", "html", "<table>" + fill(size, ("<tr>" + "".join(f"<td>{rng.randint(0, 99999)}</td>" for _ in range(8)) + "</tr>\n" for _ in iter(int, 1))) + "</table>"


def main():
    folder, megabytes = sys.argv[1], int(sys.argv[2])
    size = megabytes * 1_000_000
    for name, extension, text in kinds(size, random.Random(megabytes)):
        with open(f"{folder}/{name}-{megabytes}mb.{extension}", "w", encoding="utf-8") as file:
            file.write(text)


if __name__ == "__main__":
    main()
