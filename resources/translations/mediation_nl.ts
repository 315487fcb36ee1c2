<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseHold</name>
    <message>
        <source>Hold from the purge</source>
        <translation>Niet wissen (blokkade)</translation>
    </message>
    <message>
        <source>Why this case must be kept past its retention term (empty: no hold):</source>
        <translation>Waarom deze melding na de bewaartermijn bewaard moet blijven (leeg: geen blokkade):</translation>
    </message>
</context>
<context>
    <name>IntervisionDialog</name>
    <message>
        <source>Intervisie export: review</source>
        <translation>Intervisie-export: nalezen</translation>
    </message>
    <message>
        <source>Names, contact details, departments and the organisation are replaced by roles, dates by the days since the first contact. Read the text and change what could still identify someone; the PDF is written only when the check finds nothing.</source>
        <translation>Namen, contactgegevens, afdelingen en de organisatie zijn vervangen door rollen, data door het aantal dagen sinds het eerste contact. Lees de tekst en pas aan wat iemand nog herkenbaar kan maken; de PDF wordt pas geschreven als de controle niets meer vindt.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Casusbeschrijving</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>&amp;Write PDF…</source>
        <translation>PDF &amp;schrijven…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Still found: %1. The marked lines hold it.</source>
        <translation>Nog gevonden: %1. Het staat in de gemarkeerde regels.</translation>
    </message>
    <message>
        <source>The check found no identifying data.</source>
        <translation>De controle vond geen herleidbare gegevens.</translation>
    </message>
    <message>
        <source>Write the case summary</source>
        <translation>Casusbeschrijving opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The case summary was written.</source>
        <translation>De casusbeschrijving is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MediationReportDialog</name>
    <message>
        <source>Meten = weten: mediation report</source>
        <translation>Meten = weten: mediationverslag</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Smallest count shown</source>
        <translation>&amp;Kleinste getoonde aantal</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Write PDF…</source>
        <translation>PDF &amp;schrijven…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Write the mediation report</source>
        <translation>Mediationverslag opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The mediation report was written.</source>
        <translation>Het mediationverslag is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MediationTiles</name>
    <message>
        <source>open mediations</source>
        <translation>lopende mediations</translation>
    </message>
    <message>
        <source>next mediation session</source>
        <translation>volgend mediationgesprek</translation>
    </message>
    <message>
        <source>cases and mediations purged in the next 30 days</source>
        <translation>meldingen en mediations die de komende 30 dagen gewist worden</translation>
    </message>
