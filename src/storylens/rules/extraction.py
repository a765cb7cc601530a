"""Data for :mod:`storylens.extract`: which HTML is a block, which is never seen, which is a
hover card, and the sizes that decide what extraction records or puts back.

Each value says why it is there; the code that reads them is in ``extract.py``.
"""

from __future__ import annotations

# Tags that start and end a run of text on screen (HTML's block-level and table elements,
# plus <br>, which ends a line): text on either side of one is two blocks, never one word.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)

# Elements whose text a reader never sees as page text: code, styles, forms' option lists,
# embedded frames and the document head.
INVISIBLE_TAGS = frozenset(
    {
        "head", "title", "meta", "link", "script", "style", "noscript", "template", "svg",
        "iframe", "select", "option", "button", "textarea", "object", "embed", "canvas",
    }
)

# Inside a paragraph, an inline element that starts with a picture and holds this many links
# or more is a hover card (seen: The Hill's person card, a photo with links to their stories,
# shown on hover beside the name), whatever its class is called: a sentence links a name or
# two, it does not carry an image plus a list of links. "Starts with": the card's outer
# wrapper, which also holds the visible name link before the picture, is kept.
CARD_MIN_LINKS = 2

# A dropped block of this many words or more is recorded line by line as "not-extracted";
# shorter ones (menu items, labels, buttons: 1-7 words) are counted in one summary line.
# 8 words is about the shortest news sentence that carries a fact.
NOT_EXTRACTED_MIN_WORDS = 8
# At most this many dropped blocks are listed one by one (a page with 500 reader comments
# would bury the cleaner's record); the rest are counted in the summary line too.
NOT_EXTRACTED_MAX_LISTED = 50

# A dropped block is put back in place when its container's paragraphs were extracted
# (a subheading set as a <div> between <p> paragraphs, a lede set as bare text before a
# <br>), from this many words (1-2 word labels such as "Advertisement" stay out) up to a
# paragraph's length (a long text blob beside paragraphs is rather a comment or sidebar).
RECOVER_MIN_WORDS = 3
RECOVER_MAX_WORDS = 150

# A body split into chunks (an ad break closes one <div> of paragraphs and opens an identical
# one: seen on Wired, where the extractor kept the first chunk and dropped 9 paragraphs after
# the break) is restored from copies of a body paragraph's container (extract._BodyChunks):
# - RESTORE_MAX_LEVELS: how far up the shared ancestor of a dropped paragraph and an extracted
#   one may sit. The chunks of one body sit 2-3 levels under their common parent (Wired: p /
#   chunk div / grid div / chunks div, 3); 4 allows one more wrapper, while the page-wide
#   containers where sidebars, comment threads and footers meet the body sit further up.
# - RESTORE_MAX_LINK_DENSITY: at most this share of a restored block's words may be linked
#   (jusText's default max_link_density, 0.2): a teaser or a related-stories item is mostly
#   (or wholly) a link, a paragraph links a name or two.
# - RESTORE_MIN_WORDS: a restored block is a sentence (ends with . ! ? …) of at least this
#   many words, the shortest news sentence that carries a fact (as NOT_EXTRACTED_MIN_WORDS);
#   the chunk's labels ("Advertisement", "More Great Stories") are not sentences.
RESTORE_MAX_LEVELS = 4
RESTORE_MAX_LINK_DENSITY = 0.2
RESTORE_MIN_WORDS = 8

# A list of this many items or more where each item is one link and nothing else is a
# related-stories box (seen: Space.com's "- Moon Rush: Private Lunar Lander Plans" list
# between paragraphs, whose "Mysterious" then read as the outlet's own loaded word): its
# items are recorded as "related-link" and left out. Read from the page's HTML (<li> holding
# one <a> and no other words), since the extracted text has no link marks. An item with
# words outside its link ("Read the report, published in May") is text: that list stays.
LINK_LIST_MIN_ITEMS = 2

# --- bylines (readers/pagemeta.clean_author) ---------------------------------------------
# A page's byline as trafilatura returns it ("; "-joined parts) carries words that are not
# names (reader reports, sessions 5 and 6, on the article-extraction dev pages): a label,
# a role, a bio sentence, credentials, the publisher. Each list below is one kind; a part
# reduced to nothing by them is dropped, and the publisher and one-word credit parts go
# only when a person's name stays beside them.

