#!/usr/bin/env python3
"""Turn UD English GUM into a held-out entity evaluation set for kg.

For each GUM document (`# newdoc id = GUM_news_nasa`) writes into OUT_DIR:
  GUM_news_nasa.txt   the article as plain text, rebuilt from the tokens (SpaceAfter=No), one
                      paragraph per `# newpar`, paragraphs separated by a blank line
  GUM_news_nasa.json  its gold file in the format of ../shared/eval/GUIDELINES.md: the NAMED
                      person, place and organization entities of GUM's entity layer, with
                      "relations": [] (GUM has no relation layer)

How GUM's entity layer becomes gold entities (docs/evaluation.md explains why):
  - a mention names its entity when its syntactic head is a proper noun (UPOS PROPN) that is not a
    title (`the Secretary-General`) and not a coordination (`Leucippus and Democritus`), or when a
    proper noun stands in apposition to its head (`the prominent critic Eduard Hanslick`); its
    alias is the run of proper nouns around that word (`the University of California, which ...`
    gives `University of California`), cut from the rebuilt text so it occurs there verbatim;
    for persons, the name after a leading title is an alias too (`Senator John Cornyn`);
  - mentions are grouped by GUM's entity group id; groups that share a Wikipedia identity or,
    lacking one, a named form and a type are one entity;
  - an entity is kept when its GUM type is person, place or organization and a mention names it;
    person entities named only by plural proper nouns (`Czechs`, `Democrats`) are groups, not
    people, and are dropped;
  - place becomes country when its identity (or, lacking one, its name or an alias) is a sovereign
    state per Debian iso-codes (ISO 3166-1 name, common or official name, minus dependent
    territories) or a usual short name (`Britain`, `US`, `America`); otherwise location;
  - name: the identity, underscores as spaces (`Antonín_Dvořák`), else the longest alias without
    a title.

Only the standard library is used. The output is derived data: write it to a scratch folder.
"""
import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from urllib.parse import unquote

GENRES_ALL = "all"
KEPT_TYPES = {"person": "person", "organization": "organization", "place": "place"}
ISO_3166 = "/usr/share/iso-codes/json/iso_3166-1.json"

# ISO 3166-1 codes that are territories, not sovereign states (the list has no such flag).
DEPENDENT_TERRITORIES = set("""
AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ
MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT
""".split())

# Short names news text uses that ISO 3166-1 does not list, and a few states that no longer exist.
USUAL_STATE_NAMES = """
Britain|Great Britain|UK|United Kingdom|US|USA|United States|America|
United States of America|Russia|Soviet Union|USSR|Iran|Syria|North Korea|South Korea|Korea|
Vietnam|Laos|Bolivia|Venezuela|Tanzania|Moldova|Czech Republic|Czechia|Czechoslovakia|Yugoslavia|
Holland|Taiwan|Palestine|Vatican|Vatican City|Kosovo|Ivory Coast|Macedonia|Burma|Swaziland|
East Germany|West Germany|Austria-Hungary|Brunei|Cape Verde|Micronesia|Turkey|Congo
"""

# Capitalised heads of person mentions that name a role or a kind of person, not the person.
PERSON_ROLE_WORDS = set("""
president vice-president president-elect premier minister secretary secretary-general director-general
director governor governor-general senator representative congressman congresswoman mp mayor king
queen prince princess emperor empress pope chancellor chairman chairwoman chair ceo administrator
ambassador spokesman spokeswoman spokesperson general admiral colonel captain major sergeant
lieutenant commander attorney attorney-general judge justice rector dean professor doctor dr mr mrs
ms sir lord lady madam mother father sister brother saint leader sheriff officer commissioner
speaker whip fellow vice deputy prime chief reverend mister miss
individual mankind humanity republican democrat libertarian conservative liberal socialist
""".split())

NAME_CONNECTORS = {"of", "the", "and", "&", "for", "de", "du", "des", "la", "le", "von", "van", "der",
                   "den", "del", "da", "di", "al", "el", "y", "on", "upon", "-", ".", "'"}


class ConversionError(Exception):
    """Input the converter cannot read, with the file and line to look at."""


