"""Addresses as people write them, and the sides of a comparison they name.

`written` reads and writes addresses without a database (symbols, ``@version``, text
positions, paragraph anchors, with one set of limits); `sides` finds what they name and
fingerprints it. The pages, the API, the exports and `manage.py compare` all go through
these two modules, so an address means the same thing everywhere.
"""