# Words that introduce a byline ("Analysis by Chris …", "Текст Лида …": Russian "Text"),
# cut from the start of a part when a name follows. "by" alone is the English label; the
# others are the labels magazines and opinion desks put in front of it, or instead of it.
BYLINE_LABELS: tuple[str, ...] = (
    "analysis by", "opinion by", "commentary by", "review by", "reporting by", "written by",
    "story by", "text by", "words by", "interview by", "by", "text", "words", "текст", "автор",
)
# The work a credit names before "by", in a list ("Story and photos by Jo Doe", "Words,
# pictures and video by …", "Reporting and writing by Jo Doe and Ana Lund"): a phrase of
# these words (joined by "and", "&" or commas) and "by" is one label, cut before the
# byline is split at "and" (split first, "photos by Jo Doe" read as a phrase and the byline
# was lost). Magazine and local-news credit lines; lower or title case.
BYLINE_CREDIT_WORDS: frozenset[str] = frozenset(
    """
    story text words photos photo photographs photography pictures images video videos
    reporting writing interview interviews graphics illustrations illustration analysis
    opinion commentary review research editing additional
    """.split()
)

# The noun of a newsroom role ("Tom Doe News reporter", "Ap Auto Writer", "CNN
# Editor-at-large": the part of a hyphenated word before the hyphen counts). From the
# first such word on, a byline part is a role, not a name; the desk words before it
# (ROLE_MODIFIERS, an agency's or the outlet's name) belong to the role too. "Staff" and
# "bureau" are not here: "HNN Staff", "News Nation Bureau" are the desk's own byline.
ROLE_NOUNS = frozenset(
    """
    reporter reporters writer writers correspondent correspondents editor editors
    columnist columnists contributor contributors producer producers journalist
    journalists photographer photojournalist analyst commentator critic intern
    """.split()
)
# Desk and rank words that stand before a role noun ("Senior National Security
# Correspondent", "Staff writer", "AP Sports Writer"); only read right before one.
ROLE_MODIFIERS = frozenset(
    """
    news staff senior chief deputy associate assistant managing executive contributing
    special political politics national international foreign global world local metro
    state city regional security defense defence justice legal courts crime business
    economics economy finance financial markets money tech technology science health
    medical climate environment energy auto autos sports sport entertainment culture arts
    travel food digital data investigative breaking general assignment white house
    congressional capitol washington london european asia africa americas
    """.split()
)

# Post-nominal letters of degrees and licences ("Ilana Doe, MS, RDN"; seen on health and
# finance blogs), compared without dots and case: one at the end of a part, or a part
# that is only these, is a credential, not a name.
CREDENTIALS = frozenset(
    """
    phd md do rn np ms msc ma ba bs bsc mba mph mfa jd llm rd rdn ld ldn cde cpt cscs
    facp dds dmd dvm pharmd lcsw lmft cfa cfp cpa esq ibclc acsm nasm
    """.split()
)

# Lower-case words inside personal names ("Ludwig van Beethoven", "Ali bin Said", "Ana de
# la Cruz"): a byline part with other lower-case words beside capitalised ones is a
# phrase ("Syrian defense ministries"), not a name.
NAME_PARTICLES = frozenset(
    """
    de del della der den di da das dos du la le van von vom zu ter ten al el bin bint ibn
    abu y e of
    """.split()
)

# --- the site's name, where the page has no og:site_name ---------------------------------
# An <img> whose src, class, id or alt says "logo" is the site's logo, and its alt text
# names the site ("The Space Review"); these words in the alt are labels, not the name
# ("ascom-image-Logo"). The name is used only when the page's title also holds it, so an
# alt of "Home" or a partner's logo never becomes the outlet.
LOGO_ALT_NOISE = frozenset({"logo", "image", "img", "icon", "header", "site", "brand", "svg", "png"})

# Site names that name no site: defaults of publishing platforms and site templates that
# a page leaves as its og:site_name or schema.org publisher. The outlet is then the page's
# other name for itself, else its URL's domain (readers/markup._page_outlet). Sources:
# "hosted" is the og:site_name of every AP Hosted page (hosted.ap.org/<member paper>/...,
# the wire's pages for its member papers: article-extraction dev, two pages); the rest
# are the defaults WordPress ("my wordpress blog", "my blog", "just another wordpress
# site"), site builders and theme demos ship with ("site name", "site title", "your site
# name", "my site", "my website", "website", "home", "homepage", "untitled", "default").
PLACEHOLDER_SITE_NAMES: frozenset[str] = frozenset(
    {
        "hosted", "my wordpress blog", "my blog", "just another wordpress site",
        "site name", "site title", "your site name", "my site", "my website", "website",
        "home", "homepage", "untitled", "default",
    }
)
# Characters no display name holds: an unfilled template variable ("{{site_name}}",
# "%SITENAME%", "$site", "<sitename>") or a slug left as the name ("Wday_": wday.ru's
# pages, article-extraction dev).
PLACEHOLDER_SITE_CHARS = frozenset("_{}%$<>")