def state_key(text):
    """Comparable form of a state name: `the U.S.` -> `us`."""
    text = unicodedata.normalize("NFKC", text).lower().replace("_", " ")
    text = re.sub(r"\s*\(.*\)$", "", text)  # Wikipedia disambiguation: `Georgia (country)`
    text = re.sub(r"[.\u2019']", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def sovereign_state_names(iso_path=ISO_3166):
    """Keys (see state_key) of every sovereign state's name, common name and official name."""
    names = {state_key(n) for n in USUAL_STATE_NAMES.replace("\n", "").split("|") if n.strip()}
    try:
        with open(iso_path, encoding="utf-8") as f:
            entries = json.load(f)["3166-1"]
    except (OSError, ValueError, KeyError) as error:
        print(f"gum-to-gold.py: warning: {iso_path}: {error}; using the built-in short list only",
              file=sys.stderr)
        return names
    for entry in entries:
        if entry.get("alpha_2") in DEPENDENT_TERRITORIES:
            continue
        for field in ("name", "common_name", "official_name"):
            if entry.get(field):
                names.add(state_key(entry[field]))
                # `Korea, Republic of` -> also `Republic of Korea`
                if ", " in entry[field]:
                    head, tail = entry[field].split(", ", 1)
                    names.add(state_key(f"{tail} {head}"))
    return names


# ----------------------------------------------------------------------------------------------
# Reading CoNLL-U

class Word:
    """One syntactic word of a sentence (CoNLL-U id, form, UPOS, XPOS, head, MISC)."""
    __slots__ = ("index", "form", "lemma", "upos", "xpos", "head", "deprel", "misc", "start", "end", "sentence")

    def __init__(self, index, form, lemma, upos, xpos, head, deprel, misc):
        self.index, self.form, self.lemma, self.upos, self.xpos, self.head, self.deprel, self.misc = \
            index, form, lemma, upos, xpos, head, deprel, misc
        self.start = self.end = 0
        self.sentence = None


class Sentence:
    def __init__(self, new_paragraph, line):
        self.new_paragraph = new_paragraph
        self.line = line
        self.words = []      # Word, in order
        self.surface = []    # (form, space_after, [Word...]): the tokens as written


class Document:
    def __init__(self, doc_id, line):
        self.id = doc_id
        self.line = line
        self.sentences = []

    @property
    def genre(self):
        parts = self.id.split("_")
        return parts[1] if len(parts) > 2 else ""


def parse_misc(field):
    if field == "_":
        return {}
    pairs = {}
    for item in field.split("|"):
        key, _, value = item.partition("=")
        pairs[key] = value
    return pairs


def read_documents(path):
    """The documents of a CoNLL-U file, with their sentences, words and surface tokens."""
    documents = []
    document = None
    sentence = None
    pending_paragraph = False
    range_token = None  # (first, last, form, space_after, words)
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("#"):
                if line.startswith("# newdoc id ="):
                    document = Document(line.split("=", 1)[1].strip(), number)
                    documents.append(document)
                    pending_paragraph = True
                elif line.strip() == "# newpar" or line.startswith("# newpar "):
                    pending_paragraph = True
                continue
            if not line.strip():
                sentence = None
                range_token = None
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ConversionError(f"{path}:{number}: expected 10 tab-separated columns, found {len(cols)}")
            if document is None:
                raise ConversionError(f"{path}:{number}: a token before any '# newdoc id ='")
            if sentence is None:
                sentence = Sentence(pending_paragraph or not document.sentences, number)
                pending_paragraph = False
                document.sentences.append(sentence)
            token_id, form = cols[0], cols[1]
            misc = parse_misc(cols[9])
            space_after = misc.get("SpaceAfter") != "No"
            if "." in token_id:
                continue  # empty node: no text
            if "-" in token_id:
                first, last = (int(x) for x in token_id.split("-"))
                range_token = [first, last, form, space_after, []]
                sentence.surface.append(range_token)
                continue
            try:
                word = Word(int(token_id), form, cols[2], cols[3], cols[4], int(cols[6]) if cols[6] != "_" else 0,
                            cols[7], misc)
            except ValueError:
                raise ConversionError(f"{path}:{number}: bad token id or head: {cols[0]!r}, {cols[6]!r}")
            word.sentence = sentence
            sentence.words.append(word)
            if range_token is not None and range_token[0] <= word.index <= range_token[1]:
                range_token[4].append(word)
            else:
                range_token = None
                sentence.surface.append([word.index, word.index, form, space_after, [word]])
    return documents


def render_text(document, sentence_per_line=False):
    """The document's text; sets each word's character span in it."""
    parts = []
    length = 0

    def emit(text):
        nonlocal length
        parts.append(text)
        length += len(text)

    for number, sentence in enumerate(document.sentences):
        if number:
            emit("\n\n" if sentence.new_paragraph else ("\n" if sentence_per_line else " "))
        for position, (_, _, form, space_after, words) in enumerate(sentence.surface):
            start = length
            emit(form)
            if len(words) > 1 and "".join(w.form for w in words) == form:
                offset = start
                for w in words:
                    w.start, w.end = offset, offset + len(w.form)
                    offset = w.end
            else:
                for w in words:  # a contraction spelled differently from its words: the whole token
                    w.start, w.end = start, length
            if space_after and position < len(sentence.surface) - 1:
                emit(" ")
    return "".join(parts) + "\n"


# ----------------------------------------------------------------------------------------------
# The entity layer

ENTITY_PART = re.compile(r"\((\d+)-([^()]*)(\))?|(\d+)\)")


class Mention:
    __slots__ = ("group", "etype", "identity", "words", "first", "last")

    def __init__(self, group, etype, identity, words, first, last):
        self.group, self.etype, self.identity, self.words = group, etype, identity, words
        self.first, self.last = first, last  # positions of its first and last word in the document


def read_mentions(document, path):
    """Every entity mention of the document, from MISC `Entity=` brackets."""
    mentions = []
    open_mentions = defaultdict(list)  # group -> [(etype, identity, first word position)]
    words = [w for s in document.sentences for w in s.words]
    for position, word in enumerate(words):
        value = word.misc.get("Entity")
        if not value:
            continue
        for match in ENTITY_PART.finditer(value):
            opened, fields, closed_at_once, closed = match.groups()
            if opened:
                # GRP-etype-infstat-salience-centering-minspan-link-identity; identities have no '-'
                # in practice, but split at most 6 times after the group so one would survive.
                parts = fields.split("-", 6)
                etype = parts[0] if parts else ""
                identity = unquote(parts[6]) if len(parts) > 6 and parts[6] not in ("", "_") else None
                if closed_at_once:
                    mentions.append(Mention(opened, etype, identity, words[position:position + 1], position, position))
                else:
                    open_mentions[opened].append((etype, identity, position))
            else:
                if not open_mentions[closed]:
                    raise ConversionError(f"{path}: document {document.id}: entity {closed} closes "
                                          f"at word {word.index} of the sentence at line "
                                          f"{word.sentence.line} but was never opened")
                etype, identity, first = open_mentions[closed].pop()
                mentions.append(Mention(closed, etype, identity, words[first:position + 1], first, position))
    return mentions


def head_word(words):
    """The mention's syntactic head: its first word whose head lies outside the mention."""
    inside = {(id(w.sentence), w.index) for w in words}
    for w in words:
        if w.head == 0 or (id(w.sentence), w.head) not in inside:
            return w
    return words[0]


def is_name_word(word):
    return word.upos == "PROPN" or word.xpos in ("NNP", "NNPS")


def is_connector(word):
    """A word that may sit inside a name between proper nouns: `of`, `&`, `51st`, `No. 9`."""
    return (word.lemma.lower() in NAME_CONNECTORS or word.form.lower() in NAME_CONNECTORS
            or any(c.isdigit() for c in word.form))


def is_coordination(words, head):
    """`Leucippus and Democritus`: a mention of a group, not of one named thing."""
    return any(w.deprel == "conj" and w.head == head.index and w.sentence is head.sentence for w in words)


def is_title(head):
    """`the Secretary-General`, `NASA Administrator`, `a Republican`: a role, not a person's name."""
    return head.lemma.lower().strip(".") in PERSON_ROLE_WORDS or head.form.lower().strip(".") in PERSON_ROLE_WORDS


def name_run(words, head, allowed=None):
    """The proper nouns around the head, joined by inner connectors (`of`, `&`, `-`).

    With `allowed` (a set of word ids), the run stays within those words.
    """
    if allowed is not None:
        words = [w for w in words if id(w) in allowed or w is head]
    i = words.index(head)
    first = last = i
    k = i + 1
    while k < len(words):
        if is_name_word(words[k]):
            last = k
            k += 1
        elif is_connector(words[k]):
            k += 1
        else:
            break
    k = i - 1
    while k >= 0:
        if is_name_word(words[k]):
            first = k
            k -= 1
        elif is_connector(words[k]) and words[k].lemma.lower() != "the":
            k -= 1
        else:
            break
    return words[first:last + 1]


def named_words(mention, covered):
    """The words that name the mention's entity, or None when the mention does not name it.

    `covered` holds the ids of words inside nested mentions of other entities (`Berlin` in `the
    Berlin critic Louis Ehlert`): a name found there names something else.
    """
    words = mention.words
    if words[0].sentence is not words[-1].sentence:
        return None
    head = head_word(words)
    if is_coordination(words, head):
        return None
    if head.upos == "PROPN" and not (mention.etype == "person" and is_title(head)):
        return name_run(words, head)
    # A name in apposition to a common noun or a title: `the prominent critic Eduard Hanslick`.
    allowed = {id(w) for w in words if id(w) not in covered}
    for w in words:
        if (w.upos == "PROPN" and id(w) in allowed and w.head == head.index and w.sentence is head.sentence
                and w.deprel.split(":")[0] in ("appos", "flat")):
            return name_run(words, w, allowed)
    return None


def without_titles(words, covered):
    """The name after any leading title: `U.S. Senator John Cornyn` -> `John Cornyn`; None if no title."""
    last_title = None
    for i, w in enumerate(words):
        if is_title(w):
            last_title = i
    if last_title is None:
        return None
    rest = words[last_title + 1:]
    while rest and (id(rest[0]) in covered or not is_name_word(rest[0]) or rest[0].form.islower()):
        rest = rest[1:]
    return rest or None


def covered_words(mention, mentions_by_first):
    """Ids of the words of `mention` that lie inside nested mentions of other entities."""
    covered = set()
    for first in range(mention.first, mention.last + 1):
        for inner in mentions_by_first.get(first, ()):
            if inner.group != mention.group and inner.last <= mention.last and inner is not mention:
                covered.update(id(w) for w in inner.words)
    return covered


def surface(text, words):
    return text[words[0].start:words[-1].end]


# ----------------------------------------------------------------------------------------------
# Gold entities

def identity_name(identity):
    """`Georgia_(country)` -> `Georgia`."""
    return re.sub(r"\s*\([^()]*\)$", "", identity.replace("_", " ")).strip()


def alias_key(text):
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"^the ", "", re.sub(r"\s+", " ", text).strip())


