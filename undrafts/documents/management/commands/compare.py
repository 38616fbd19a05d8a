import json
import sys

from django.core.management.base import BaseCommand

from undrafts.diffing.rows import OPS, Comparison
from undrafts.documents.addresses.sides import side_resolve
from undrafts.documents.comparisons import comparison_get
from undrafts.documents.exceptions import UndraftsError

MARKS = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}


def render_text(result: Comparison | dict) -> str:
    """The rows as a word diff a terminal shows: [-deleted-] and {+inserted+}."""
    result = Comparison.of(result)
    lines = [f"--- {result.left.symbol}", f"+++ {result.right.symbol}"]
    counts = result.summary
    summary = ", ".join(f"{counts[op]} {op}" for op in OPS if counts[op])
    lines.append(f"summary: {summary}")
    lines.append(f"nature: {counts['substantive']} substantive, {counts['technical']} technical")
    for row in result.rows:
        labels = f"{','.join(row.left) or '-'} -> {','.join(row.right) or '-'}"
        nature = f" {row.nature}" if row.nature else ""
        lines.append(f"\n[{row.op}{nature}] {labels} ({row.similarity:.2f})")
        for flag in row.strength:
            before, after = flag.before or "(nothing)", flag.after or "(nothing)"
            lines.append(f"strength: {before} -> {after}, {flag.direction}")
        if row.is_change and row.words:
            lines.append("".join(MARKS[w[0]].format(w[-1]) for w in row.words))
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Compare two documents by symbol and print the aligned paragraphs."

    def add_arguments(self, parser):
        parser.add_argument("left")
        parser.add_argument("right")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, **options):
        try:
            left = side_resolve(options["left"])
            right = side_resolve(options["right"])
        except UndraftsError as exc:  # an unknown symbol, a bad @version, a document without text
            self.stderr.write(str(exc))
            if getattr(exc, "suggestions", None):
                self.stderr.write("Did you mean: " + ", ".join(exc.suggestions))
            sys.exit(2)
        result = comparison_get(left, right)
        if options["format"] == "json":
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(render_text(result))
