"""Other names for a record's fields (:func:`storylens.readers.records.parse_record`).

storylens reads ``text`` | ``html``, ``url``, ``outlet``, ``title``, ``published``,
``author`` | ``authors`` and ``id``. Published news data sets and scraper outputs name the
same fields otherwise; read with only the canonical names, every record of such a file
was skipped as ``no-text`` (the whole file lost) or kept without its date or outlet.

An alias is read only when the canonical field is absent or blank (a CSV row's empty
cell; a record that has ``text`` keeps it, whatever else it holds), in the order listed; names compare without case
(``publishedAt`` is ``publishedat``). Each alias names where it is used. A ``text``
alias is read only when the record has no ``html`` either. Where a data set's field holds
less than the article (NewsAPI's ``content`` is a 200-character teaser), the record reads
as a short article, as a feed's summary does, not as a skipped row.
"""

from __future__ import annotations

# canonical field -> ((alias, where it is used), ...), tried in this order
FIELD_ALIASES: dict[str, tuple[tuple[str, str], ...]] = {
    "text": (
        ("maintext", "news-please's JSON output (its main text)"),
        ("content", "Kaggle 'All the news' CSV (id, title, publication, author, date, url, content)"),
        ("body", "many CMS and API exports ('body'; the Guardian API's 'bodyText' is below)"),
        ("bodytext", "the Guardian Content API's fields.bodyText, flattened"),
        ("article", "the CNN/Daily Mail summarisation data set ('article', 'highlights')"),
    ),
    "title": (
        ("headline", "most CMS exports and the NYT Archive API ('headline')"),
        ("title_page", "news-please (the page's own title, beside title_rss)"),
    ),
    "published": (
        ("date_publish", "news-please"),
        ("publish_date", "newspaper3k's article.publish_date"),
        ("publishedat", "NewsAPI ('publishedAt')"),
        ("pub_date", "the NYT Archive and Article Search APIs"),
        ("date", "Kaggle 'All the news' and most spreadsheets ('Date')"),
    ),
    "url": (
        ("link", "RSS-derived exports (an item's 'link')"),
        ("web_url", "the NYT APIs"),
        ("weburl", "the Guardian Content API ('webUrl')"),
    ),
    "outlet": (
        ("publication", "Kaggle 'All the news'"),
        ("source_domain", "news-please"),
        ("publisher", "GDELT-derived and newspaper-metadata exports"),
        ("site_name", "exports of a page's og:site_name"),
    ),
}
