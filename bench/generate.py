#!/usr/bin/env python3
"""Generates a synthetic phrasebook (deterministic from a seed) for benchmarks.

usage: bench/generate.py OUT_DIR --terms 10000 [--seed 42] [--queries queries.tsv]

The site has 5 industries, 3 roles, 3 languages (nb, sv, en), invoice codes on most terms,
customer words, explanations of 60-120 words and a few processes: the shape of a real
supplier's glossary, only bigger.
"""
import argparse, json, os, random, shutil

SYLLABLES = {
    "nb": ["frakt", "til", "legg", "gebyr", "lager", "pall", "plass", "vare", "leve", "ring", "kost", "nad", "av", "gift", "diesel", "føl", "ger", "pris", "kunde", "ord", "re", "mot", "tak", "send", "ing", "øk", "for", "sik", "bil", "bom"],
    "sv": ["frakt", "till", "ägg", "avgift", "lager", "pall", "plats", "vara", "lever", "ans", "kost", "nad", "av", "gift", "diesel", "följ", "er", "pris", "kund", "ord", "er", "mot", "tag", "sänd", "ning", "ök", "för", "säk", "bil", "väg"],
    "en": ["freight", "sur", "charge", "fee", "stor", "age", "pal", "let", "space", "deliv", "ery", "cost", "ing", "diesel", "fol", "low", "price", "cus", "tom", "er", "or", "der", "re", "ceiv", "ship", "ment", "in", "sur", "ance", "toll"],
}
ROLES = ["finance", "purchaser", "user"]
LANGS = ["nb", "sv", "en"]
INDUSTRIES = ["logistics", "warehousing", "energy", "telecom", "facilities"]


def word(rng, lang):
    return "".join(rng.choice(SYLLABLES[lang]) for _ in range(rng.randint(1, 3)))


def sentence(rng, lang, n):
    words = [word(rng, lang) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng, lang, lo, hi):
    target = rng.randint(lo, hi)
    out, count = [], 0
    while count < target:
        n = rng.randint(6, 14)
        out.append(sentence(rng, lang, n))
        count += n
    return " ".join(out)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def term_yaml(rng, i, ids):
    """One term file; returns (id, YAML text, the same data as a dict for the Hugo twin)."""
    tid = f"term-{i:05d}"
    data = {"id": tid, "term": {}, "summary": {}, "explanation": {}, "roles": {r: {} for r in ROLES}, "codes": [], "related": []}
    lines = [f"id: {tid}", "term:"]
    for lang in LANGS:
        data["term"][lang] = ' '.join(word(rng, lang) for _ in range(rng.randint(1, 3))).capitalize()
        lines.append(f"  {lang}: {q(data['term'][lang])}")
    if rng.random() < 0.2:
        data["abbreviation"] = ''.join(rng.choice('ABCDEFGHKLMNPRSTUV') for _ in range(3))
        lines.append(f"abbreviation: {q(data['abbreviation'])}")
    lines.append("customer_words:")
    data["words"] = {}
    for lang in LANGS:
        data["words"][lang] = [word(rng, lang) for _ in range(rng.randint(1, 3))]
        lines.append(f"  {lang}: [{', '.join(q(w) for w in data['words'][lang])}]")
    lines.append("summary:")
    for lang in LANGS:
        data["summary"][lang] = sentence(rng, lang, rng.randint(6, 12))
        lines.append(f"  {lang}: {q(data['summary'][lang])}")
    lines.append("explanation:")
    for lang in LANGS:
        data["explanation"][lang] = paragraph(rng, lang, 60, 120)
        lines.append(f"  {lang}: |")
        lines.append(f"    {data['explanation'][lang]}")
    lines.append("roles:")
    for role in ROLES:
        lines.append(f"  {role}:")
        for lang in LANGS:
            data["roles"][role][lang] = paragraph(rng, lang, 15, 30)
            lines.append(f"    {lang}: {q(data['roles'][role][lang])}")
    if rng.random() < 0.8:
        data["codes"] = [f"C{i:05d}"]
        lines += ["invoice:", f"  codes: [{q(f'C{i:05d}')}]", f"  example: {q(f'C{i:05d}  Line text  123,45')}"]
    if ids:
        data["related"] = rng.sample(ids, min(2, len(ids)))
        lines.append(f"related: [{', '.join(data['related'])}]")
    lines.append("processes: [process-1]")
    if rng.random() < 0.1:
        lines += ["changes:", f"  - date: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", f"    note: {{nb: {q(sentence(rng, 'nb', 8))}, sv: {q(sentence(rng, 'sv', 8))}, en: {q(sentence(rng, 'en', 8))}}}"]
    return tid, "\n".join(lines) + "\n", data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--terms", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--theme", default=os.path.join(os.path.dirname(__file__), "..", "themes"))
    ap.add_argument("--queries", help="also write search benchmark queries for the site (tests/search-quality/run.js) into this file")
    ap.add_argument("--hugo", help="also write a Hugo site with the same pages and text into this folder")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    inp = os.path.join(a.out, "input")
    os.makedirs(inp)
    shutil.copytree(a.theme, os.path.join(a.out, "themes"))
    settings = {"SiteTitle": {"nb": "Benk", "sv": "Bänk", "en": "Bench"}, "Host": "bench.example.com", "LinksUseHttps": True,
                "LinkRoot": "/", "Languages": LANGS, "Theme": "default", "OutputPath": "output"}
    with open(os.path.join(a.out, "statiq.json"), "w", encoding="utf-8") as f:
        json.dump(settings, f, ensure_ascii=False, indent=2)
    with open(os.path.join(inp, "roles.yml"), "w", encoding="utf-8") as f:
        for r in ROLES:
            f.write(f"- id: {r}\n  name: {{nb: {r.capitalize()}, sv: {r.capitalize()}, en: {r.capitalize()}}}\n  description: {{nb: Rolle {r}., sv: Roll {r}., en: Role {r}.}}\n")
    ids, terms = [], []
    for k, ind in enumerate(INDUSTRIES):
        d = os.path.join(inp, "industries", ind)
        os.makedirs(d)
        with open(os.path.join(d, "industry.yml"), "w", encoding="utf-8") as f:
            f.write(f"name: {{nb: {ind}, sv: {ind}, en: {ind}}}\n")
    for i in range(a.terms):
        tid, text, data = term_yaml(rng, i, ids[-50:])
        ids.append(tid)
        data["industry"] = INDUSTRIES[i % 5]
        terms.append(data)
        with open(os.path.join(inp, "industries", INDUSTRIES[i % 5], f"{tid}.yml"), "w", encoding="utf-8") as f:
            f.write(text)
    os.makedirs(os.path.join(inp, "processes"))
    processes = []
    for p in range(1, 4):
        for lang in LANGS:
            with open(os.path.join(inp, "processes", f"process-{p}.{lang}.md"), "w", encoding="utf-8") as f:
                body = "\n\n".join(f"## {sentence(rng, lang, 3)}\n\n{paragraph(rng, lang, 80, 150)} [{word(rng, lang)}](term:{rng.choice(ids)})" for _ in range(4))
                title = sentence(rng, lang, 4)
                processes.append((f"process-{p}", lang, title, body))
                f.write(f"---\ntitle: {q(title)}\norder: {p}\n---\n\n{body}\n")
    if a.queries:
        import search_queries
        search_queries.write(a.queries, terms, processes, LANGS, a.seed)
    if a.hugo:
        import hugo_site
        hugo_site.write(a.hugo, terms, processes, LANGS, ROLES)
    print(f"generated {a.terms} terms in {a.out}")


if __name__ == "__main__":
    main()
