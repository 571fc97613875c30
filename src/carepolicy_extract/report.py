"""OUT/report.html, the researcher's review page, built from the run's own output files.

One self-contained file (inline CSS, inline JS, inline SVG charts; no fonts,
images or scripts from anywhere else), so it can be opened from file://, mailed
or archived next to the data. A Content-Security-Policy meta tag forbids the
browser to fetch anything.

It shows: the run summary (documents ok/failed/skipped, measures, warnings by
code, repairs by kind); charts of measures by region and by category; the files
that failed or were skipped; and a view per document — its cleaned text with
every measure highlighted and numbered, its measures, policies, warnings and
repairs. Select boxes (or `report.html#category=pay&warning=count_mismatch`)
filter the documents by warning code and the measures by category.

Large runs: the summary and charts always count every document. Per-document
views are given to every document when there are at most MAX_VIEWS documents;
past that, only to documents with measures or warnings, the first MAX_VIEWS of
them in input order, and the rest are counted. A document's text is shown up to
MAX_TEXT characters. So the report stays a few megabytes whatever the run.
"""
from __future__ import annotations

import json
from collections import Counter
from html import escape
from pathlib import Path

from .writer import atomic_open

MAX_VIEWS = 300        # documents with a full view
MAX_TEXT = 20_000      # characters of a document's text shown
MAX_PROBLEMS = 500     # failed or skipped files listed
MAX_QUIET = 1_000      # documents without a view listed by name
MAX_REGIONS = 15       # regions with a bar of their own
NO_REGION = "(no region)"
NONE = "-"             # filter value: documents without warnings, measures without category


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _labels() -> dict[str, str]:
    try:
        from .classify import labels
        return labels()
    except Exception:   # a broken taxonomy must not cost the report: ids stand in for labels
        return {}


# ---------------------------------------------------------------- reading the run

class _Run:
    def __init__(self, out: Path):
        self.out = out
        self.manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
        self.files: list[dict] = self.manifest.get("files", [])
        self.labels = _labels()
        self.by_region: Counter = Counter()
        self.by_category: Counter = Counter()
        self.uncategorized = 0
        self.measures = 0
        self.warn_docs: Counter = Counter()      # code → documents
        self.warn_count: Counter = Counter()     # code → occurrences
        self.repair_docs: Counter = Counter()
        self.repair_count: Counter = Counter()
        self.views: list[str] = []
        self.quiet: list[tuple[str, str | None]] = []
        self.not_shown = 0
        self.unreadable: list[str] = []

    def read(self) -> None:
        ok = [f for f in self.files if f.get("status") == "ok" and f.get("doc_id")]
        view_all = len(ok) <= MAX_VIEWS
        for f in ok:
            for code in f.get("warnings", []):
                self.warn_count[code] += 1
            for code in set(f.get("warnings", [])):
                self.warn_docs[code] += 1
            path = self.out / "documents" / f"{f['doc_id']}.json"
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.unreadable.append(f["doc_id"])
                continue
            self._count(doc)
            interesting = bool(doc.get("measures") or doc.get("warnings"))
            if (view_all or interesting) and len(self.views) < MAX_VIEWS:
                self.views.append(_doc_view(doc, len(self.views) + 1, self.labels))
            elif interesting:
                self.not_shown += 1
            elif len(self.quiet) < MAX_QUIET:
                self.quiet.append((doc.get("doc_id", f["doc_id"]), doc.get("title")))
            else:
                self.not_shown += 1

    def _count(self, doc: dict) -> None:
        regions = {p.get("index"): p.get("region") for p in doc.get("policies", [])}
        for m in doc.get("measures", []):
            self.measures += 1
            self.by_region[regions.get(m.get("policy_index")) or NO_REGION] += 1
            cats = m.get("categories") or []
            self.by_category.update(cats)
            if not cats:
                self.uncategorized += 1
        for r in doc.get("repairs", []):
            if r.get("count"):
                self.repair_docs[r["kind"]] += 1
                self.repair_count[r["kind"]] += r["count"]

    def category_ids(self) -> list[str]:
        known = list(self.labels)
        return known + sorted(c for c in self.by_category if c not in self.labels)


