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
        "previous_withheld": (
            "Over {year} kon naast het aantal meldingen ({k} of meer) geen cijfer veilig worden getoond."
        ),
        "withheld": (
            "In {year} zijn {k} of meer meldingen geopend, maar geen ander cijfer is te tonen zonder "
            "dat een lezer een afgeschermd aantal kan terugrekenen. Om de melders te beschermen bevat "
            "dit verslag daarom geen verdere cijfers."
        ),
        "breakdowns": "De meldingen van {year} nader bekeken",
        "behaviour": "Soort gedrag",
        "accused_relation": "Relatie van de beklaagde tot de melder",
        "outcome": "Afloop",
        "referrals": "Doorverwijzingen",
        "channel": "Hoe het contact tot stand kwam",
        "quarter": "Meldingen per kwartaal",
        "gender": "Gender van de melder",
        "role": "Positie van de melder",
        "behaviour_detail": "Soort gedrag, nader bepaald",
        "behaviour_detail_note": (
            "Fijnere soorten gedrag, waaronder de integriteitsschendingen volgens de typologie van "
            "BIOS. Elke melding hier telt ook mee bij de bredere soort hierboven (integriteit, "
            "agressie en geweld, intimidatie of overig). Eén melding kan meerdere soorten betreffen."
        ),
        "anonymous": "Anoniem contact",
        "anonymous_note": "Meldingen waarbij de melder zijn of haar naam niet gaf.",
        "anonymous_cell": "Melder gaf geen naam",
        "wish": "Wat de melder wilde",
        "wish_note": (
            "Bij het afsluiten vastgelegd: wat de melder wilde, en daarmee waarom een melding niet "
            "verder ging. Alleen afgesloten meldingen met een vastgelegde wens tellen mee, elk één keer."
        ),
        "age_group": "Leeftijd van de melder",
        "durations": "Doorlooptijd",
        "durations_note": (
            "Over de meldingen die in {year} zijn afgesloten, ongeacht wanneer zij begonnen: de "
            "mediaan (de middelste waarde). Een mediaan van weinig meldingen kan naar één melding "
            "wijzen; zij wordt daarom alleen getoond als ten minste {k} meldingen zijn afgesloten."
        ),
        "durations_hidden": "Niet getoond: in {year} zijn minder dan {k} meldingen afgesloten.",
        "median_days_to_close": "Dagen van eerste contact tot afsluiten (mediaan)",
        "median_conversations": "Gesprekken per melding (mediaan)",
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
            "1 tot en met {k1} weergegeven als \u2039{lt}\u203a; een nul blijft 0. Dat geldt ook "
            "voor de aantallen meldingen in de kerncijfers. Een aantal dat anders getoond zou "
            "worden, maar waaruit samen met andere vrijgegeven cijfers een afgeschermd aantal "
            "teruggerekend kan worden, staat er als \u2039x\u203a, het teken dat ook het CBS "
            "gebruikt voor geheime cijfers; een \u2039x\u203a staat dus altijd voor {k} of meer. "
            "Voordat cijfers worden vrijgegeven, wordt nagerekend wat een lezer kan afleiden die "
            "deze werkwijze kent en alle vrijgegeven tabellen van het jaar heeft (van elke "
            "organisatie en van alle organisaties samen, ook die van het jaar ervoor en erna); "
            "zolang een afgeschermd aantal nog precies te bepalen is, wordt nog een aantal "
            "afgeschermd, het kleinste eerst. Een indeling waarin alle meldingen in \u00e9\u00e9n "
            "categorie vallen, of die niet veilig te tonen is, wordt weggelaten. Een organisatie "
            "met minder dan {k} meldingen in een jaar krijgt alleen dat gegeven (en een organisatie "
            "waarvan geen cijfer veilig te tonen is alleen \u2039{k} of meer\u203a) en telt niet mee "
            "in de cijfers van alle organisaties samen. "
            "De cijfers van een jaar worden met \u00e9\u00e9n drempel vrijgegeven, "
            "en het vorige jaar staat er zoals het eerder is vrijgegeven. Het verslag bevat geen "
            "namen, afdelingen, exacte data of inhoud van gesprekken, en is voor het opslaan "
            "gecontroleerd op herleidbare gegevens."
        ),
        "legend": "{lt} = 1 tot en met {k1}; x = {k} of meer, afgeschermd om terugrekenen te voorkomen",
        "left_out_group": (
            "Deze indeling wordt niet getoond: alle meldingen vallen in \u00e9\u00e9n categorie, zodat "
            "zij iets zou zeggen over iedere melder afzonderlijk, of zij zou een afgeschermd aantal "
            "laten terugrekenen."
        ),
        "left_out_organisations": (
            "Niet meegeteld in deze cijfers, omdat er in {year} minder dan {k} meldingen waren: {names}."
        ),
        "previous_released": "De cijfers over {year} staan er zoals zij op {date} zijn vrijgegeven.",
        "previous_changed": (
            "De gegevens over {year} zijn sindsdien gewijzigd; de vrijgegeven cijfers blijven staan, "
            "zodat een vergelijking niets over de wijziging prijsgeeft."
        ),
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
        "previous_withheld": (
            "For {year} no figure besides the number of cases ({k} or more) could be shown safely."
        ),
        "withheld": (
            "{k} or more cases were opened in {year}, but no other figure can be shown without "
            "letting a reader work out a protected number. To protect the reporters, this report "
            "therefore contains no further figures."
        ),
        "breakdowns": "A closer look at the cases of {year}",
        "behaviour": "Type of behaviour",
        "accused_relation": "Relation of the accused to the reporter",
        "outcome": "Outcome",
        "referrals": "Referrals",
        "channel": "How contact came in",
        "quarter": "Cases per quarter",
        "gender": "Gender of the reporter",
        "role": "Position of the reporter",
        "behaviour_detail": "Type of behaviour in more detail",
        "behaviour_detail_note": (
            "Finer types of behaviour, among them the integrity violations of the BIOS typology. "
            "Each case here also counts under the broader type above (integrity, aggression and "
            "violence, intimidation or other). One case can concern several types."
        ),
        "anonymous": "Anonymous contact",
        "anonymous_note": "Cases in which the reporter did not give their name.",
        "anonymous_cell": "Reporter gave no name",
        "wish": "What the reporter wanted",
        "wish_note": (
            "Recorded on closing: what the reporter wanted, and so why a case went no further. "
            "Only closed cases with a recorded wish count, each once."
        ),
        "age_group": "Age of the reporter",
        "durations": "Duration",
        "durations_note": (
            "Over the cases closed in {year}, whenever they began: the median (the middle value). "
            "A median of few cases can point to one of them, so it is shown only where at least "
            "{k} cases were closed."
        ),
        "durations_hidden": "Not shown: fewer than {k} cases were closed in {year}.",
        "median_days_to_close": "Days from first contact to closing (median)",
        "median_conversations": "Conversations per case (median)",
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
            "a person, numbers from 1 to {k1} are shown as \u2039{lt}\u203a; a zero stays 0. The "
            "same holds for the numbers of cases among the key figures. A number that would "
            "otherwise be shown, but from which a protected number could be worked out together "
            "with other released figures, is shown as \u2039x\u203a, the symbol Statistics "
            "Netherlands uses for confidential figures; an \u2039x\u203a therefore always stands for "
            "{k} or more. Before figures are released, they are checked against a reader who knows "
            "this method and holds every table released for the year (each organisation's and the "
            "one for all organisations together, and those of the year before and after); as long "
            "as a protected number can still be worked out exactly, one more number is protected, "
            "the smallest first. A breakdown in which every case falls into one category, or that "
            "cannot be shown safely, is left out. An organisation with fewer than {k} cases in a "
            "year gets only that fact (and one none of whose figures can be shown safely only "
            "\u2039{k} or more\u203a) and is not counted in the figures for all organisations together. "
            "A year's figures are "
            "released with one threshold, and the previous year is shown as it was released "
            "before. The report contains no names, departments, exact dates or conversation "
            "content, and was checked for identifying data before it was saved."
        ),
        "legend": "{lt} = 1 to {k1}; x = {k} or more, protected so it cannot be worked out",
        "left_out_group": (
            "This breakdown is not shown: every case falls into one category, so it would tell "
            "something about each reporter, or it would let a protected number be worked out."
        ),
        "left_out_organisations": (
            "Not counted in these figures, because they had fewer than {k} cases in {year}: {names}."
        ),
        "previous_released": "The figures for {year} are shown as they were released on {date}.",
        "previous_changed": (
            "The data for {year} have changed since; the released figures stay, so that a "
            "comparison gives nothing away about the change."
        ),
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
    "behaviour_detail": tx.BEHAVIOUR,
    "wish": tx.REPORTER_WISH,
    "age_group": tx.AGE_GROUP,
}


