"""The composer page's form, drawn from the request schema (composer/_schema.py).

Markers in docs/composer.md:
    {{ form }}           every fieldset, in the schema's order
    {{ row_templates }}  the <template>s for a person, an earlier round and a history entry
"""

from __future__ import annotations

import html

from composer._regions import countries
from composer._schema import GROUPS, HAPPENED, HISTORY, PERSON, ROUND, Field, Group

_INPUT_TYPES = {
    "text": "text",
    "email": "email",
    "date": "date",
    "time": "time",
    "datetime": "datetime-local",
    "zone": "text",
}
ZONE_LIST = "zone-names"  # a <datalist> the page fills from the browser's own zone list
_PAIRED = ("date", "time")  # consecutive date and time inputs share a row
# Each fieldset with repeating rows: the rows' kind and the button under them. The
# rounds' button starts a new round ("They invited me…"), so the page wires it itself.
_ROWS = {
    "interview": ("rounds", "They invited me to the next round"),
    "people": ("interviewers", "Add a person"),
    "since": ("history", "Add an entry"),
}


def _attr(name: str, value: str) -> str:
    return f' {name}="{html.escape(value)}"'


def _label(field: Field, target: str) -> str:
    note = (
        f' <span class="hint">({html.escape(field.optional_note)})</span>'
        if field.optional_note
        else ""
    )
    return (
        f"<label{_attr('for', target) if target else ''}>{html.escape(field.label)}{note}</label>"
    )


def _control(field: Field, *, in_row: bool) -> str:
    """One input, select or textarea. In a row template it has a data-name and no id yet."""
    ident = "" if in_row else _attr("id", f"f-{field.name}") + _attr("name", field.name)
    ident += _attr("data-name", field.name) if in_row else ""
    extra = " required" if field.required else ""
    extra += _attr("autocomplete", field.autocomplete) if field.autocomplete else ""
    extra += _attr("placeholder", field.placeholder) if field.placeholder else ""
    if field.help and not in_row:
        extra += _attr("aria-describedby", f"hint-{field.name}")
    if field.widget in ("textarea", "lines"):
        return f'<textarea{ident}{extra} rows="2"></textarea>'
    if field.widget == "region":
        return f"<select{ident}{extra}>{_region_options()}</select>"
    if field.widget == "happened":
        return f"<select{ident}{extra}>{_happened_options(field.default)}</select>"
    if field.widget == "zone":
        extra += _attr("list", ZONE_LIST) + ' spellcheck="false" autocapitalize="off"'
    if field.widget == "select":
        options = "".join(
            f"<option{_attr('value', value)}{' selected' if value == field.default else ''}>"
            f"{html.escape(words)}</option>"
            for value, words in field.choices
        )
        return f"<select{ident}{extra}>{options}</select>"
    return f"<input{ident}{_attr('type', _INPUT_TYPES[field.widget])}{extra}>"


# The page's guess when the browser's language names a country whose holidays differ
# by part: its most populous part. The reader is told it is a guess.
PROPOSED_PART = {"GB": "GB-ENG", "CA": "CA-ON", "AU": "AU-NSW", "DE": "DE-NW"}


def _region_options() -> str:
    """Each country, then its subdivisions in a group of their own, from the holiday data."""
    parts = ['<option value="">Not set (Monday to Friday, no public holidays)</option>']
    for country in countries():
        propose = _attr("data-propose", PROPOSED_PART[country.code]) if country.code in PROPOSED_PART else ""
        parts.append(
            f"<option{_attr('value', country.code)}{propose}>{html.escape(country.name)}</option>"
        )
        if country.subdivisions:
            inner = "".join(
                f"<option{_attr('value', f'{country.code}-{code}')}>"
                f"{html.escape(f'{name}, {country.name}')}</option>"
                for code, name in sorted(country.subdivisions, key=lambda pair: pair[1])
            )
            parts.append(f"<optgroup{_attr('label', f'Parts of {country.name}')}>{inner}</optgroup>")
    return "".join(parts)


def _happened_options(default: str) -> str:
    """Every kind of history entry, grouped: what the reader sent, what they replied, a note."""
    groups = []
    for heading, choices in HAPPENED:
        inner = "".join(
            f"<option{_attr('value', value)}{' selected' if value == default else ''}>"
            f"{html.escape(words)}</option>"
            for value, words in choices
        )
        groups.append(f"<optgroup{_attr('label', heading)}>{inner}</optgroup>")
    return "".join(groups)