# ---------------------------------------------------------------- pieces of the page

def _chip(cid: str, labels: dict[str, str]) -> str:
    return f'<span class="cat c-{_e(cid)}" title="{_e(cid)}">{_e(labels.get(cid, cid))}</span>'


def _bar_chart(title: str, rows: list[tuple[str, int, str | None]]) -> str:
    """Horizontal bars as inline SVG; a row with a link filters the page when clicked."""
    if not rows:
        return f'<figure class="chart"><figcaption>{_e(title)}</figcaption><p class="muted">no measures</p></figure>'
    label_w, bar_w, row_h = 250, 280, 24
    top = max(v for _, v, _ in rows) or 1
    height = row_h * len(rows) + 8
    parts = [f'<figure class="chart"><figcaption>{_e(title)}</figcaption>'
             f'<svg viewBox="0 0 {label_w + bar_w + 60} {height}" width="100%" role="img" '
             f'aria-label="{_e(title)}">']
    for i, (label, value, link) in enumerate(rows):
        y = 4 + i * row_h
        w = max(2, round(bar_w * value / top)) if value else 0
        short = label if len(label) <= 30 else label[:29] + "…"
        bar = (f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" class="lbl">{_e(short)}</text>'
               f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 8}" rx="3" class="bar"/>'
               f'<text x="{label_w + w + 6}" y="{y + 16}" class="val">{value}</text>')
        bar = f'<title>{_e(label)}: {value}</title>{bar}'
        parts.append(f'<a href="{_e(link)}" class="barlink">{bar}</a>' if link else f'<g>{bar}</g>')
    parts.append("</svg></figure>")
    return "".join(parts)


def _table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    """A table of already escaped cells."""
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _highlighted(text: str, measures: list[dict], prefix: str, labels: dict[str, str]) -> tuple[str, bool]:
    """The text escaped, each measure's span in a numbered <mark>; (html, cut) where cut says
    the text was longer than MAX_TEXT."""
    limit = min(len(text), MAX_TEXT)
    parts, pos = [], 0
    order = sorted(range(len(measures)), key=lambda k: tuple(measures[k].get("span") or (0, 0)))
    for k in order:
        m = measures[k]
        start, end = (m.get("span") or (0, 0))[:2]
        start, end = max(start, pos, 0), min(end, limit)
        if start >= limit:
            continue          # beyond the text shown: listed in the table only
        end = max(end, start)
        parts.append(_e(text[pos:start]))
        cats = m.get("categories") or []
        tip = f'{m.get("id", "")} · ' + (", ".join(labels.get(c, c) for c in cats) or "no category")
        parts.append(f'<mark class="m" id="{prefix}-{k + 1}" data-measure="{_e(m.get("id"))}" '
                     f'data-categories="{_e(" ".join(cats))}" title="{_e(tip)}">'
                     f'<span class="badge">{k + 1}</span>{_e(text[start:end])}</mark>')
        pos = end
    parts.append(_e(text[pos:limit]))
    return "".join(parts), len(text) > limit


