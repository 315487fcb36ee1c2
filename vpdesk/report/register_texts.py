"""The register statement's texts: its headings and the label of each requirement.

Apart from the statement's PDF (:mod:`vpdesk.report.register`) so that the window can show
them without loading the PDF renderer.
"""

from __future__ import annotations

from vpdesk.stats.register import LVV, MFN, RegisterCheck, Requirement

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Registerverklaring",
        "intro": "Overzicht van de herregistratie-eisen over de lopende periode, berekend uit "
        "de eigen registratie. Bevat alleen aantallen en uren, geen gegevens over zaken.",
        MFN: "MfN-register (registermediator), {first}–{last}",
        LVV: "LVV-register (vertrouwenspersoon), {first}–{last}",
        "requirement": "Eis",
        "required": "Vereist",
        "figure": "Behaald",
        "met": "Voldaan",
        "needed": "Nog nodig",
        "yes": "ja",
        "no": "nee",
        "all_met": "Aan alle eisen is voldaan.",
        "not_met": "Nog niet aan alle eisen voldaan.",
        "prepared_by": "Opgesteld door {name}",
        "co": "Co-mediations in de periode: {n} (hiervan tellen er hoogstens 3 mee).",
        "mediations": "Mediations (co-mediations tellen hoogstens 3 keer)",
        "contact_hours": "Contacturen",
        "year_mediations": "Mediations in {year}",
        "year_hours": "Contacturen in {year}",
        "written_agreements": "Mediations met een schriftelijke overeenkomst",
        "pe_points": "PE-punten",
        "pe_intervision": "PE-punten voor intervisie",
        "pe_hours": "Uren training en PE-activiteiten",
        "intervision_hours": "Uren intervisie",
    },
    "en": {
        "title": "Register statement",
        "intro": "The re-registration requirements over the running period, computed from the "
        "adviser's own record. Counts and hours only, no case data.",
        MFN: "MfN register (registered mediator), {first}–{last}",
        LVV: "LVV register (confidential adviser), {first}–{last}",
        "requirement": "Requirement",
        "required": "Required",
        "figure": "Achieved",
        "met": "Met",
        "needed": "Still needed",
        "yes": "yes",
        "no": "no",
        "all_met": "Every requirement is met.",
        "not_met": "Not every requirement is met yet.",
        "prepared_by": "Prepared by {name}",
        "co": "Co-mediations in the period: {n} (at most 3 of them count).",
        "mediations": "Mediations (co-mediations count at most 3 times)",
        "contact_hours": "Contact hours",
        "year_mediations": "Mediations in {year}",
        "year_hours": "Contact hours in {year}",
        "written_agreements": "Mediations with a written agreement",
        "pe_points": "PE points",
        "pe_intervision": "PE points for peer review (intervisie)",
        "pe_hours": "Hours of training and PE activities",
        "intervision_hours": "Hours of peer review (intervisie)",
    },
}


def requirement_label(req: Requirement, lang: str) -> str:
    return TEXTS["en" if lang == "en" else "nl"][req.key].format(year=req.year)


def check_title(check: RegisterCheck, lang: str) -> str:
    return TEXTS["en" if lang == "en" else "nl"][check.rule_set].format(
        first=check.first_year, last=check.last_year
    )
