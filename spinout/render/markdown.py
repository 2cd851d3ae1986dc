"""Markdown: the reviewable text of a Document (for git diffs and the golden tests)."""

from __future__ import annotations

from ..document import Document, Figure, Paragraph, Table


def render_markdown(document: Document) -> str:
    lines = [f"# {document.title}", "", f"*{document.subtitle}*", "", f"> **{document.notice}**", "",
             document.produced_by, "", "## Contents", ""]
    for part in document.parts:
        first, last = part.rules[0].number, part.rules[-1].number
        unit = document.unit
        span = f"{unit} {first}" if first == last else f"{unit}s {first}-{last}"
        lines.append(f"- Part {part.number}: {part.title} ({span})")
    for part in document.parts:
        lines += ["", f"## Part {part.number}: {part.title}"]
        for rule in part.rules:
            lines += ["", f"### {rule.number}. {rule.title}"]
            for block in rule.blocks:
                lines += [""] + _block(block)
    lines += ["", "---", "", f"*{document.notice}*", ""]
    return "\n".join(lines)


def _block(block: Paragraph | Table | Figure) -> list[str]:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        return [f"**Figure: {block.caption}**", "", block.alt]
    if block.prompt:
        return [f"> **To write:** {block.text}"]
    return _paragraph(block)


def _paragraph(paragraph: Paragraph) -> list[str]:
    lines = [f"{paragraph.number} {paragraph.text}".strip()]
    if paragraph.items:
        lines.append("")
        lines += [f"- {label} {text}" for label, text in paragraph.item_labels()]
    return lines


def _table(table: Table) -> list[str]:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return [f"**{table.caption}**", "", row(table.headers), "|" + "---|" * len(table.headers)] + [
        row(r) for r in table.rows
    ]
