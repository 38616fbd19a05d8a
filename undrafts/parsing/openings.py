"""How paragraphs open: the preambular and operative vocabulary, and the opening phrase."""

from __future__ import annotations


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


PREAMBULAR_WORDS = _wordset(
    """Acknowledging Acting Affirming Agreeing Alarmed Anxious Appalled Appreciating Approving
    Aware Bearing Believing Building Calling Cognizant Cognisant Commending Committed Concerned
    Condemning Confident Confirming Conscious Considering Convinced Declaring Deploring Desiring
    Desirous Determined Disturbed Distressed Drawing Emphasizing Emphasising Encouraged
    Encouraging Endorsing Expecting Expressing Grateful Guided Having Highlighting Hopeful
    Inspired Keeping Looking Mindful Noting Observing Paying Pleased Pointing Proclaiming
    Reaffirming Realizing Realising Reasserting Recalling Recognizing Recognising Referring
    Regretting Reiterating Reminding Renewing Resolved Respecting Reviewing Satisfied Seeking
    Shocked Stressing Supporting Taking Troubled Underlining Underscoring Upholding Urging
    Viewing Welcoming Wishing"""
)
OPERATIVE_WORDS = _wordset(
    """Accepts Acknowledges Adopts Affirms Agrees Appeals Applauds Appoints Appreciates Approves
    Asks Authorizes Authorises Bears Believes Calls Commends Commits Concurs Condemns Confirms
    Congratulates Considers Convenes Decides Declares Deems Demands Denounces Deplores
    Designates Directs Draws Elects Emphasizes Emphasises Encourages Endorses Establishes
    Expresses Extends Highlights Hopes Insists Instructs Invites Launches Looks Notes Observes
    Pays Proclaims Re-emphasizes Reaffirms Recalls Recognizes Recognises Recommends Regrets
    Reiterates Rejects Reminds Renews Requests Requires Resolves Stresses Supports Takes Thanks
    Trusts Underlines Underscores Urges Welcomes Wishes"""
)
ADVERBS = _wordset(
    """Also Further Furthermore Again Once Deeply Gravely Seriously Strongly Firmly Fully
    Profoundly Greatly Particularly Especially Equally Solemnly Likewise Moreover Finally
    Sincerely Increasingly Extremely Highly"""
)
_TRAILING = frozenset({"also", "further", "again", "moreover", "furthermore"})
_FEELINGS = _wordset(
    """concern appreciation satisfaction interest regret alarm gratitude dismay disappointment
    approval"""
)
_INTENSIFIERS = frozenset({"deep", "grave", "serious", "great", "profound", "particular"})
_TAILS: dict[str, list[tuple[str, ...]]] = {
    "bearing": [("in", "mind")],
    "bears": [("in", "mind")],
    "keeping": [("in", "mind")],
    "taking": [("note",), ("into", "account"), ("into", "consideration"), ("fully", "into")],
    "takes": [("note",)],
    "calling": [("upon",), ("on",), ("for",)],
    "calls": [("upon",), ("on",), ("for",)],
    "looking": [("forward",)],
    "looks": [("forward",)],
    "guided": [("by",)],
    "paying": [("tribute",)],
    "pays": [("tribute",)],
    "drawing": [("attention",)],
    "draws": [("attention",)],
    "expressing": [
        ("its", "deep", "concern"),
        ("its", "concern"),
        ("its", "appreciation"),
        ("its", "gratitude"),
        ("its", "support"),
        ("its", "satisfaction"),
        ("deep", "concern"),
        ("grave", "concern"),
        ("serious", "concern"),
        ("concern",),
        ("appreciation",),
        ("gratitude",),
        ("support",),
        ("satisfaction",),
        ("regret",),
        ("the", "hope"),
    ],
}
_TAILS["expresses"] = _TAILS["expressing"]


def _words(text: str, limit: int = 8) -> list[str]:
    return [w.strip(",;:.“”\"'()") for w in text.split(maxsplit=limit)[:limit]]


def _head(words: list[str]) -> tuple[int, str]:
    """(index of the verb or participle after any adverbs, that word capitalised)."""
    i = 0
    while i < len(words) and i < 3 and words[i].capitalize() in ADVERBS:
        if i == 0 and not words[0][:1].isupper():
            break
        i += 1
    if i >= len(words):
        return i, ""
    word = words[i]
    if i == 0 and not word[:1].isupper():
        return i, ""
    return i, word[:1].upper() + word[1:]


def known_opening(text: str) -> bool:
    """The text starts the way a preambular or operative paragraph does (curated words only)."""
    _, head = _head(_words(text, 5))
    return head in PREAMBULAR_WORDS or head in OPERATIVE_WORDS


def operative_opening(text: str) -> bool:
    _, head = _head(_words(text, 5))
    return head in OPERATIVE_WORDS


def extract_opening(text: str, kind: str, lead: str = "") -> str:
    """The opening verb phrase: "Noting with concern", "Also decides", "Bearing in mind"."""
    if lead and text.startswith(lead) and len(lead.split()) <= 6 and lead[:1].isupper():
        return lead
    words = _words(text, 10)
    i, head = _head(words)
    if not head:
        return ""
    known = head in PREAMBULAR_WORDS or head in OPERATIVE_WORDS
    if not known:
        lowered = head.lower()
        looks_preambular = lowered.endswith(("ing", "ed"))
        looks_operative = lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))
        if not (looks_preambular if kind == "preambular" else looks_operative):
            return ""
    end = i + 1
    lower = [w.lower() for w in words]
    for tail in _TAILS.get(head.lower(), []):
        if tuple(lower[end : end + len(tail)]) == tail:
            end += len(tail)
            break
    if head.lower() == "having" and end < len(words) and lower[end].endswith(("ed", "en", "rd")):
        end += 1
    if end < len(words) and lower[end] == "with":
        j = end + 1
        if j < len(words) and lower[j] in _INTENSIFIERS:
            j += 1
        if j < len(words) and lower[j] in _FEELINGS:
            end = j + 1
    if end < len(words) and lower[end] in _TRAILING:
        end += 1
    return " ".join(words[:end])