def _doc_view(doc: dict, n: int, labels: dict[str, str]) -> str:
    prefix = f"d{n}-m"
    measures = doc.get("measures", [])
    warnings = doc.get("warnings", [])
    repairs = doc.get("repairs", [])
    policies = doc.get("policies", [])
    codes = " ".join(sorted({w.get("code", "") for w in warnings}))
    doc_cats = " ".join(sorted({c for m in measures for c in (m.get("categories") or [])}))
    src = doc.get("source", {})
    meta = [x for x in (doc.get("published"), doc.get("outlet"), src.get("path"), src.get("encoding"),
                        src.get("format"), f"{len(doc.get('text', ''))} characters") if x]
    out = [f'<article class="doc" id="doc-{n}" data-doc="{_e(doc.get("doc_id"))}" '
           f'data-warnings="{_e(codes)}" data-categories="{_e(doc_cats)}">',
           f'<header><h3><span class="docid">{_e(doc.get("doc_id"))}</span> {_e(doc.get("title") or "(no title)")}</h3>'
           f'<p class="muted">{" · ".join(_e(x) for x in meta)}</p></header>']

    if warnings:
        items = "".join(f'<li><code>{_e(w.get("code"))}</code> {_e(w.get("message"))}</li>' for w in warnings)
        out.append(f'<div class="warnings"><h4>Warnings</h4><ul>{items}</ul></div>')

    if measures:
        rows = []
        for k, m in enumerate(measures, 1):
            cats = m.get("categories") or []
            rows.append(
                f'<tr class="mrow" data-measure="{_e(m.get("id"))}" data-categories="{_e(" ".join(cats))}">'
                f'<td><a class="badge" href="#{prefix}-{k}">{k}</a></td><td><code>{_e(m.get("marker"))}</code></td>'
                f'<td>{_e(m.get("title") or "")}'
                + (f'<div class="muted">{_e(m.get("group"))}</div>' if m.get("group") else "")
                + f'</td><td>{"".join(_chip(c, labels) for c in cats) or "<span class=muted>–</span>"}</td>'
                f'<td class="kw">{_e(" · ".join(m.get("keywords") or []))}</td>'
                f'<td class="muted"><code>{_e(m.get("id"))}</code></td></tr>')
        out.append('<h4>Measures</h4><table class="measures"><thead><tr><th>#</th><th>marker</th>'
                   '<th>title</th><th>categories</th><th>keywords</th><th>id</th></tr></thead>'
                   f'<tbody>{"".join(rows)}</tbody></table>')
    else:
        out.append('<p class="muted">No measures found in this document.</p>')

    if policies:
        rows = [[_e(p.get("index")), _e(p.get("title") or ""), _e(p.get("alias") or ""),
                 _e("、".join(p.get("issuers") or [])), _e(p.get("region") or ""), _e(p.get("date") or ""),
                 _e("" if p.get("declared_count") is None else p.get("declared_count")),
                 _e("；".join(p.get("mentioned") or []))] for p in policies]
        out.append("<h4>Policies</h4>" + _table(["#", "title", "alias", "issuers", "region", "date",
                                                   "declared", "mentioned"], rows, "policies"))

    if repairs:
        rows = [[f'<code>{_e(r.get("kind"))}</code>', _e(r.get("count")),
                 "<br>".join(_e(x) for x in (r.get("examples") or [])[:3])] for r in repairs]
        out.append("<h4>Repairs</h4>" + _table(["kind", "count", "examples"], rows, "repairs"))

    text_html, cut = _highlighted(doc.get("text", ""), measures, prefix, labels)
    note = (f'<p class="muted">Text cut at {MAX_TEXT} of {len(doc.get("text", ""))} characters; '
            f'documents/{_e(doc.get("doc_id"))}.json has all of it.</p>') if cut else ""
    out.append(f'<details class="textbox" open><summary>Cleaned text, measures highlighted</summary>'
               f'<div class="text">{text_html}</div>{note}</details></article>')
    return "".join(out)


# ---------------------------------------------------------------- the page

