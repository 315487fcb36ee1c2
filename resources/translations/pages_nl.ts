<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="60" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="60" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="60" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="60" />
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="61" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="77" />
        <source>Filter by organisation</source>
        <translation>Filter op organisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="80" />
        <source>Filter by year</source>
        <translation>Filter op jaar</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="81" />
        <source>&amp;New activity</source>
        <translation>&amp;Nieuwe activiteit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="84" />
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="86" />
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="92" />
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="105" />
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="109" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="111" />
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="114" />
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="118" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="121" />
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="125" />
        <source>No&amp;te</source>
        <translation>Noti&amp;tie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="126" />
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="127" />
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="206" />
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="221" />
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="241" />
        <source>%1 activities, %2 hours</source>
        <translation>%1 activiteiten, %2 uur</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="314" />
        <source>No organisation</source>
        <translation>Geen organisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="314" />
        <source>Add an organisation first.</source>
        <translation>Voeg eerst een organisatie toe.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="345" />
        <source>Choose an organisation.</source>
        <translation>Kies een organisatie.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="364" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="370" />
        <source>Activity saved.</source>
        <translation>Activiteit opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="378" />
        <source>Delete activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="379" />
        <source>Delete this activity?</source>
        <translation>Deze activiteit verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="388" />
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="393" />
        <source>Activity deleted.</source>
        <translation>Activiteit verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="400" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/activities_page.py" line="401" />
        <source>This activity has changes that are not saved yet. Save them?</source>
        <translation>Deze activiteit heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <source>1 activity, %2 hours</source>
        <translation>1 activiteit, %2 uur</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="159" />
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="160" />
        <source>Save the case (Ctrl+S)</source>
        <translation>Melding opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="161" />
        <location filename="../../vpdesk/gui/case_editor.py" line="386" />
        <source>&amp;Close case…</source>
        <translation>&amp;Melding sluiten…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="162" />
        <source>&amp;Delete case…</source>
        <translation>Melding verwi&amp;jderen…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="174" />
        <source>Case</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="178" />
        <source>&amp;Reference</source>
        <translation>&amp;Kenmerk</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="180" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="184" />
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="186" />
        <source>O&amp;pened</source>
        <translation>&amp;Geopend</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="187" />
        <source>closed on</source>
        <translation>gesloten op</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="188" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="190" />
        <source>Ou&amp;tcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="192" />
        <source>Contact &amp;via</source>
        <translation>Contact &amp;via</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="195" />
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="198" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="200" />
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="202" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="204" />
        <source>&amp;Gender</source>
        <translation>Ge&amp;slacht</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="206" />
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="207" />
        <source>recorded on</source>
        <translation>vastgelegd op</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="208" />
        <location filename="../../vpdesk/gui/case_editor.py" line="237" />
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="211" />
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="213" />
        <source>Kinds of behaviour</source>
        <translation>Soorten gedrag</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="223" />
        <source>Accused &amp;is</source>
        <translation>Bes&amp;chuldigde is</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="226" />
        <source>Who is the reporter's complaint about?</source>
        <translation>Over wie gaat de melding?</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="228" />
        <source>Acc&amp;used</source>
        <translation>Besc&amp;huldigde</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="235" />
        <location filename="../../vpdesk/gui/case_editor.py" line="237" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="235" />
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="235" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="235" />
        <location filename="../../vpdesk/gui/case_editor.py" line="237" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="236" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="236" />
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="236" />
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="237" />
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="242" />
        <source>&amp;Add conversation…</source>
        <translation>Gesprek &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="243" />
        <source>&amp;Add step…</source>
        <translation>Stap &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="244" />
        <source>&amp;Add referral…</source>
        <translation>Verwijzing &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="246" />
        <source>Conversations, steps and referrals</source>
        <translation>Gesprekken, vervolgstappen en verwijzingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="247" />
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="248" />
        <source>Follow-up steps</source>
        <translation>Vervolgstappen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="249" />
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="277" />
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="343" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="343" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="381" />
        <source>New case</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="381" />
        <source>Case %1</source>
        <translation>Melding %1</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="386" />
        <source>Re&amp;open case</source>
        <translation>Melding he&amp;ropenen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="410" />
        <source>(choose an organisation)</source>
        <translation>(kies een organisatie)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="550" />
        <source>The identifying data of this case was removed on %1 (retention policy).</source>
        <translation>De identificerende gegevens van deze melding zijn op %1 verwijderd (bewaartermijn).</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="618" />
        <location filename="../../vpdesk/gui/case_editor.py" line="634" />
        <source>The case was not saved: check the marked fields.</source>
        <translation>De melding is niet opgeslagen: controleer de gemarkeerde velden.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="637" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="642" />
        <source>Case saved.</source>
        <translation>Melding opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="679" />
        <source>Case marked as closed; save to keep it.</source>
        <translation>Melding als gesloten gemarkeerd; sla op om dit te bewaren.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="705" />
        <source>Delete case</source>
        <translation>Melding verwijderen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="707" />
        <source>Delete this case with all its conversations, steps and referrals? This cannot be undone.</source>
        <translation>Deze melding met alle gesprekken, stappen en verwijzingen verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="719" />
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="722" />
        <source>Case deleted.</source>
        <translation>Melding verwijderd.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../vpdesk/gui/case_model.py" line="43" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_model.py" line="44" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_model.py" line="261" />
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_model.py" line="262" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_model.py" line="263" />
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_model.py" line="264" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_model.py" line="265" />
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_model.py" line="266" />
        <source>Next step due</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_model.py" line="284" />
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="76" />
        <source>Search reference, name, department, accused, notes…</source>
        <translation>Zoek op kenmerk, naam, afdeling, beschuldigde, notities…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="77" />
        <source>Search cases</source>
        <translation>Meldingen zoeken</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="81" />
        <source>Filter by organisation</source>
        <translation>Filter op organisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="87" />
        <source>Filter by year</source>
        <translation>Filter op jaar</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="89" />
        <source>Filter by status</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="91" />
        <source>Filter by behaviour</source>
        <translation>Filter op gedrag</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="92" />
        <source>&amp;New case</source>
        <translation>&amp;Nieuwe melding</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="93" />
        <source>New case (Ctrl+N)</source>
        <translation>Nieuwe melding (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="105" />
        <source>Cases</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="133" />
        <source>← Case &amp;list</source>
        <translation>← &amp;Lijst</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="134" />
        <source>Back to the case list</source>
        <translation>Terug naar de lijst met meldingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="165" />
        <source>Open and closed</source>
        <translation>Open en gesloten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="166" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="167" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="168" />
        <source>All behaviour</source>
        <translation>Alle gedrag</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="172" />
        <location filename="../../vpdesk/gui/cases_page.py" line="368" />
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="173" />
        <location filename="../../vpdesk/gui/cases_page.py" line="355" />
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="287" />
        <source>This case no longer exists.</source>
        <translation>Deze melding bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="311" />
        <source>Loading cases…</source>
        <translation>Meldingen laden…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="344" />
        <source>The cases could not be loaded.</source>
        <translation>De meldingen konden niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="434" />
        <source>%1 of %2 cases</source>
        <translation>%1 van %2 meldingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="463" />
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="464" />
        <source>&amp;Copy reference</source>
        <translation>Kenmerk &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="474" />
        <source>Reference copied.</source>
        <translation>Kenmerk gekopieerd.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="484" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="485" />
        <source>This case has changes that are not saved yet.</source>
        <translation>Deze melding heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/cases_page.py" line="486" />
        <source>Save them, or discard them?</source>
        <translation>Wilt u ze opslaan of verwerpen?</translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation>De lijst met meldingen exporteren</translation>
    </message>
    <message>
        <source>The file will hold the %1 cases of the list as shown, with their references and organisations, and it is NOT encrypted. It is for your own use: keep it on this computer, never send it on, and delete it when you are done.</source>
        <translation>Het bestand bevat de %1 meldingen van de lijst zoals u die ziet, met kenmerk en organisatie, en het is NIET versleuteld. Het is alleen voor uw eigen gebruik: houd het op deze computer, stuur het nooit door en verwijder het als u klaar bent.</translation>
    </message>
    <message>
        <source>cases.csv</source>
        <translation>meldingen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written. Check the folder and the free space.</source>
        <translation>Het bestand kon niet worden geschreven. Controleer de map en de vrije ruimte.</translation>
    </message>
    <message>
        <source>%1 cases exported to %2.</source>
        <translation>%1 meldingen geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>The new case you were typing is back; save it when it is complete.</source>
        <translation>De nieuwe melding die u aan het typen was, is terug; sla haar op als ze compleet is.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="292" />
        <source>Close case</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="297" />
        <source>(choose the outcome)</source>
        <translation>(kies de uitkomst)</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="299" />
        <source>&amp;Closed on</source>
        <translation>&amp;Gesloten op</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="300" />
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="159" />
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="166" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="175" />
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="176" />
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="177" />
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="178" />
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Last date of the case: %1</source>
        <translation>Laatste datum van de melding: %1</translation>
    </message>
    <message>
        <source>Use the date of the case&apos;s most recent record</source>
        <translation>Gebruik de datum van het laatste gesprek of de laatste verwijzing van de melding</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="57" />
        <location filename="../../vpdesk/gui/organisations_page.py" line="76" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="65" />
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="68" />
        <source>New or&amp;ganisation</source>
        <translation>Nieuwe or&amp;ganisatie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="80" />
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="82" />
        <source>e.g. local government, education, healthcare</source>
        <translation>bijv. overheid, onderwijs, zorg</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="83" />
        <source>Sec&amp;tor</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="86" />
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="88" />
        <source>How long after closing a case its identifying data is kept before purging.</source>
        <translation>Hoe lang na het sluiten van een melding de identificerende gegevens bewaard blijven.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="90" />
        <source>&amp;Retention</source>
        <translation>&amp;Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="92" />
        <location filename="../../vpdesk/gui/organisations_page.py" line="94" />
        <source>Departments</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="100" />
        <source>Add &amp;department</source>
        <translation>Afdeling &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="101" />
        <source>Remove department</source>
        <translation>Afdeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="110" />
        <source>Address book (sociale kaart)</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="112" />
        <source>Address book</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="114" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="114" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="114" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="114" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="114" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="125" />
        <source>Add &amp;contact</source>
        <translation>&amp;Contact toevoegen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="126" />
        <source>Remove contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="137" />
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="138" />
        <source>De&amp;lete organisation…</source>
        <translation>Organisatie &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="303" />
        <source>New department</source>
        <translation>Nieuwe afdeling</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="406" />
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="415" />
        <source>Organisation saved.</source>
        <translation>Organisatie opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="426" />
        <source>Cannot delete</source>
        <translation>Verwijderen niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="427" />
        <source>This organisation still has cases, so it cannot be deleted.</source>
        <translation>Deze organisatie heeft nog meldingen en kan daarom niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="432" />
        <source>Delete organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="433" />
        <source>Delete this organisation with its departments, address book and activities?</source>
        <translation>Deze organisatie met afdelingen, sociale kaart en activiteiten verwijderen?</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="442" />
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="447" />
        <source>Organisation deleted.</source>
        <translation>Organisatie verwijderd.</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="455" />
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/organisations_page.py" line="456" />
        <source>This organisation has changes that are not saved yet. Save them?</source>
        <translation>Deze organisatie heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="243" />
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="261" />
        <source>The reporter agreed to this referral</source>
        <translation>De melder stemt in met deze verwijzing</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="267" />
        <source>&amp;Referred to</source>
        <translation>&amp;Verwezen naar</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="268" />
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="269" />
        <source>&amp;Consent</source>
        <translation>&amp;Toestemming</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="270" />
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Last date of the case: %1</source>
        <translation>Laatste datum van de melding: %1</translation>
    </message>
    <message>
        <source>Use the date of the case&apos;s most recent record</source>
        <translation>Gebruik de datum van het laatste gesprek of de laatste verwijzing van de melding</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="198" />
        <source>Follow-up step</source>
        <translation>Vervolgstap</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="201" />
        <source>due on</source>
        <translation>uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="203" />
        <source>done on</source>
        <translation>gedaan op</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="205" />
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="206" />
        <source>D&amp;ue</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_records.py" line="207" />
        <source>D&amp;one</source>
        <translation>&amp;Gedaan</translation>
    </message>
</context>
<context>
    <name>_RecordTab</name>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="93" />
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../vpdesk/gui/case_editor.py" line="94" />
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Type a date such as 6-10, 6-10-2026 or “today”; Alt+Down opens a calendar.</source>
        <translation>Typ een datum zoals 6-10, 6-10-2026 of ‘vandaag’; Alt+Omlaag opent een kalender.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Kies de datum op een kalender (Alt+Omlaag)</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <source>Last date of the case: %1</source>
        <translation>Laatste datum van de melding: %1</translation>
    </message>
    <message>
        <source>Use the date of the case&apos;s most recent record</source>
        <translation>Gebruik de datum van het laatste gesprek of de laatste verwijzing van de melding</translation>
    </message>
</context>
</TS>