def text(lang: str, key: str, **values: object) -> str:
    """One fixed text in ``lang`` (Dutch unless ``"en"``), with its placeholders filled."""
    table = TEXTS["en" if lang == "en" else "nl"]
    return table[key].format(**values) if values else table[key]


def cell_label(breakdown: str, code: str, lang: str) -> str:
    """The label of one cell of a breakdown: a taxonomy label, a quarter or "still open"."""
    if breakdown == "quarter" or (breakdown == "outcome" and code == "open"):
        return text(lang, code)
    if breakdown == "anonymous":
        return text(lang, "anonymous_cell")
    vocab = BREAKDOWN_VOCABULARIES.get(breakdown)
    return vocab.label(code, lang) if vocab else code


def breakdown_note(key: str, single: bool, lang: str) -> str:
    """The sentence under a breakdown's heading: its own, or how its numbers add up."""
    own = f"{key}_note"
    if own in TEXTS["nl"]:
        return text(lang, own)
    return text(lang, "single_note" if single else "multi_note")


def all_fixed_texts() -> Iterator[str]:
    """Every fixed sentence and label the report can print, in both languages."""
    for table in TEXTS.values():
        yield from table.values()
    for vocab in tx.VOCABULARIES.values():
        for term in vocab:
            yield term.code
            yield term.nl
            yield term.en