def gold_entities(document, text, mentions, states, stats):
    """The document's named person, organization and place entities as gold-file dicts."""
    groups = defaultdict(lambda: {"etypes": Counter(), "identities": Counter(), "aliases": [],
                                  "bare": set(), "plural_only": True})
    mentions_by_first = defaultdict(list)
    for m in mentions:
        mentions_by_first[m.first].append(m)
    for m in mentions:
        g = groups[m.group]
        g["etypes"][m.etype] += 1
        if m.identity:
            g["identities"][m.identity] += 1
        covered = covered_words(m, mentions_by_first)
        name = named_words(m, covered)
        if not name:
            continue
        aliases = [surface(text, name).strip()]
        if m.etype == "person":  # `NASA Administrator Charles Bolden` also as `Charles Bolden`
            bare = without_titles(name, covered)
            if bare:
                aliases.append(surface(text, bare).strip())
        for alias in aliases:
            if alias and alias not in g["aliases"]:
                g["aliases"].append(alias)
        g["bare"].add(aliases[-1])
        if [w for w in name if is_name_word(w)][-1].xpos != "NNPS":  # `San Franciscans`: a group
            g["plural_only"] = False

    # Merge groups naming one thing: the same identity, or the same type and a shared named form.
    parent = {k: k for k in groups}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    seen = {}
    for key, g in groups.items():
        etype = g["etypes"].most_common(1)[0][0]
        labels = [("id", g["identities"].most_common(1)[0][0])] if g["identities"] else []
        labels += [("form", etype, alias_key(a)) for a in g["aliases"]]
        for label in labels:
            if label in seen:
                parent[find(key)] = find(seen[label])
            else:
                seen[label] = key
    merged = defaultdict(list)
    for key in groups:
        merged[find(key)].append(groups[key])

    entities = []
    for parts in merged.values():
        etypes = sum((g["etypes"] for g in parts), Counter())
        etype = etypes.most_common(1)[0][0]
        identities = sum((g["identities"] for g in parts), Counter())
        identity = identities.most_common(1)[0][0] if identities else None
        aliases = []
        for g in parts:
            aliases += [a for a in g["aliases"] if a not in aliases]
        if etype not in KEPT_TYPES:
            if aliases:
                stats["dropped named " + etype] += 1
            continue
        if not aliases:
            if identity:
                stats["dropped unnamed with identity " + etype] += 1
            continue
        if etype == "person" and all(g["plural_only"] for g in parts if g["aliases"]):
            stats["dropped plural person (group)"] += 1
            continue
        if identity:
            name = identity_name(identity)
        else:
            bare = [a for g in parts for a in g["bare"] if a] or aliases
            name = max(bare, key=lambda a: (len(a.split()), len(a), a))
        kind = KEPT_TYPES[etype]
        if kind == "place":
            if identity:
                is_state = state_key(identity) in states
            else:
                is_state = any(state_key(a) in states for a in aliases)
            kind = "country" if is_state else "location"
        stats[kind] += 1
        entities.append({"name": name, "type": kind, "aliases": sorted(aliases)})
    entities.sort(key=lambda e: (e["type"], e["name"]))
    return entities


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir", help="folder to write <doc>.txt and <doc>.json into (created if needed)")
    ap.add_argument("--split", choices=("dev", "test", "train"), default="test",
                    help="which GUM split to read (default: test)")
    ap.add_argument("--conllu", help="the CoNLL-U file to read (default: en_gum-ud-SPLIT.conllu in --data-dir)")
    ap.add_argument("--data-dir", help="folder of the GUM files (default: $KG_SHARED/data/ud-english-gum, "
                                       "else ../shared/data/ud-english-gum next to this repository)")
    ap.add_argument("--genres", default=GENRES_ALL,
                    help="comma-separated genres to keep (news, interview, bio, speech, voyage, textbook, "
                         "conversation, vlog) or 'all' (default)")
    ap.add_argument("--limit", type=int, default=0, help="keep at most this many documents (after --genres)")
    ap.add_argument("--sentence-per-line", action="store_true",
                    help="put each sentence on its own line (default: sentences of a paragraph on one line)")
    args = ap.parse_args()

    path = args.conllu
    if not path:
        data_dir = args.data_dir
        if not data_dir:
            shared = os.environ.get("KG_SHARED") or os.path.join(
                os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared")
            data_dir = os.path.join(shared, "data", "ud-english-gum")
        path = os.path.join(data_dir, f"en_gum-ud-{args.split}.conllu")
    if not os.path.isfile(path):
        sys.exit(f"gum-to-gold.py: {path}: no such file (give --conllu or --data-dir)")

    try:
        documents = read_documents(path)
    except (ConversionError, UnicodeDecodeError) as error:
        sys.exit(f"gum-to-gold.py: {error}")
    if args.genres != GENRES_ALL:
        wanted = {g.strip() for g in args.genres.split(",") if g.strip()}
        documents = [d for d in documents if d.genre in wanted]
    if args.limit:
        documents = documents[:args.limit]
    if not documents:
        sys.exit(f"gum-to-gold.py: {path}: no documents of genres {args.genres}")

    states = sovereign_state_names()
    # Convert everything before writing anything: bad input leaves no half-written folder.
    stats = Counter()
    outputs = []
    for document in documents:
        text = render_text(document, args.sentence_per_line)
        try:
            mentions = read_mentions(document, path)
        except ConversionError as error:
            sys.exit(f"gum-to-gold.py: {error}")
        gold = {"doc": document.id + ".txt",
                "entities": gold_entities(document, text, mentions, states, stats), "relations": []}
        outputs.append((document.id, text, gold))
    try:
        os.makedirs(args.out_dir, exist_ok=True)
        for name, text, gold in outputs:
            base = os.path.join(args.out_dir, name)
            with open(base + ".txt", "w", encoding="utf-8") as f:
                f.write(text)
            with open(base + ".json", "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=2)
                f.write("\n")
    except OSError as error:
        sys.exit(f"gum-to-gold.py: {args.out_dir}: cannot write: {error.strerror}")
    kept = ", ".join(f"{stats[k]} {k}" for k in ("person", "organization", "country", "location"))
    dropped = ", ".join(f"{v} {k[len('dropped '):]}" for k, v in sorted(stats.items()) if k.startswith("dropped "))
    print(f"gum-to-gold.py: {len(documents)} documents from {os.path.basename(path)} -> {args.out_dir}: "
          f"{kept}; dropped: {dropped or 'none'}", file=sys.stderr)


if __name__ == "__main__":
    main()
