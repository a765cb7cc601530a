"""The thin command line (click): :mod:`.main` holds the group and the compare/demo commands,
:mod:`.corpus`, :mod:`.web` and :mod:`.spark` register their commands on it, :mod:`.base` holds
what they share and :mod:`.errors` is the one place library errors become messages.

Entry point: ``storylens = "storylens.cli.main:main"``. Nothing here imports the pipeline.
"""