_CSS = """
:root{--fg:#1d2430;--muted:#6b7280;--line:#e3e6ea;--bg:#f6f7f9;--accent:#2f6db5;--mark:#fff1a8}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.55 system-ui,-apple-system,"Segoe UI",
 "Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
main{max-width:1180px;margin:0 auto;padding:20px 24px 60px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}h3{font-size:15px;margin:0}
h4{font-size:13px;margin:14px 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.muted{color:var(--muted)}code{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:10px;margin:14px 0}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.card b{display:block;font-size:24px;line-height:1.2}.card span{color:var(--muted);font-size:12px}
.card.bad b{color:#b42318}.card.warn b{color:#b54708}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}
@media (max-width:900px){.grid2{grid-template-columns:1fr}}
.panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600}
.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:6px}
.chart .lbl{font-size:12px;fill:var(--fg)}.chart .val{font-size:12px;fill:var(--muted)}
.chart .bar{fill:var(--accent)}.chart a:hover .bar{fill:#1b4f8a}
#filters{position:sticky;top:0;z-index:5;background:#fff;border:1px solid var(--line);border-radius:8px;
 padding:8px 12px;display:flex;gap:18px;align-items:center;flex-wrap:wrap;margin-top:24px}
#filters select{font:inherit;padding:2px 4px}
article.doc{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:14px 0}
.docid{font:12px ui-monospace,Menlo,Consolas,monospace;color:var(--muted);margin-right:6px}
.warnings{background:#fff6ed;border:1px solid #f9dbaf;border-radius:6px;padding:2px 12px;margin-top:8px}
.warnings ul{margin:4px 0 8px;padding-left:18px}
.cat{display:inline-block;border:1px solid #ccc;border-radius:10px;padding:0 7px;margin:1px 3px 1px 0;font-size:12px;white-space:nowrap}
.kw{font-size:12px;color:#374151}
.badge{display:inline-block;min-width:1.5em;padding:0 .35em;margin-right:4px;border-radius:9px;background:#1d2430;
 color:#fff;font:600 11px/1.5 system-ui,sans-serif;text-align:center;text-decoration:none;vertical-align:1px}
.text{white-space:pre-wrap;background:#fbfbfc;border:1px solid var(--line);border-radius:6px;padding:10px 12px;
 max-height:560px;overflow:auto;font-size:14px;line-height:1.8}
mark.m{background:var(--mark);border-bottom:2px solid #e0b100;padding:1px 0;border-radius:2px}
mark.m.off{background:transparent;border-bottom-color:transparent;color:var(--muted)}
mark.m.off .badge{background:#c4c8ce}
mark.m:target{outline:2px solid var(--accent)}
details.textbox summary{cursor:pointer;margin:14px 0 6px;color:var(--muted);font-size:13px}
[hidden]{display:none!important}
"""

_JS = """
(function () {
  var selC = document.getElementById('f-category'), selW = document.getElementById('f-warning');
  function params() {
    var p = {};
    [location.search.slice(1), location.hash.slice(1)].forEach(function (s) {
      if (s.indexOf('=') < 0) return;               // a plain #anchor is not a filter
      s.split('&').forEach(function (kv) {
        var i = kv.indexOf('=');
        if (i > 0) p[decodeURIComponent(kv.slice(0, i))] = decodeURIComponent(kv.slice(i + 1));
      });
    });
    return p;
  }
  function has(el, value) {
    var v = (el.getAttribute('data-categories') || '').trim();
    if (value === '-') return v === '';
    return (' ' + v + ' ').indexOf(' ' + value + ' ') >= 0;
  }
  function pick(sel, value) {
    for (var i = 0; i < sel.options.length; i++) if (sel.options[i].value === value) { sel.value = value; return; }
    sel.value = '';
  }
  function apply() {
    var c = selC.value, w = selW.value, docs = 0, measures = 0;
    document.querySelectorAll('article.doc').forEach(function (d) {
      var warnOk = !w || (w === '-' ? d.getAttribute('data-warnings') === '' :
        (' ' + d.getAttribute('data-warnings') + ' ').indexOf(' ' + w + ' ') >= 0);
      var n = 0, total = 0;
      d.querySelectorAll('tr.mrow').forEach(function (r) {
        var ok = !c || has(r, c);
        total++; if (ok) n++;
        r.hidden = !ok;
      });
      d.querySelectorAll('mark.m').forEach(function (m) { m.classList.toggle('off', !!c && !has(m, c)); });
      var show = warnOk && (!c || n > 0);
      d.hidden = !show;
      if (show) { docs++; measures += n; }
    });
    document.getElementById('shown-docs').textContent = docs;
    document.getElementById('shown-measures').textContent = measures;
    document.body.setAttribute('data-filter', 'category=' + c + '&warning=' + w);
  }
  function fromUrl() { var p = params(); pick(selC, p.category || ''); pick(selW, p.warning || ''); apply(); }
  function toUrl() {
    var h = [];
    if (selC.value) h.push('category=' + encodeURIComponent(selC.value));
    if (selW.value) h.push('warning=' + encodeURIComponent(selW.value));
    history.replaceState(null, '', location.pathname + location.search + (h.length ? '#' + h.join('&') : '#'));
    apply();
  }
  selC.addEventListener('change', toUrl);
  selW.addEventListener('change', toUrl);
  window.addEventListener('hashchange', function () { if (location.hash.indexOf('=') >= 0) fromUrl(); });
  document.getElementById('f-reset').addEventListener('click', function () { selC.value = ''; selW.value = ''; toUrl(); });
  fromUrl();
  document.body.setAttribute('data-ready', '1');
})();
"""


