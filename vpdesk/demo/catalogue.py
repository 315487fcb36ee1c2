"""Fixed material for the demo data: organisation kinds, distributions and Dutch phrases.

Everything here is static; the generator draws from it with a seeded random source, so the
same seed always yields the same vault.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- distributions (code, weight) ---------------------------------------------------------
# Weights follow what Dutch advisers typically report in their annual reports: bullying and
# intimidation lead, sexual harassment and aggression follow; the accused is mostly a manager
# or a colleague.

BEHAVIOUR_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("bullying", 32),
    ("intimidation", 22),
    ("sexual_harassment", 15),
    ("aggression_violence", 13),
    ("discrimination", 8),
    ("integrity", 5),
    ("other", 5),
)
SECOND_BEHAVIOUR_CHANCE = 0.2

ACCUSED_RELATION_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("manager", 42),
    ("colleague", 38),
    ("external", 9),
    ("subordinate", 6),
    ("unknown", 5),
)

CHANNEL_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("phone", 36),
    ("email", 30),
    ("in_person", 22),
    ("video", 10),
    ("unknown", 2),
)

GENDER_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("woman", 58),
    ("man", 36),
    ("other", 2),
    ("unknown", 4),
)

ROLE_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("employee", 80),
    ("manager", 7),
    ("intern", 6),
    ("volunteer", 3),
    ("external", 2),
    ("unknown", 2),
)

# Finer kinds, drawn for a case of the broader kind (with the rest staying broad only). The
# integrity kinds follow the BIOS typology; online harassment comes with any kind.
SUB_BEHAVIOUR_WEIGHTS: dict[str, tuple[tuple[str | None, int], ...]] = {
    "integrity": (
        ("integrity_conflict_of_interest", 22),
        ("integrity_abuse_of_power", 20),
        ("integrity_fraud", 18),
        ("integrity_information", 14),
        ("integrity_company_assets", 12),
        ("integrity_private_conduct", 8),
        ("integrity_corruption", 4),
        (None, 10),
    ),
    "aggression_violence": (("threat", 45), (None, 55)),
    "intimidation": (("stalking", 10), (None, 90)),
}
ONLINE_CHANCE = 0.07

# Who reports in the sector besides the staff: pupils and students in education, patients
# and clients in care.
SECTOR_ROLES: dict[str, tuple[str, float]] = {
    "Onderwijs": ("student", 0.15),
    "Zorg en welzijn": ("patient_client", 0.06),
}

AGE_GROUP_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("age_18_27", 16),
    ("age_28_44", 38),
    ("age_45_64", 36),
    ("age_65_plus", 2),
    ("unknown", 8),
)

# What the reporter wanted, given how the case ended (CVSN: about one in five wants an
# investigation; most want to be heard or advised).
WISH_WEIGHTS: dict[str, tuple[tuple[str, int], ...]] = {
    "listening": (("listening", 55), ("advice", 35), ("no_action", 10)),
    "informal_solution": (("advice", 50), ("mediation", 35), ("listening", 15)),
    "referral": (("advice", 45), ("investigation", 35), ("listening", 20)),
    "mediation": (("mediation", 80), ("advice", 20)),
    "withdrawn": (("no_action", 60), ("listening", 30), ("investigation", 10)),
    "formal_complaint": (("formal_complaint", 60), ("investigation", 40)),
    "other": (("unknown", 50), ("advice", 30), ("listening", 20)),
}

OUTCOME_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("listening", 38),
    ("informal_solution", 20),
    ("referral", 13),
    ("mediation", 9),
    ("withdrawn", 9),
    ("formal_complaint", 7),
    ("other", 4),
)

# Number of conversations per case, 1 to 8; the mean is about five.
CONVERSATION_COUNT_WEIGHTS: tuple[tuple[int, int], ...] = (
    (1, 5),
    (2, 7),
    (3, 10),
    (4, 15),
    (5, 19),
    (6, 18),
    (7, 14),
    (8, 12),
)

# Minutes by conversation kind (low, high, step).
CONVERSATION_MINUTES: dict[str, tuple[int, int, int]] = {
    "intake": (45, 90, 15),
    "follow_up": (30, 75, 15),
    "phone": (10, 40, 5),
    "email": (5, 20, 5),
}

REFERRAL_CHANCE = 0.28
# How often each address-book entry is the one a reporter is referred to.
REFERRAL_TARGET_WEIGHTS: dict[str, int] = {
    "occupational_physician": 22,
    "hr": 18,
    "social_work": 12,
    "gp_psychologist": 12,
    "mediator": 10,
    "complaints_committee": 9,
    "manager": 7,
    "integrity_office": 4,
    "legal": 3,
    "police": 3,
}
CONSENT_CHANCE = 0.88

# -- organisations -------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationKind:
    """A kind of client organisation: how it is named, its sector and its departments."""

    patterns: tuple[str, ...]  # {city} and {name} are filled in
    sector: str
    departments: tuple[str, ...]
    domain_hint: str
    weight: int  # relative number of cases
    externals: tuple[str, ...]  # who an external accused typically is


GEMEENTE = OrganisationKind(
    patterns=("Gemeente {city}",),
    sector="Openbaar bestuur",
    departments=(
        "Burgerzaken",
        "Publiekszaken",
        "Sociaal Domein",
        "Ruimtelijke Ordening",
        "Openbare Ruimte",
        "Financiën en Control",
        "Griffie",
        "Handhaving",
        "Informatievoorziening",
        "Communicatie en Voorlichting",
        "Belastingen",
        "Wijkteams",
        "Juridische Zaken",
    ),
    domain_hint="gemeente",
    weight=3,
    externals=("een inwoner", "een bezoeker van het gemeentehuis", "een aannemer", "een raadslid"),
)

ZORGGROEP = OrganisationKind(
    patterns=("Zorggroep {city}", "Zorggroep {name}", "Stichting Zorgcentra {city}"),
    sector="Zorg en welzijn",
    departments=(
        "Verpleging",
        "Thuiszorg",
        "Wijkverpleging",
        "Dagbesteding",
        "Facilitair Bedrijf",
        "Revalidatie",
        "Psychogeriatrie",
        "Somatiek",
        "Keuken",
        "Zorgplanning",
        "Behandeldienst",
        "Personeelszaken Zorg",
    ),
    domain_hint="zorggroep",
    weight=4,
    externals=("een cliënt", "een familielid van een cliënt", "een bezoeker", "een uitzendkracht"),
)

ONDERWIJS = OrganisationKind(
    patterns=("Hogeschool {city}", "{name} College", "Scholengemeenschap {city}"),
    sector="Onderwijs",
    departments=(
        "Opleiding Verpleegkunde",
        "Opleiding Bedrijfskunde",
        "Lerarenopleiding",
        "Techniek",
        "Studentzaken",
        "Onderwijsbureau",
        "Bibliotheek",
        "ICT-servicedesk",
        "Facilitaire Dienst",
        "Examencommissie",
        "Onderbouw",
        "Bovenbouw",
    ),
    domain_hint="onderwijs",
    weight=2,
    externals=("een student", "een ouder", "een stagebegeleider", "een externe docent"),
)

BEDRIJF = OrganisationKind(
    patterns=("{name} Logistiek B.V.", "{name} Techniek B.V.", "{name} & Partners", "{name} Groep"),
    sector="Bedrijfsleven",
    departments=(
        "Verkoop",
        "Inkoop",
        "Magazijn",
        "Expeditie",
        "Klantenservice",
        "Productie",
        "Onderhoud",
        "Financiële Administratie",
        "Personeel en Organisatie",
        "Planning en Roostering",
        "Kwaliteit en Veiligheid",
        "ICT-beheer",
    ),
    domain_hint="bedrijf",
    weight=2,
    externals=("een klant", "een leverancier", "een chauffeur van een vervoerder", "een monteur"),
)

WONEN = OrganisationKind(
    patterns=("Woonstichting {city}", "Woningcorporatie {name}"),
    sector="Wonen",
    departments=(
        "Verhuur",
        "Wijkbeheer",
        "Vastgoed",
        "Klantcontact",
        "Incasso",
        "Projecten",
        "Bedrijfsvoering",
        "Onderhoud",
    ),
    domain_hint="wonen",
    weight=2,
    externals=("een huurder", "een aannemer", "een bewoner"),
)

# The first three kinds always appear; the others join as the number of cases grows.
ORGANISATION_KINDS: tuple[OrganisationKind, ...] = (GEMEENTE, ZORGGROEP, ONDERWIJS, BEDRIJF, WONEN)

RETENTION_CHOICES = (12, 24)

FREE_MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl")

# Referral address book entries: (target code, how the entry is named, note).
ADDRESS_BOOK: tuple[tuple[str, str, str], ...] = (
    ("occupational_physician", "bedrijfsarts {person}", "Spreekuur via de arbodienst"),
    ("hr", "{person}, HR-adviseur", "Eerste aanspreekpunt P&O"),
    ("complaints_committee", "Klachtencommissie ongewenste omgangsvormen", "Secretariaat"),
    ("mediator", "{person}, MfN-registermediator", "Na akkoord van beide partijen"),
    ("social_work", "Bedrijfsmaatschappelijk werk, {person}", ""),
    ("gp_psychologist", "{person}, GZ-psycholoog", "Via verwijzing huisarts"),
    ("police", "Politie, wijkagent", "Bij aangifte of dreiging"),
    ("legal", "{person}, jurist arbeidsrecht", ""),
    ("integrity_office", "Meldpunt integriteit", "Vertrouwelijk meldpunt"),
    ("manager", "{person}, directeur", "Alleen met toestemming van de melder"),
)
ADDRESS_BOOK_REQUIRED = ("occupational_physician", "hr", "complaints_committee")

# -- the accused ----------------------------------------------------------------------------

# Roles are worded as phrases rather than bare labels such as "collega", so that an accused
# described only by role never equals a word the annual report itself prints.
ACCUSED_ROLES: dict[str, tuple[str, ...]] = {
    "manager": ("teamleider", "afdelingshoofd", "direct leidinggevende", "locatiemanager"),
    "colleague": ("directe collega", "collega van een ander team", "senior medewerker"),
    "subordinate": ("medewerker uit het eigen team", "nieuwe medewerker", "stagiair van het team"),
    "unknown": ("iemand van een andere afdeling", "naam niet genoemd door melder"),
}

# -- note text -----------------------------------------------------------------------------
# Sentences are built from fragments; {reporter}, {colleague}, {accused}, {behaviour},
# {period}, {department} and {target} are filled in by the generator.

BEHAVIOUR_PHRASES: dict[str, tuple[str, ...]] = {
    "bullying": (
        "structureel buitengesloten worden",
        "grappen ten koste van melder",
        "het achterhouden van informatie",
        "kleinerende opmerkingen in het teamoverleg",
    ),
    "sexual_harassment": (
        "ongewenste aanrakingen",
        "seksueel getinte opmerkingen",
        "ongewenste berichten via de telefoon",
        "opmerkingen over het uiterlijk van melder",
    ),
    "intimidation": (
        "dreigende taal",
        "intimiderend gedrag tijdens overleggen",
        "druk om niets te zeggen",
        "een dreigende houding",
    ),
    "aggression_violence": (
        "schreeuwen en schelden",
        "fysiek duwen",
        "agressief gedrag",
        "het gooien met spullen",
    ),
    "discrimination": (
        "opmerkingen over afkomst",
        "opmerkingen over geloof",
        "achterstelling bij het rooster",
        "opmerkingen over leeftijd",
    ),
    "integrity": (
        "het ontduiken van regels",
        "belangenverstrengeling",
        "onjuiste registratie van uren",
        "misbruik van bevoegdheden",
    ),
    "other": (
        "een verstoorde werkrelatie",
        "aanhoudende spanningen in het team",
        "onheuse bejegening",
    ),
}

PERIODS = (
    "enkele weken",
    "een paar maanden",
    "ongeveer een half jaar",
    "meer dan een jaar",
    "de reorganisatie",
    "de komst van een nieuwe leidinggevende",
    "de zomer",
)

INTAKE_SENTENCES = (
    "Melder neemt contact op en vertelt sinds {period} last te hebben van {behaviour}.",
    "Eerste gesprek met {reporter}. Het gaat om {behaviour} door {accused}.",
    "{reporter} beschrijft {behaviour}; dit speelt sinds {period}.",
    "Melder werkt bij {department} en ervaart {behaviour} door {accused}.",
    "Rol van de vertrouwenspersoon uitgelegd: vertrouwelijk, geen actie zonder toestemming.",
    "Mogelijkheden besproken: informele aanpak, bemiddeling of een formele klacht.",
    "Melder wil vooral een luisterend oor en nog geen stappen zetten.",
    "Melder slaapt slecht en ziet op tegen het werk.",
    "Melder heeft incidenten nog niet vastgelegd; geadviseerd een logboek bij te houden.",
    "{colleague} zou getuige zijn geweest van een van de incidenten.",
    "Melder twijfelt of het zin heeft om het bespreekbaar te maken.",
    "Toestemming gevraagd en gekregen voor registratie van de melding.",
)

FOLLOW_UP_SENTENCES = (
    "Vervolggesprek met {reporter}. De situatie is {trend}.",
    "Melder heeft het logboek bijgehouden; er zijn nieuwe voorvallen genoteerd.",
    "Melder heeft een gesprek gehad met {accused}; dat verliep {tone}.",
    "Besproken hoe melder het gesprek met de leidinggevende kan voorbereiden.",
    "Melder overweegt een formele klacht in te dienen; procedure toegelicht.",
    "{colleague} heeft melder gesteund in het teamoverleg.",
    "Melder geeft aan dat de spanning {trend2}.",
    "Samen gekeken naar de mogelijkheden van {target}.",
    "Melder is gedeeltelijk ziek gemeld; contact met de bedrijfsarts loopt.",
    "Melder voelt zich gehoord en wil het voorlopig zelf oppakken.",
    "Afspraak gemaakt voor een volgend gesprek over twee weken.",
    "De afspraken uit het vorige gesprek nagelopen.",
)

PHONE_SENTENCES = (
    "Kort telefonisch contact met {reporter}.",
    "Melder belt om te laten weten dat het {trend} is.",
    "Telefonisch nagevraagd hoe het gaat; melder klinkt {mood}.",
    "Melder belt met een vraag over de klachtenprocedure.",
    "Afspraak verzet op verzoek van melder.",
    "Melder vertelt dat {colleague} ook iets heeft gemerkt.",
)

EMAIL_SENTENCES = (
    "E-mail van {reporter} met een update.",
    "Melder stuurt een overzicht van de voorvallen.",
    "Per e-mail de informatie over {target} gestuurd.",
    "Melder bevestigt de afspraak per e-mail.",
    "Korte e-mail: melder heeft even geen behoefte aan contact.",
    "Verslag van het vorige gesprek ter controle gemaild aan melder.",
)

CLOSING_SENTENCES = (
    "Melder geeft aan dat de situatie is opgelost; dossier wordt gesloten.",
    "Afsluitend gesprek gevoerd; melder weet waar de vertrouwenspersoon te vinden is.",
    "Melder ziet af van verdere stappen.",
    "Traject afgerond; melder is tevreden over de begeleiding.",
)

TRENDS = ("iets verbeterd", "onveranderd", "verslechterd", "wisselend", "rustiger geworden")
TREND2 = ("afneemt", "blijft bestaan", "toeneemt", "minder is sinds het gesprek")
TONES = ("redelijk", "moeizaam", "beter dan verwacht", "gespannen", "constructief")
MOODS = ("opgelucht", "gespannen", "vermoeid", "strijdbaar", "rustig")

STEP_TEXTS = (
    "Terugbellen over het gesprek met de leidinggevende",
    "Informatie over de klachtenprocedure sturen",
    "Navragen of het logboek is bijgehouden",
    "Vervolgafspraak inplannen",
    "Contact opnemen met de bedrijfsarts (met toestemming)",
    "Gesprek met HR voorbereiden",
    "Nagaan of bemiddeling een optie is",
    "Verslag van het gesprek ter controle sturen",
    "Melder bellen na de vakantie",
    "Adres van maatschappelijk werk doorgeven",
    "Checken hoe het gesprek met {accused} is verlopen",
    "Toestemming vastleggen voor verwijzing",
)

REFERRAL_NOTES = (
    "Verwezen naar {contact} voor verdere ondersteuning.",
    "Met toestemming van melder contact gelegd met {contact}.",
    "Melder neemt zelf contact op met {contact}.",
    "Gegevens van {contact} meegegeven.",
)

# -- activities and signals -------------------------------------------------------------------

# (kind, times per year low, high, minutes low, high, notes)
ACTIVITY_PLAN: tuple[tuple[str, int, int, int, int, tuple[str, ...]], ...] = (
    (
        "information",
        2,
        5,
        45,
        120,
        (
            "Voorlichting in het teamoverleg over de rol van de vertrouwenspersoon",
            "Presentatie voor nieuwe medewerkers",
            "Voorlichting op de personeelsbijeenkomst",
            "Informatiestand tijdens de week van de werkstress",
        ),
    ),
    (
        "management_meeting",
        2,
        4,
        60,
        90,
        (
            "Periodiek overleg met de directie",
            "Overleg met HR over trends in meldingen",
            "Bespreking van het jaarverslag met het management",
        ),
    ),
    (
        "training",
        1,
        2,
        120,
        480,
        (
            "Training omgaan met agressie",
            "Bijscholing vertrouwenspersonen",
            "Training voor leidinggevenden over een veilige werkomgeving",
        ),
    ),
    (
        "intervision",
        3,
        6,
        90,
        150,
        (
            "Intervisie met collega-vertrouwenspersonen",
            "Intervisiebijeenkomst van de beroepsvereniging",
            "Casuïstiekbespreking in de intervisiegroep",
        ),
    ),
    (
        "other",
        0,
        2,
        30,
        90,
        ("Kennismaking met de nieuwe preventiemedewerker", "Afstemming met de klachtencommissie"),
    ),
)

# Signals are written for the annual report, so they name no one: only patterns. Their words
# are kept apart from those of the notes, roles and departments above, so the report's leak
# check never mistakes a signal for a trace of one case.
SIGNAL_SENTENCES = (
    "Meldingen over pesten komen met name uit teams met een hoge werkdruk.",
    "Het aantal meldingen over ongewenst gedrag door leidinggevenden verdient aandacht.",
    "Medewerkers vinden de vertrouwenspersoon steeds beter na de voorlichtingen.",
    "Na de reorganisatie nam het aantal meldingen over intimidatie toe.",
    "Agressie van externen tegen medewerkers aan de balie blijft een terugkerend thema.",
    "Meerdere melders gaven aan dat zij niet wisten waar zij met klachten terecht konden.",
    "Meldingen over seksuele intimidatie betroffen vaak opmerkingen in berichtenapps.",
    "Melders zijn terughoudend met een formele klacht uit angst voor de gevolgen.",
)
RECOMMENDATION_SENTENCES = (
    "Advies: investeer in training van leidinggevenden in het aanspreken op gedrag.",
    "Advies: breng de gedragscode opnieuw onder de aandacht, ook bij nieuwe medewerkers.",
    "Advies: zorg voor een duidelijk protocol bij agressie van externen.",
    "Advies: maak omgangsvormen een vast agendapunt van het werkoverleg.",
    "Advies: geef de klachtencommissie meer bekendheid.",
    "Advies: evalueer de werkdruk in de teams met de meeste meldingen.",
)