# A left-out block that repeats the extracted body (Business Insider prints its whole
# article again twice in hidden schema.org microdata, ~1,500 words each, which the
# not-extracted list showed in full, twice) is recorded as one summary line, not copied
# out: a block of BODY_COPY_MIN_WORDS words or more (a paragraph's copy is the
# "printed more often" rule's) of whose word 4-grams BODY_COPY_MIN_SHARE or more are in
# the extracted text. The copy's words are the body's, so nothing is hidden by the summary.
BODY_COPY_MIN_WORDS = 50
BODY_COPY_MIN_SHARE = 0.8

# An inline related-story link set as its own paragraph between body paragraphs
# (Wccftech's <p class="wccf_related_post"><a href=...>Google Stadia Pricing for Games
# Available Now – Pro Subscribers Get Discounts</a></p>) is removed from the extracted
# text (reason "related-link") when the page block is all link, LINKED_HEADLINE_MIN_WORDS
# to LINKED_HEADLINE_MAX_WORDS words, headline-cased (3 in 4 of its words other than
# "a", "of", "the" ... capitalised), without closing punctuation, and a paragraph of
# LINKED_HEADLINE_NEIGHBOUR_WORDS words or more stands on each side. A linked sentence
# ("Read the council's report.") has its full stop; a linked heading is a "## " line.
LINKED_HEADLINE_MIN_WORDS = 4
LINKED_HEADLINE_MAX_WORDS = 25
LINKED_HEADLINE_NEIGHBOUR_WORDS = 12

# --- record authors (readers/pagemeta.clean_record_author) -------------------------------
# A scraper's ``author`` field holds what the page's author widget held, comma-joined and
# often title-cased (reader report s7 item 7, SemEval dev records): the empty comment
# form's placeholders, the widget's labels and links, date stamps and the author's bio.
# A part equal to one of these (compared without case) is no name and is dropped.
BYLINE_FORM_JUNK: frozenset[str] = frozenset({
    "please enter your name here", "required field",  # a comment form's placeholders
    "follow the authors", "follow the author", "contact author", "contact the author",
    "email the author", "view all posts", "more by this author", "about the author",
    "read more", "see all", "email",  # the author box's links
    "written by", "author", "authors", "published", "updated", "posted",  # its labels
})
# Verbs that turn an author box's bio into a sentence after the name ("Sarah Doe Covers
# California's Demographics", "John Roe Joined The Times As Bureau Chief", "I Ve Been A
# Gaming Journalist"): the part keeps the name before the verb (two words or more) and
# loses the rest. Title case hides the verb's lower case, so the list is closed.
BYLINE_BIO_VERBS: frozenset[str] = frozenset(
    """
    is was has have had covers covered joined joins writes wrote reports reported edits
    leads led spent spends been lives lived loves holds
    """.split()
)
# Function words that a title-cased phrase keeps capitalised and that a person's name
# never holds after its first word ("Diverse Communities For The Los Angeles Times",
# "Mostly About Movies", "Writer Of Various Things"): a part holding one is a phrase.
# ("of", "de", "van" inside names are NAME_PARTICLES, lower case in a name.)
TITLE_CASE_FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    for the about since on in to as than or whose are is was has have with from at more
    most my me i ve get follow into over under who which that this these our your
    """.split()
)

# What may follow an agency's name or credit in a label of its own domain: nothing
# ("reuters.com", "hosted.ap.org", "afp.com"), or a word the wires add ("apnews.com",
# "kyodonews.net", "ptinews.com", "aninews.in": news; "xinhuanet.com": net; "ianslive.in":
# live). Any other continuation is another site whose name merely starts like the agency's
# ("appeal-democrat.com", "patch.com", "apps.example": not AP's or PA's own pages), so an
# "Associated Press" site name there is a credit, not the outlet (readers/pagemeta.agency_domain).
AGENCY_DOMAIN_SUFFIXES: frozenset[str] = frozenset({"", "news", "net", "live", "wire"})