</context>
<context>
    <name>MediationsPage</name>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Minutes of the session</source>
        <translation>Verslag van het gesprek</translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation>Filteren op organisatie</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Search reference, parties, minutes…</source>
        <translation>Zoek op kenmerk, partijen, verslagen…</translation>
    </message>
    <message>
        <source>Search mediations</source>
        <translation>Mediations zoeken</translation>
    </message>
    <message>
        <source>&amp;New mediation</source>
        <translation>&amp;Nieuwe mediation</translation>
    </message>
    <message>
        <source>Retention &amp;terms…</source>
        <translation>&amp;Bewaartermijnen…</translation>
    </message>
    <message>
        <source>Meten = &amp;weten (PDF)…</source>
        <translation>Meten = &amp;weten (PDF)…</translation>
    </message>
    <message>
        <source>New mediation</source>
        <translation>Nieuwe mediation</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Mediations</source>
        <translation>Mediations</translation>
    </message>
    <message>
        <source>&amp;Mediation</source>
        <translation>&amp;Mediation</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Partijen</translation>
    </message>
    <message>
        <source>S&amp;essions</source>
        <translation>G&amp;esprekken</translation>
    </message>
    <message>
        <source>E&amp;valuations</source>
        <translation>E&amp;valuaties</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>&amp;Intervisie export…</source>
        <translation>&amp;Intervisie-export…</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>S&amp;tarted</source>
        <translation>Ges&amp;tart</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>E&amp;nded</source>
        <translation>Afgeron&amp;d</translation>
    </message>
    <message>
        <source>Re&amp;lation</source>
        <translation>Re&amp;latie</translation>
    </message>
    <message>
        <source>Came in &amp;by</source>
        <translation>Binnengekomen &amp;via</translation>
    </message>
    <message>
        <source>Re&amp;ferred by</source>
        <translation>&amp;Verwezen door</translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation>&amp;Initiatief</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>Vo&amp;rm</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>getekend</translation>
    </message>
    <message>
        <source>Mediation a&amp;greement</source>
        <translation>Mediationo&amp;vereenkomst</translation>
    </message>
    <message>
        <source>with a co-mediator</source>
        <translation>met een co-mediator</translation>
    </message>
    <message>
        <source>&amp;Co-mediation</source>
        <translation>&amp;Co-mediation</translation>
    </message>
    <message>
        <source>(still running)</source>
        <translation>(nog lopend)</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ultaat</translation>
    </message>
    <message>
        <source>written agreement</source>
        <translation>schriftelijke overeenkomst</translation>
    </message>
    <message>
        <source>&amp;Written agreement</source>
        <translation>&amp;Schriftelijke overeenkomst</translation>
    </message>
    <message>
        <source>Formal procedure a&amp;voided</source>
        <translation>Formele procedure voor&amp;komen</translation>
    </message>
    <message>
        <source>empty: purged when the retention term ends</source>
        <translation>leeg: gewist na de bewaartermijn</translation>
    </message>
    <message>
        <source>&amp;Hold (reason)</source>
        <translation>&amp;Blokkade (reden)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Aan&amp;tekening</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>Partij &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>Partij ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Gesprek &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Remove sess&amp;ion</source>
        <translation>Gesprek verwijd&amp;eren</translation>
    </message>
    <message>
        <source>Each party&apos;s satisfaction at the end, from 1 (very dissatisfied) to 5 (very satisfied); – when no score was given.</source>
        <translation>De tevredenheid van elke partij aan het eind, van 1 (zeer ontevreden) tot 5 (zeer tevreden); – als er geen cijfer is gegeven.</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Tevredenheid</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Geen organisatie</translation>
    </message>
    <message>
        <source>Add an organisation first.</source>
        <translation>Voeg eerst een organisatie toe.</translation>
    </message>
    <message>
        <source>party %1 (%2)</source>
        <translation>partij %1 (%2)</translation>
    </message>
    <message>
        <source>%1 sessions, %2 contact hours</source>
        <translation>%1 gesprekken, %2 contacturen</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>Kies een organisatie.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Mediation saved.</source>
        <translation>Mediation opgeslagen.</translation>
    </message>
    <message>
        <source>Delete mediation</source>
        <translation>Mediation verwijderen</translation>
    </message>
    <message>
        <source>Delete this mediation with its parties, sessions and evaluations?</source>
        <translation>Deze mediation met haar partijen, gesprekken en evaluaties verwijderen?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Mediation deleted.</source>
        <translation>Mediation verwijderd.</translation>
    </message>
    <message>
        <source>This mediation has changes that are not saved yet. Save them?</source>
        <translation>Deze mediation heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>PE points</source>
        <translation>PE-punten</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Period ends in:</source>
        <translation>Periode eindigt in:</translation>
    </message>
    <message>
        <source>Period ends in</source>
        <translation>Periode eindigt in</translation>
    </message>
    <message>
        <source>Register &amp;statement (PDF)…</source>
        <translation>Register&amp;verklaring (PDF)…</translation>
    </message>
    <message>
        <source>MfN register (3 years)</source>
        <translation>MfN-register (3 jaar)</translation>
    </message>
    <message>
        <source>LVV register (4 years)</source>
        <translation>LVV-register (4 jaar)</translation>
    </message>
    <message>
        <source>Professional activities</source>
        <translation>Eigen deskundigheid</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <source>&amp;PE points</source>
        <translation>&amp;PE-punten</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Met wie</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Nieuwe activiteit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Nog nodig</translation>
    </message>
    <message>
        <source>met</source>
        <translation>voldaan</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet voldaan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Activity saved.</source>
        <translation>Activiteit opgeslagen.</translation>
    </message>
    <message>
        <source>Activity deleted.</source>
        <translation>Activiteit verwijderd.</translation>
    </message>
    <message>
        <source>Write the register statement</source>
        <translation>Registerverklaring opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Register statement written.</source>
        <translation>Registerverklaring opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RetentionTermsDialog</name>
    <message>
        <source>Retention of mediations</source>
        <translation>Bewaartermijn van mediations</translation>
    </message>
    <message>
        <source>A mediation dossier is kept at least five years after the end (art. 7:412 BW, MfN). After the term its names, contact details and texts are purged, unless it has a hold.</source>
        <translation>Een mediationdossier wordt ten minste vijf jaar na het einde bewaard (art. 7:412 BW, MfN). Na de termijn worden namen, contactgegevens en teksten gewist, tenzij er een blokkade op staat.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source> months after the end</source>
        <translation> maanden na het einde</translation>
    </message>
    <message>
        <source>Retention term</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Retention term</source>
        <translation>&amp;Bewaartermijn</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>&amp;Minutes of the session</source>
        <translation>&amp;Verslag van het gesprek</translation>
    </message>
</context>
</TS>
