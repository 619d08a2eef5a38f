"""The Hugo twin of a generated phrasebook: the same number of pages with the same text, so
bench/run.sh can set Phrasebook's build time beside Hugo's (Debian's hugo).

Per language: a page per term (explanation and every role's text), a page per invoice code
(summary, example and role texts), a page per role listing every term with that role's text,
industry pages (a taxonomy), the A-Z (the terms section) and the codes index; plus one short-link
page per code, as Phrasebook writes /c/{code}/.
"""
import json
import os
import shutil

BASEOF = """<!doctype html>
<html lang="{{ .Site.Language.Lang }}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
<meta name="description" content="{{ .Params.summary }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="/site.css">
</head>
<body>
<header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav><a href="{{ "terms/" | relLangURL }}">A-Z</a> <a href="{{ "codes/" | relLangURL }}">Codes</a>
{{ range .Site.Home.Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.Lang }}</a> {{ end }}</nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ .Site.Title }}</p></footer>
</body>
</html>
"""

SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1>
{{ with .Params.summary }}<p class="lead">{{ . }}</p>{{ end }}
{{ .Content }}
{{ with .Params.related }}<h2>Related</h2><ul>{{ range . }}{{ with site.GetPage (printf "/terms/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}{{ end }}</ul>{{ end }}
</article>{{ end }}
"""

LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
"""

ROLE = """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $role := .Params.role }}
{{ range (where site.RegularPages "Section" "terms").ByTitle }}<section><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p>{{ .Params.summary }}</p>{{ with index .Params.roles $role }}{{ . | markdownify }}{{ end }}</section>
{{ end }}{{ end }}
"""

SHORT = """<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title>
<meta http-equiv="refresh" content="0; url={{ .Params.target }}"></head>
<body><a href="{{ .Params.target }}">{{ .Title }}</a></body></html>
"""


def q(s):
    return json.dumps(s, ensure_ascii=False)


def page(path, front, body=""):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(front, ensure_ascii=False, indent=1) + "\n\n" + body + "\n")


def write(out, terms, processes, langs, roles):
    if os.path.exists(out):
        shutil.rmtree(out)
    layouts = os.path.join(out, "layouts")
    for name, text in {"_default/baseof.html": BASEOF, "_default/single.html": SINGLE, "_default/list.html": LIST,
                       "_default/taxonomy.html": LIST, "_default/term.html": LIST, "roles/single.html": ROLE, "c/single.html": SHORT}.items():
        os.makedirs(os.path.dirname(os.path.join(layouts, name)), exist_ok=True)
        with open(os.path.join(layouts, name), "w", encoding="utf-8") as f:
            f.write(text)
    config = ["baseURL = 'https://bench.example.com/'", "title = 'Bench'", f"defaultContentLanguage = '{langs[0]}'",
              "defaultContentLanguageInSubdir = true", "disableKinds = ['RSS']", "[taxonomies]", "  industry = 'industries'", "[languages]"]
    for w, lang in enumerate(langs, 1):
        config += [f"  [languages.{lang}]", f"    contentDir = 'content/{lang}'", f"    weight = {w}"]
    with open(os.path.join(out, "config.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(config) + "\n")
    os.makedirs(os.path.join(out, "static"))
    with open(os.path.join(out, "static", "site.css"), "w", encoding="utf-8") as f:
        f.write("body{font-family:sans-serif}\n")

    for lang in langs:
        content = os.path.join(out, "content", lang)
        page(os.path.join(content, "_index.md"), {"title": "Home"}, "Welcome.")
        page(os.path.join(content, "terms", "_index.md"), {"title": "A-Z"})
        page(os.path.join(content, "codes", "_index.md"), {"title": "Codes"})
        for t in terms:
            role_text = {r: t["roles"][r][lang] for r in roles}
            body = t["explanation"][lang] + "".join(f"\n\n## {r.capitalize()}\n\n{role_text[r]}" for r in roles)
            page(os.path.join(content, "terms", t["id"] + ".md"),
                 {"title": t["term"][lang], "summary": t["summary"][lang], "industries": [t["industry"]],
                  "roles": role_text, "related": t["related"], "codes": t["codes"]}, body)
            for code in t["codes"]:
                body = f"{t['summary'][lang]}\n\n`{code}  Line text  123,45`" + "".join(f"\n\n## {r.capitalize()}\n\n{role_text[r]}" for r in roles)
                page(os.path.join(content, "codes", code.lower() + ".md"), {"title": code, "summary": t["summary"][lang]}, body)
                if lang == langs[0]:
                    page(os.path.join(content, "c", code.lower() + ".md"),
                         {"title": code, "url": f"/c/{code.lower()}/", "target": f"/{lang}/codes/{code.lower()}/"})
        for r in roles:
            page(os.path.join(content, "roles", r + ".md"), {"title": r.capitalize(), "role": r})
        for pid, plang, title, body in processes:
            if plang == lang:
                page(os.path.join(content, "processes", pid + ".md"), {"title": title}, body.replace("](term:", "](/" + lang + "/terms/"))
