"""The fixed wording of the annual report in Dutch and English.

Every sentence the report prints (besides taxonomy labels and the adviser's own signals
text) lives here, so the leak check can tell the report's own words from the vault's.
"""

from __future__ import annotations

from collections.abc import Iterator

from vpdesk.domain import taxonomy as tx

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Jaarverslag vertrouwenspersoon",
        "all_organisations": "Alle organisaties",
        "reporting_year": "Verslagjaar",
        "prepared_by": "Opgesteld door",
        "cover_note": (
            "Dit verslag bevat geen namen, afdelingen, exacte data of gespreksinhoud. "
            "Kleine aantallen zijn afgeschermd; zie de toelichting achterin."
        ),
        "key_figures": "Kerncijfers",
        "intro": (
            "Dit verslag geeft een overzicht van het werk van de vertrouwenspersoon in {year}. "
            "Een melding telt mee in het jaar waarin het eerste contact plaatsvond."
        ),
        "figure": "Kerncijfer",
        "category": "Categorie",
        "number": "Aantal",
        "cases_opened": "Nieuwe meldingen",
        "cases_closed": "Afgesloten meldingen",
        "carried_over": "Meegenomen uit eerdere jaren",
        "open_at_year_end": "Nog open aan het eind van het jaar",
        "conversations": "Gesprekken",
        "hours": "Bestede uren (gesprekken en activiteiten)",
        "no_previous": "Voor {year} zijn geen cijfers vastgelegd.",
        "previous_small": "In {year} waren er minder dan {k} meldingen.",
        "breakdowns": "De meldingen van {year} nader bekeken",
        "behaviour": "Soort gedrag",
        "accused_relation": "Relatie van de beklaagde tot de melder",
        "outcome": "Afloop",
        "referrals": "Doorverwijzingen",
        "channel": "Hoe het contact tot stand kwam",
        "quarter": "Meldingen per kwartaal",
        "gender": "Gender van de melder",
        "role": "Positie van de melder",
        "multi_note": (
            "Eén melding kan meerdere categorieën betreffen; de aantallen tellen daarom niet op "
            "tot het aantal meldingen."
        ),
        "single_note": "De aantallen tellen op tot het aantal nieuwe meldingen.",
        "open": "Nog lopend",
        "Q1": "1e kwartaal",
        "Q2": "2e kwartaal",
        "Q3": "3e kwartaal",
        "Q4": "4e kwartaal",
        "trend_note": "Het aantal nieuwe meldingen per kwartaal, vergeleken met het jaar ervoor.",
        "activities": "Activiteiten en uren",
        "activity": "Activiteit",
        "activities_note": (
            "Naast de gesprekken met melders besteedde de vertrouwenspersoon tijd aan voorlichting, "
            "overleg en deskundigheidsbevordering. In totaal ging het om {hours} uur."
        ),
        "signals": "Signalen en aanbevelingen",
        "no_signals": "Voor dit jaar zijn geen signalen of aanbevelingen vastgelegd.",
        "method": "Werkwijze en bescherming van kleine aantallen",
        "method_text": (
            "Een melding telt mee in het jaar waarin zij is geopend. Afgesloten meldingen zijn "
            "meldingen die in het verslagjaar zijn afgerond, ongeacht wanneer zij begonnen. Om "
            "te voorkomen dat cijfers tot personen herleid kunnen worden, worden aantallen van "
            "1 tot en met {k1} weergegeven als \u2039{lt}\u203a; een nul blijft 0. Waar een "
            "afgeschermd aantal uit het totaal teruggerekend zou kunnen worden, wordt ook het "
            "eerstvolgende kleinste aantal afgeschermd en weergegeven als \u2039x\u203a, het teken "
            "dat ook het CBS gebruikt voor geheime cijfers. Zijn er in een jaar minder dan {k} "
            "meldingen, dan vermeldt dit verslag alleen dat aantal. Het verslag bevat geen "
            "namen, afdelingen, exacte data of inhoud van gesprekken, en is voor het opslaan "
            "gecontroleerd op herleidbare gegevens."
        ),
        "legend": "{lt} = 1 tot en met {k1}; x = afgeschermd om terugrekenen te voorkomen",
        "small": (
            "In {year} zijn minder dan {k} meldingen geopend. Om de melders te beschermen bevat "
            "dit verslag daarom geen verdere cijfers."
        ),
        "page": "Pagina {n} van {total}",
        "subject": "Jaarverslag {year}",
    },
    "en": {
        "title": "Annual report confidential adviser",
        "all_organisations": "All organisations",
        "reporting_year": "Reporting year",
        "prepared_by": "Prepared by",
        "cover_note": (
            "This report contains no names, departments, exact dates or conversation content. "
            "Small numbers are protected; see the note on method at the end."
        ),
        "key_figures": "Key figures",
        "intro": (
            "This report gives an overview of the confidential adviser's work in {year}. "
            "A case counts in the year of first contact."
        ),
        "figure": "Figure",
        "category": "Category",
        "number": "Number",
        "cases_opened": "Cases opened",
        "cases_closed": "Cases closed",
        "carried_over": "Carried over from earlier years",
        "open_at_year_end": "Still open at year end",
        "conversations": "Conversations",
        "hours": "Hours spent (conversations and activities)",
        "no_previous": "No figures were recorded for {year}.",
        "previous_small": "In {year} there were fewer than {k} cases.",
        "breakdowns": "A closer look at the cases of {year}",
        "behaviour": "Type of behaviour",
        "accused_relation": "Relation of the accused to the reporter",
        "outcome": "Outcome",
        "referrals": "Referrals",
        "channel": "How contact came in",
        "quarter": "Cases per quarter",
        "gender": "Gender of the reporter",
        "role": "Position of the reporter",
        "multi_note": (
            "One case can fall into several categories, so these numbers do not add up to the "
            "number of cases."
        ),
        "single_note": "These numbers add up to the number of cases opened.",
        "open": "Still open",
        "Q1": "1st quarter",
        "Q2": "2nd quarter",
        "Q3": "3rd quarter",
        "Q4": "4th quarter",
        "trend_note": "The number of cases opened per quarter, compared with the year before.",
        "activities": "Activities and hours",
        "activity": "Activity",
        "activities_note": (
            "Besides the conversations with reporters, the confidential adviser spent time on "
            "information sessions, meetings and professional development. In total this came "
            "to {hours} hours."
        ),
        "signals": "Signals and recommendations",
        "no_signals": "No signals or recommendations were recorded for this year.",
        "method": "Method and protection of small numbers",
        "method_text": (
            "A case counts in the year in which it was opened. Closed cases are cases finished "
            "in the reporting year, whenever they began. So that no figure can be traced back to "
            "a person, numbers from 1 to {k1} are shown as \u2039{lt}\u203a; a zero stays 0. "
            "Where a protected number could be worked out from the total, the next smallest "
            "number is protected as well and shown as \u2039x\u203a, the symbol Statistics "
            "Netherlands uses for confidential figures. With fewer than {k} cases in a year, "
            "this report shows only that number. The report contains no names, departments, "
            "exact dates or conversation content, and was checked for identifying data before "
            "it was saved."
        ),
        "legend": "{lt} = 1 to {k1}; x = protected so it cannot be worked out",
        "small": (
            "Fewer than {k} cases were opened in {year}. To protect the reporters, this report "
            "therefore contains no further figures."
        ),
        "page": "Page {n} of {total}",
        "subject": "Annual report {year}",
    },
}

