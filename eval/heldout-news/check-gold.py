#!/usr/bin/env python3
"""Check the held-out gold files against the rules of GUIDELINES.md.

usage: check-gold.py [DIR]   (DIR defaults to the folder holding this script)

For every gold/NNN.json: the JSON loads, `doc` names an article in articles/, entity names are
unique, types are among the four, every alias occurs verbatim (case-insensitively) in the article,
every relation's subject and object are entity names of the file, cameo is a root code 01-20 or
"role", (subject, action, object) is listed once and the evidence occurs in the article.
Prints one line per problem and exits 1 if there is any.
"""
import json
import os
import re
import sys

TYPES = {"person", "country", "organization", "location"}


def check(root):
    problems = []
    gold_dir = os.path.join(root, "gold")
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        path = os.path.join(gold_dir, name)
        try:
            gold = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as error:
            problems.append(f"{path}: {error}")
            continue
        article = os.path.join(root, "articles", gold.get("doc", ""))
        if gold.get("doc") != name[:-5] + ".txt" or not os.path.isfile(article):
            problems.append(f"{path}: doc {gold.get('doc')!r} is not articles/{name[:-5]}.txt")
            continue
        text = open(article, encoding="utf-8").read()
        low = text.lower()
        names = set()
        for entity in gold["entities"]:
            if entity["name"] in names:
                problems.append(f"{path}: entity {entity['name']!r} listed twice")
            names.add(entity["name"])
            if entity["type"] not in TYPES:
                problems.append(f"{path}: {entity['name']!r} has type {entity['type']!r}")
            for alias in entity["aliases"]:
                if alias.lower() not in low:
                    problems.append(f"{path}: alias {alias!r} of {entity['name']!r} not in the article")
        seen = set()
        for relation in gold["relations"]:
            key = (relation["subject"], relation["action"], relation["object"])
            for end in (relation["subject"], relation["object"]):
                if end not in names:
                    problems.append(f"{path}: relation {key} names unknown entity {end!r}")
            cameo = relation["cameo"]
            if cameo != "role" and not (re.fullmatch(r"\d\d", cameo) and 1 <= int(cameo) <= 20):
                problems.append(f"{path}: relation {key} has cameo {cameo!r}")
            if key in seen:
                problems.append(f"{path}: relation {key} listed twice")
            seen.add(key)
            if relation["evidence"] not in text:
                problems.append(f"{path}: evidence of {key} not in the article")
    return problems


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    found = check(root)
    for problem in found:
        print(problem)
    print(f"{len(found)} problem(s)", file=sys.stderr)
    sys.exit(1 if found else 0)
