"""The admin where Secretariat staff and delegation assistants enter and correct drafts.

Anyone staff may look; only staff in the "Editors" group (and superusers) may add or
edit. Paragraph edits go through services.paragraph_revise so each leaves a revision.
"""

from . import documents, lineages, paragraphs, suggestions, texts

__all__ = ["documents", "lineages", "paragraphs", "suggestions", "texts"]