def _field(field: Field, *, in_row: bool = False) -> str:
    if field.widget == "radio":
        choices = "".join(
            f'<label><input type="radio"{_attr("name", field.name)}{_attr("value", value)}'
            f"{' checked' if value == field.default else ''}> {html.escape(words)}</label>"
            for value, words in field.choices
        )
        return f'<fieldset class="choices"><legend>{html.escape(field.label)}</legend>{choices}</fieldset>'
    label = _label(field, "" if in_row else f"f-{field.name}")
    hint = (
        f'<p class="hint"{_attr("id", f"hint-{field.name}")}>{html.escape(field.help)}</p>'
        if field.help and not in_row
        else ""
    )
    return f'<div class="field">{label}{_control(field, in_row=in_row)}{hint}</div>'


def _fields(fields: tuple[Field, ...]) -> str:
    parts: list[str] = []
    index = 0
    while index < len(fields):
        pair = fields[index : index + 2]
        if len(pair) == 2 and all(f.widget in _PAIRED for f in pair):
            parts.append(f'<div class="field-row">{_field(pair[0])}{_field(pair[1])}</div>')
            index += 2
        else:
            parts.append(_field(fields[index]))
            index += 1
    return "\n".join(parts)


def _group(group: Group) -> str:
    intro = f'<p class="hint">{html.escape(group.intro)}</p>' if group.intro else ""
    rows, homes = "", {group.id, *(f.name.split(".")[0] for f in group.fields)}
    if group.id in _ROWS:
        kind, button = _ROWS[group.id]
        homes.add(kind)
        rows = (
            f'<div id="{kind}"></div>'
            f'<button type="button" class="md-button" id="add-{kind}">{html.escape(button)}</button>'
        )
    # Errors about the group as a whole ("List at most 8 people") land here.
    summary = (
        f'<p class="field-error"{_attr("data-error-for", " ".join(sorted(homes)))} hidden></p>'
    )
    return (
        f'<fieldset data-group="{group.id}">\n<legend>{html.escape(group.legend)}</legend>\n'
        f"{intro}{rows}\n{_fields(group.fields)}\n{summary}</fieldset>"
    )


MORE_SUMMARY = "Add more (optional)"


def form() -> str:
    """Every fieldset of the form, in the schema's order, and the zone list they share.

    The optional groups (``more``) are drawn together, folded under "Add more".
    """
    parts: list[str] = []
    folded: list[str] = []
    for group in GROUPS:
        if group.more:
            folded.append(_group(group))
            continue
        if folded:
            parts.append(_more(folded))
            folded = []
        parts.append(_group(group))
    if folded:
        parts.append(_more(folded))
    return "\n\n".join(parts) + f'\n<datalist id="{ZONE_LIST}"></datalist>'


def _more(groups: list[str]) -> str:
    inner = "\n".join(groups)
    return (
        f'<details class="more" id="add-more"><summary>{html.escape(MORE_SUMMARY)}</summary>\n'
        f"{inner}\n</details>"
    )


def _row(kind: str, fields: tuple[Field, ...], remove: str, *, folded: bool = False) -> str:
    """A repeating row. A folded one (a round, a history entry) reads as one line, its
    heading, filled in by the page; its fields open under "Correct" to change it."""
    inner = "".join(_field(field, in_row=True) for field in fields if not field.folded)
    extra = [field for field in fields if field.folded]
    if extra:  # a row's rarely needed fields, under a toggle of their own
        names = " and ".join(field.label[:1].lower() + field.label[1:] for field in extra)
        inner += (
            f'<details class="repeat__more"><summary>Add {html.escape(names)}</summary>'
            + "".join(_field(field, in_row=True) for field in extra)
            + "</details>"
        )
    if folded:
        inner = f'<details class="repeat__edit"><summary>Correct</summary>{inner}</details>'
    head = '<p class="repeat__head"></p>' if folded else ""
    return (
        f'<template id="{kind}-template">\n<div class="repeat" data-repeat="{kind}">'
        f"{head}{inner}"
        f'<button type="button" class="md-button remove">{html.escape(remove)}</button>'
        "</div>\n</template>"
    )


def row_templates() -> str:
    """The <template>s the page clones for each person, earlier round and history entry."""
    return "\n".join(
        (
            _row("interviewers", PERSON, "Remove this person"),
            _row("rounds", ROUND, "Remove", folded=True),
            _row("history", HISTORY, "Remove", folded=True),
        )
    )
