<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="75"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="78"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="82"/>
        <source>Report language</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="83"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="84"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="86"/>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="89"/>
        <source>Counts below this number are shown as “&lt;K”.</source>
        <translation>Aantallen onder dit getal worden weergegeven als “&lt;K”.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="90"/>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="93"/>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="95"/>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="97"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="99"/>
        <source>Threshold:</source>
        <translation>Drempel:</translation>
    </message>
    <message>
        <source>Gender and role</source>
        <translation>Gender en positie</translation>
    </message>
    <message>
        <source>Also count the reporters&apos; gender and position (small numbers are protected too). The choice is kept in the vault and used by every report.</source>
        <translation>Tel ook gender en positie van de melders (ook hier worden kleine aantallen afgeschermd). De keuze wordt in de kluis bewaard en geldt voor elk verslag.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="108"/>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="111"/>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="112"/>
        <source>Accused relation</source>
        <translation>Relatie beklaagde</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="113"/>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="114"/>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="115"/>
        <source>Channel</source>
        <translation>Contactwijze</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="116"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="123"/>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="131"/>
        <location filename="../../vpdesk/gui/report_view.py" line="133"/>
        <source>Signals and recommendations</source>
        <translation>Signalen en aanbevelingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="138"/>
        <source>&amp;Save text</source>
        <translation>Tekst op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="239"/>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="262"/>
        <source>Calculating…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="285"/>
        <source>Signals are written per organisation: choose one above.</source>
        <translation>Signalen worden per organisatie geschreven: kies hierboven een organisatie.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="293"/>
        <source>The report was not saved: it would contain identifying data (%1). Change the signals text and try again.</source>
        <translation>Het verslag is niet opgeslagen: het zou herleidbare gegevens bevatten (%1). Pas de tekst met signalen aan en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="296"/>
        <source>This could not be done: %1</source>
        <translation>Dit is niet gelukt: %1</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="298"/>
        <source>An unexpected problem occurred; nothing was saved.</source>
        <translation>Er ging onverwacht iets mis; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="328"/>
        <source>Figure</source>
        <translation>Kerncijfer</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="330"/>
        <source>Cases opened</source>
        <translation>Nieuwe meldingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="331"/>
        <source>Cases closed</source>
        <translation>Afgesloten meldingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="332"/>
        <source>Carried over</source>
        <translation>Meegenomen uit eerdere jaren</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="333"/>
        <source>Open at year end</source>
        <translation>Open aan het eind van het jaar</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="334"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="335"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="345"/>
        <source>Fewer than %1 cases were opened in %2: the report shows only that number.</source>
        <translation>In %2 zijn minder dan %1 meldingen geopend: het verslag toont alleen dat aantal.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="349"/>
        <source>“&lt;%1” is a number from 1 to %2; “x” is %1 or more, kept confidential so that no protected number can be worked out from the released tables together.</source>
        <translation>“&lt;%1” is een aantal van 1 tot en met %2; “x” is %1 of meer, afgeschermd zodat geen afgeschermd aantal uit de vrijgegeven tabellen samen terug te rekenen is.</translation>
    </message>
    <message>
        <source>Left out: every case falls into one category</source>
        <translation>Weggelaten: alle meldingen vallen in één categorie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="356"/>
        <location filename="../../vpdesk/gui/report_view.py" line="362"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="371"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="378"/>
        <source>a reporter&apos;s name</source>
        <translation>de naam van een melder</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="379"/>
        <source>a reporter&apos;s e-mail address</source>
        <translation>het e-mailadres van een melder</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="380"/>
        <source>a reporter&apos;s phone number</source>
        <translation>het telefoonnummer van een melder</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="381"/>
        <source>a case reference</source>
        <translation>een kenmerk van een melding</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="382"/>
        <source>a department</source>
        <translation>een afdeling</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="383"/>
        <source>a description of an accused</source>
        <translation>een beschrijving van een beklaagde</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="384"/>
        <source>a word from case notes</source>
        <translation>een woord uit notities bij meldingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="385"/>
        <source>a word from activity notes</source>
        <translation>een woord uit notities bij activiteiten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="423"/>
        <source>The signals text was saved.</source>
        <translation>De tekst met signalen is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="435"/>
        <source>annual-report-%1.pdf</source>
        <translation>jaarverslag-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="437"/>
        <source>Save annual report</source>
        <translation>Jaarverslag opslaan</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="437"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="459"/>
        <source>The annual report was saved as %1.</source>
        <translation>Het jaarverslag is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="463"/>
        <source>Writing the report…</source>
        <translation>Het verslag wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/report_view.py" line="465"/>
        <source>Writing the annual report…</source>
        <translation>Het jaarverslag wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/pages/annual_report.py" line="1"/>
        <source>&amp;Not a name</source>
        <translation>&amp;Geen naam</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/pages/annual_report.py" line="1"/>
        <source>The marked words at the cursor look like a person&apos;s name but are not one</source>
        <translation>De gemarkeerde woorden bij de cursor lijken op een naam, maar zijn het niet</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/pages/annual_report.py" line="1"/>
        <source>a name from case notes</source>
        <translation>een naam uit notities bij meldingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/pages/annual_report.py" line="1"/>
        <source>a possible name</source>
        <translation>een mogelijke naam</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/pages/annual_report.py" line="1"/>
        <source>line %1, word %2: %3</source>
        <translation>regel %1, woord %2: %3</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/pages/annual_report.py" line="1"/>
        <source>This text may identify someone (%1). The report will be refused until it is changed, or a possible name is marked as not a name.</source>
        <translation>Deze tekst kan iemand herleidbaar maken (%1). Het verslag wordt geweigerd tot de tekst is aangepast, of een mogelijke naam als geen naam is gemarkeerd.</translation>
    </message>
</context>
</TS>
