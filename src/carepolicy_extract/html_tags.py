"""The names of HTML elements, by what the HTML stage does with them; the repair stage reads all of them
to tell a tag left in a text dump (<strike>, </u>, <blockquote id=…>) from text between angle brackets."""
from __future__ import annotations

# never article text, whatever the page
NEVER_TEXT_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select",
    "button", "input", "textarea", "option", "rt", "rp", "head", "title", "meta", "link", "map", "audio",
    "video", "dialog", "menu"})
# page chrome by HTML5 semantics; kept only when it holds most of the page's sentences,
# since some sites wrap the whole page in one (ASP.NET puts every page inside a <form>)
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
    "th", "table", "ul", "ol", "dl", "blockquote", "pre", "center", "figure", "figcaption", "caption", "tbody",
    "thead", "tfoot", "body", "html", "address", "details", "summary", "fieldset", "legend", "hgroup", "nav",
    "header", "footer", "aside", "form", "listing", "xmp", "plaintext"})
# inline formatting, unwrapped before the walk (its text joins the enclosing block); <a> is
# kept, since link text counts against a block
INLINE_TAGS = ("span", "font", "b", "strong", "em", "i", "u", "small", "big", "sub", "sup", "label", "abbr",
               "acronym", "cite", "code", "dfn", "kbd", "q", "s", "samp", "strike", "tt", "var", "ins", "del",
               "mark", "time", "bdi", "bdo", "nobr", "ruby", "rb", "rtc", "wbr", "data", "img")
BREAK_TAGS = frozenset({"br", "hr"})
CONTAINER_TAGS = frozenset({"div", "table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl", "section", "article",
                            "main", "body", "html", "form", "center"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
ITEM_TAGS = frozenset({"li", "dt", "dd"})
PREFORMATTED_TAGS = frozenset({"pre", "listing", "xmp", "plaintext"})
# every element name a page's markup may leave in its text
ALL_TAGS = frozenset(NEVER_TEXT_TAGS | CHROME_TAGS | BLOCK_TAGS | set(INLINE_TAGS) | BREAK_TAGS | CONTAINER_TAGS
                     | {"a", "area", "base", "col", "colgroup", "frame", "frameset", "marquee", "param", "source",
                        "track", "picture", "output", "progress", "meter", "optgroup", "datalist", "slot", "font"})