BREAKDOWN_VOCABULARIES: dict[str, tx.Vocabulary] = {
    "behaviour": tx.BEHAVIOUR,
    "accused_relation": tx.ACCUSED_RELATION,
    "outcome": tx.OUTCOME,
    "referrals": tx.REFERRAL_TARGET,
    "channel": tx.CHANNEL,
    "gender": tx.GENDER,
    "role": tx.REPORTER_ROLE,
}


def text(lang: str, key: str, **values: object) -> str:
    """One fixed text in ``lang`` (Dutch unless ``"en"``), with its placeholders filled."""
    table = TEXTS["en" if lang == "en" else "nl"]
    return table[key].format(**values) if values else table[key]


def cell_label(breakdown: str, code: str, lang: str) -> str:
    """The label of one cell of a breakdown: a taxonomy label, a quarter or "still open"."""
    if breakdown == "quarter" or (breakdown == "outcome" and code == "open"):
        return text(lang, code)
    vocab = BREAKDOWN_VOCABULARIES.get(breakdown)
    return vocab.label(code, lang) if vocab else code


def all_fixed_texts() -> Iterator[str]:
    """Every fixed sentence and label the report can print, in both languages."""
    for table in TEXTS.values():
        yield from table.values()
    for vocab in tx.VOCABULARIES.values():
        for term in vocab:
            yield term.code
            yield term.nl
            yield term.en
