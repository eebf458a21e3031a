import html
from html import escape, unescape
import html.entities
print(escape("<a href=\"x\">Tom & Jerry's</a>"), escape("<b>'q'</b>", quote=False), escape(""))
tests = ["&lt;p&gt;", "&amp;amp;", "&quot;hi&quot; &#39;x&#39;", "&#x41;&#X42;&#67;", "&copy 2024", "&copyright;", "&notit;", "&notin;",
         "&ampx", "&amp", "&#0;", "&#128;", "&#x80;&#x9f;", "&#xD800;", "&#1114112;", "&#1;", "&#xfffe;", "&#x7f;", "&#13;",
         "a & b", "&;", "&#;", "&#x;", "&#xg;", "&unknown;", "&Aacute;&aacute;&eacute", "&nbsp;x", "&NotEqualTilde;", "&lt&gt",
         "&#65&#66", "no refs", "&&lt;", "&" + "a" * 40 + ";", "&hellip;&mdash;&euro;", "&frac12;&frac12x"]
for t in tests:
    print(repr(t), "->", repr(unescape(t)))
print(unescape(escape("<&>\"'")) == "<&>\"'")
print(html.entities.name2codepoint["amp"], html.entities.codepoint2name[169], html.entities.html5["lt;"], html.entities.entitydefs["eacute"], len(html.entities.html5))
print(html.__all__, sorted(html.entities.__all__))
