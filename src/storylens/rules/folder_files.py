"""Data for the folder walk (:func:`storylens.readers.files.unsupported`): files whose name
says they are about the folder, not articles in it.

A folder of articles often holds a README or notes on where the articles came from; read
as articles, they join the comparison as an extra "outlet" (and a story in corpus mode).
Such a file is skipped with reason ``documentation`` and a row naming it (never silently);
named on the command line it is read like any file.

The test is the whole file name without its extension, case and separators ignored
("README.md", "Read_Me.txt", "NOTES" and "notes.markdown" match; "notes-on-the-vote.txt",
"readme-2031.md" and "news.txt" do not: a name that says more than "readme" may be an
article's own). Only text, HTML and extension-less files are tested: a record file
(``notes.csv``) is data.
"""

from __future__ import annotations

# Each name, lower case without separators, and why it is documentation, not an article.
DOC_NAMES: dict[str, str] = {
    "readme": "the conventional description of a folder or project",
    "notes": "a collector's notes on a folder (seen: notes.md beside scraped articles)",
    "changelog": "a history of changes to the folder or its tool",
    "changes": "a history of changes (Python/Perl projects' name for a changelog)",
    "history": "a history of changes (another common changelog name)",
    "license": "licence terms (US spelling), often beside a published data set",
    "licence": "licence terms (UK spelling)",
    "copying": "licence terms (GNU projects' name)",
    "authors": "the list of a data set's or tool's authors",
    "contributors": "the list of contributors",
    "contributing": "how to contribute to a project",
    "citation": "how to cite a data set",
    "datasheet": "a data set's datasheet (Gebru et al.'s 'Datasheets for Datasets')",
    "todo": "a to-do list",
    "robots": "a site's crawler rules (robots.txt), left by a mirrored site, not a page",
}

# Extensions tested ("" is a file without one: README, LICENSE, AUTHORS usually have none).
DOC_EXTENSIONS = frozenset({"", ".txt", ".text", ".md", ".markdown", ".rst", ".html", ".htm"})

# Characters ignored when a name is compared ("Read_Me", "read-me", "READ ME").
NAME_SEPARATORS = "-_ ."