def _category_css(ids: list[str]) -> str:
    rules = []
    for i, cid in enumerate(ids):
        hue = round(i * 360 / max(len(ids), 1) + 200) % 360
        rules.append(f".c-{cid}{{background:hsl({hue} 70% 93%);border-color:hsl({hue} 45% 70%)}}")
    return "\n".join(rules)


def render(run: _Run) -> str:
    m = run.manifest
    counts = m.get("counts", {})
    labels = run.labels
    cat_ids = run.category_ids()
    title = f"carepolicy-extract report · {m.get('raw', '')}"

    cards = [("documents ok", counts.get("ok", 0), ""), ("failed", counts.get("failed", 0),
              "bad" if counts.get("failed") else ""), ("skipped", counts.get("skipped", 0), ""),
             ("measures", run.measures, ""), ("warnings", sum(run.warn_count.values()),
              "warn" if run.warn_count else ""), ("repairs", sum(run.repair_count.values()), "")]
    card_html = "".join(f'<div class="card {cls}" data-count="{_e(name)}"><b>{v}</b><span>{_e(name)}</span></div>'
                        for name, v, cls in cards)

    warn_rows = [[f'<a href="#warning={_e(code)}"><code>{_e(code)}</code></a>', str(run.warn_docs[code]),
                  str(run.warn_count[code])] for code in sorted(run.warn_count, key=lambda c: (-run.warn_count[c], c))]
    warn_html = (_table(["code", "documents", "warnings"], warn_rows, "warn-table") if warn_rows
                 else '<p class="muted">No warnings.</p>')
    rep_rows = [[f"<code>{_e(k)}</code>", str(run.repair_docs[k]), str(run.repair_count[k])]
                for k in sorted(run.repair_count, key=lambda k: (-run.repair_count[k], k))]
    rep_html = (_table(["kind", "documents", "repairs"], rep_rows, "repair-table") if rep_rows
                else '<p class="muted">No repairs.</p>')

    regions = run.by_region.most_common()
    region_rows = [(r, v, None) for r, v in regions[:MAX_REGIONS]]
    if len(regions) > MAX_REGIONS:
        region_rows.append((f"{len(regions) - MAX_REGIONS} other regions", sum(v for _, v in regions[MAX_REGIONS:]),
                            None))
    cat_rows = [(f"{labels.get(c, c)}  {c}", run.by_category[c], f"#category={c}") for c in cat_ids]
    cat_rows.append(("(no category)", run.uncategorized, f"#category={NONE}"))

    c_opts = "".join(f'<option value="{_e(c)}">{_e(labels.get(c, c))} · {_e(c)} ({run.by_category[c]})</option>'
                     for c in cat_ids)
    w_opts = "".join(f'<option value="{_e(c)}">{_e(c)} ({run.warn_docs[c]})</option>' for c in sorted(run.warn_docs))

    problems = [f for f in run.files if f.get("status") != "ok"]
    problems.sort(key=lambda f: f.get("status") != "failed")
    prob_html = ""
    if problems:
        rows = [[_e(f.get("status")), f'<code>{_e(f.get("path"))}</code>', _e(f.get("reason") or "")]
                for f in problems[:MAX_PROBLEMS]]
        more = (f'<p class="muted">… and {len(problems) - MAX_PROBLEMS} more: see run.json.</p>'
                if len(problems) > MAX_PROBLEMS else "")
        prob_html = ('<h2>Files not processed</h2>' + _table(["status", "path", "reason"], rows, "problems") + more)

    notes = []
    if run.not_shown:
        notes.append(f"{run.not_shown} more documents are counted above but not shown here "
                     f"(the report shows at most {MAX_VIEWS}); their files are in documents/.")
    if run.unreadable:
        notes.append(f"{len(run.unreadable)} document files could not be read: "
                     + ", ".join(_e(d) for d in run.unreadable[:20]))
    quiet_html = ""
    if run.quiet:
        items = "".join(f"<li><code>{_e(d)}</code> {_e(t or '')}</li>" for d, t in run.quiet)
        quiet_html = (f"<details><summary>{len(run.quiet)} documents without measures or warnings</summary>"
                      f"<ul>{items}</ul></details>")

    opts = m.get("options", {})
    run_meta = " · ".join(_e(x) for x in (
        f"version {m.get('version', '')}", f"schema {m.get('schema_version', '')}",
        f"rules {m.get('rules_fingerprint', '')}", f"{m.get('started', '')} → {m.get('finished', '')}",
        ", ".join(f"{k}={v}" for k, v in opts.items())))

    return "".join([
        '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'style-src \'unsafe-inline\'; script-src \'unsafe-inline\'; img-src data:">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}{_category_css(cat_ids)}</style></head>",
        '<body data-ready="0"><main>',
        f'<h1>carepolicy-extract report</h1><p class="muted">input <code>{_e(m.get("raw", ""))}</code> · {run_meta}</p>',
        f'<section id="summary"><div class="cards">{card_html}</div>',
        f'<div class="grid2"><div class="panel"><h4>Warnings by code</h4>{warn_html}</div>'
        f'<div class="panel"><h4>Repairs by kind</h4>{rep_html}</div></div></section>',
        '<section id="charts"><h2>Measures</h2><div class="grid2">',
        f'<div class="panel">{_bar_chart("by region (of the measure’s policy)", region_rows)}</div>',
        f'<div class="panel">{_bar_chart("by category (click a bar to filter)", cat_rows)}</div>',
        '</div></section>',
        prob_html,
        '<section id="filters"><label>category <select id="f-category"><option value="">all</option>',
        c_opts, f'<option value="{NONE}">(no category) ({run.uncategorized})</option></select></label>',
        '<label>warning <select id="f-warning"><option value="">all documents</option>', w_opts,
        f'<option value="{NONE}">(no warnings)</option></select></label>',
        '<button id="f-reset" type="button">reset</button>',
        '<span class="muted">showing <b id="shown-docs"></b> documents, <b id="shown-measures"></b> measures</span>',
        '</section>',
        f'<section id="documents"><h2>Documents ({len(run.views)} shown)</h2>',
        "".join(f'<p class="muted">{n}</p>' for n in notes),
        "".join(run.views), quiet_html, "</section>",
        f"</main><script>{_JS}</script></body></html>\n",
    ])


def write_report(out: Path) -> Path | None:
    """Write OUT/report.html from the run's outputs; returns its path (None without a run.json)."""
    if not (out / "run.json").exists():
        return None
    run = _Run(out)
    run.read()
    path = out / "report.html"
    with atomic_open(path) as f:
        f.write(render(run))
    return path
