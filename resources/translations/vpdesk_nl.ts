<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About vpdesk</source>
        <translation>Over vpdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;vpdesk %1&lt;/h2&gt;&lt;p&gt;Case files and annual reports for confidential advisers (vertrouwenspersonen), in one encrypted file on this computer. vpdesk makes no network connections.&lt;/p&gt;&lt;p&gt;vpdesk is free software under the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;vpdesk %1&lt;/h2&gt;&lt;p&gt;Dossiers en jaarverslagen voor vertrouwenspersonen, in één versleuteld bestand op deze computer. vpdesk maakt geen netwerkverbindingen.&lt;/p&gt;&lt;p&gt;vpdesk is vrije software onder de GNU General Public License, versie 3 of later. Er wordt geen garantie gegeven.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Parts carried in vpdesk and their licences:</source>
        <translation>Onderdelen die vpdesk meebrengt en hun licenties:</translation>
    </message>
    <message>
        <source>Bundled parts</source>
        <translation>Meegeleverde onderdelen</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccessExportDialog</name>
    <message>
        <source>Access export</source>
        <translation>Inzage-export</translation>
    </message>
    <message>
        <source>The reporter has the right to see their data. Select text about other people and click “Black out”: the PDF shows a black bar in its place and does not contain the text.</source>
        <translation>De melder heeft recht op inzage in de eigen gegevens. Selecteer tekst over andere personen en klik op “Zwart maken”: de PDF toont op die plaats een zwarte balk en bevat de tekst niet.</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Passage text</source>
        <translation>Tekst van de passage</translation>
    </message>
    <message>
        <source>&amp;Black out</source>
        <translation>&amp;Zwart maken</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Preview of what will be exported:</source>
        <translation>Voorbeeld van wat geëxporteerd wordt:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>De melding wordt geladen…</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Beschuldigde</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Vervolgstap</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>This case has no free text to review.</source>
        <translation>Deze melding heeft geen vrije tekst om na te lopen.</translation>
    </message>
    <message>
        <source>The case could not be read.</source>
        <translation>De melding kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>access-export.pdf</source>
        <translation>inzage-export.pdf</translation>
    </message>
    <message>
        <source>Save access export</source>
        <translation>Inzage-export opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>The PDF could not be saved. Check that the folder exists and has space.</source>
        <translation>De PDF kon niet worden opgeslagen. Controleer of de map bestaat en er ruimte is.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>De PDF kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>De PDF wordt geschreven…</translation>
    </message>
    <message>
        <source>Save the case first: the export shows what is saved.</source>
        <translation>Sla de melding eerst op: de export toont wat is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
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
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Filter op jaar</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
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
        <source>No&amp;te</source>
        <translation>Noti&amp;tie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>%1 activities, %2 hours</source>
        <translation>%1 activiteiten, %2 uur</translation>
    </message>
    <message>
        <source>1 activity, %2 hours</source>
        <translation>1 activiteit, %2 uur</translation>
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
        <source>Activity saved.</source>
        <translation>Activiteit opgeslagen.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <source>Delete this activity?</source>
        <translation>Deze activiteit verwijderen?</translation>
    </message>
    <message>
        <source>Activity deleted.</source>
        <translation>Activiteit verwijderd.</translation>
    </message>
    <message>
        <source>This activity has changes that are not saved yet. Save them?</source>
        <translation>Deze activiteit heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. What you saved is safe in the vault; if this happens again, lock vpdesk and start it anew.</source>
        <translation>Er ging onverwacht iets mis. Wat u hebt opgeslagen staat veilig in de kluis; gebeurt dit opnieuw, vergrendel vpdesk dan en start het opnieuw.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Internal case id</source>
        <translation>Intern meldingsnummer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>What happened in this vault and when. The log holds only the kind of event and an internal case number, never names or text.</source>
        <translation>Wat er in deze kluis is gebeurd en wanneer. Het logboek bevat alleen de soort gebeurtenis en een intern meldingsnummer, nooit namen of tekst.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>%1 events, newest first.</source>
        <translation>%1 gebeurtenissen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Het logboek kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>AuditEvents</name>
    <message>
        <source>Vault created</source>
        <translation>Kluis aangemaakt</translation>
    </message>
    <message>
        <source>Vault opened</source>
        <translation>Kluis geopend</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Kluis vergrendeld</translation>
    </message>
    <message>
        <source>Vault updated to a new version</source>
        <translation>Kluis bijgewerkt naar een nieuwe versie</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Melding aangemaakt</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Melding gewijzigd</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Melding verwijderd</translation>
    </message>
    <message>
        <source>Cases imported</source>
        <translation>Meldingen geïmporteerd</translation>
    </message>
    <message>
        <source>Access export saved</source>
        <translation>Inzage-export opgeslagen</translation>
    </message>
    <message>
        <source>Annual report saved</source>
        <translation>Jaarverslag opgeslagen</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Reservekopie gemaakt</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Hersteld uit een reservekopie</translation>
    </message>
    <message>
        <source>Identifying data purged</source>
        <translation>Herleidbare gegevens gewist</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <source>Mediation created</source>
        <translation>Mediation aangemaakt</translation>
    </message>
    <message>
        <source>Mediation changed</source>
        <translation>Mediation gewijzigd</translation>
    </message>
    <message>
        <source>Mediation deleted</source>
        <translation>Mediation verwijderd</translation>
    </message>
    <message>
        <source>Hold from the purge set</source>
        <translation>Blokkade tegen wissen ingesteld</translation>
    </message>
    <message>
        <source>Hold from the purge lifted</source>
        <translation>Blokkade tegen wissen opgeheven</translation>
    </message>
    <message>
        <source>Intervisie summary saved</source>
        <translation>Casusbeschrijving voor intervisie opgeslagen</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische reservekopieën</translation>
    </message>
    <message>
        <source>When you lock or close a vault, vpdesk makes an encrypted, checked copy of it (at most one a day) and keeps the newest ones. Choose a folder on another disk or a USB stick to be safe from a broken laptop.</source>
        <translation>Als u een kluis vergrendelt of sluit, maakt vpdesk er een versleutelde, gecontroleerde kopie van (hooguit één per dag) en bewaart de nieuwste. Kies een map op een andere schijf of een USB-stick, zodat een kapotte laptop u niets kost.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Aantal reservekopieën dat bewaard blijft</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Bewaar de laatste:</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Map voor de reservekopieën</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Deze map bestaat niet.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Melding opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Access e&amp;xport…</source>
        <translation>Inzage-e&amp;xport…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Melding</translation>
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
        <source>O&amp;pened</source>
        <translation>Geo&amp;pend</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>gesloten op</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Contact &amp;via</source>
        <translation>Contact &amp;via</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Ou&amp;tcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Asked on closing: what the reporter wanted, and so why the case went no further</source>
        <translation>Gevraagd bij het afsluiten: wat de melder wilde, en daarmee waarom de melding niet verder ging</translation>
    </message>
    <message>
        <source>Reporter&apos;s &amp;wish</source>
        <translation>Wens van &amp;de melder</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>the reporter did not give their name</source>
        <translation>de melder gaf zijn of haar naam niet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Clo&amp;se case…</source>
        <translation>Melding s&amp;luiten…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Melding verwijderen…</translation>
    </message>
    <message>
        <source>Keep past the retention term</source>
        <translation>Bewaren na de bewaartermijn</translation>
    </message>
    <message>
        <source>Anon&amp;ymous</source>
        <translation>&amp;Anoniem</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>Ge&amp;slacht</translation>
    </message>
    <message>
        <source>recorded on</source>
        <translation>vastgelegd op</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <source>Kinds of behaviour</source>
        <translation>Soorten gedrag</translation>
    </message>
    <message>
        <source>Accused &amp;is</source>
        <translation>Bes&amp;chuldigde is</translation>
    </message>
    <message>
        <source>Who is the reporter&apos;s complaint about?</source>
        <translation>Over wie gaat de melding?</translation>
    </message>
    <message>
        <source>Acc&amp;used</source>
        <translation>Beschuld&amp;igde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <source>&amp;Add conversation…</source>
        <translation>Gesprek &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Add step…</source>
        <translation>Stap &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Add referral…</source>
        <translation>Verwijzing &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Conversations, steps and referrals</source>
        <translation>Gesprekken, vervolgstappen en verwijzingen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Follow-up steps</source>
        <translation>Vervolgstappen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <source>(asked on closing)</source>
        <translation>(gevraagd bij afsluiten)</translation>
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
        <source>New case</source>
        <translation>Nieuwe melding</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Melding %1</translation>
    </message>
    <message>
        <source>Reopen ca&amp;se</source>
        <translation>Melding he&amp;ropenen</translation>
    </message>
    <message>
        <source>(choose an organisation)</source>
        <translation>(kies een organisatie)</translation>
    </message>
    <message>
        <source>The identifying data of this case was removed on %1 (retention policy).</source>
        <translation>De identificerende gegevens van deze melding zijn op %1 verwijderd (bewaartermijn).</translation>
    </message>
    <message>
        <source>Give the reason for keeping this case past its term.</source>
        <translation>Geef de reden waarom deze melding na de bewaartermijn bewaard blijft.</translation>
    </message>
    <message>
        <source>The case was not saved: check the marked fields.</source>
        <translation>De melding is niet opgeslagen: controleer de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Case saved.</source>
        <translation>Melding opgeslagen.</translation>
    </message>
    <message>
        <source>Case marked as closed; save to keep it.</source>
        <translation>Melding als gesloten gemarkeerd; sla op om dit te bewaren.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Melding verwijderen</translation>
    </message>
    <message>
        <source>Delete this case with all its conversations, steps and referrals? This cannot be undone.</source>
        <translation>Deze melding met alle gesprekken, stappen en verwijzingen verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Case deleted.</source>
        <translation>Melding verwijderd.</translation>
    </message>
    <message>
        <source>A PDF of this case for the reporter (subject access request)</source>
        <translation>Een PDF van deze melding voor de melder (inzageverzoek)</translation>
    </message>
</context>
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
    <name>CaseTableModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search reference, name, department, accused, notes…</source>
        <translation>Zoek op kenmerk, naam, afdeling, beschuldigde, notities…</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Meldingen zoeken</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Filter op jaar</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>Filter by behaviour</source>
        <translation>Filter op gedrag</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nieuwe melding</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Nieuwe melding (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>← Case &amp;list</source>
        <translation>← Li&amp;jst</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Terug naar de lijst met meldingen</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Open en gesloten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>All behaviour</source>
        <translation>Alle gedrag</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>The new case you were typing is back; save it when it is complete.</source>
        <translation>De nieuwe melding die u aan het typen was, is terug; sla haar op als ze compleet is.</translation>
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
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
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
        <source>This case no longer exists.</source>
        <translation>Deze melding bestaat niet meer.</translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation>Meldingen laden…</translation>
    </message>
    <message>
        <source>The cases could not be loaded.</source>
        <translation>De meldingen konden niet worden geladen.</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 van %2 meldingen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>Kenmerk &amp;kopiëren</translation>
    </message>
    <message>
        <source>Reference copied.</source>
        <translation>Kenmerk gekopieerd.</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>Deze melding heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Save them, or discard them?</source>
        <translation>Wilt u ze opslaan of verwerpen?</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nieuwe wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write the new passphrase down and keep it safe;&lt;/b&gt; it cannot be recovered. Backups made before now keep the old passphrase.</source>
        <translation>&lt;b&gt;Schrijf de nieuwe wachtwoordzin op en bewaar hem veilig;&lt;/b&gt; hij is niet te herstellen. Reservekopieën van vóór nu houden de oude wachtwoordzin.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Typ de huidige wachtwoordzin.</translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation>Kies een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>De nieuwe wachtwoordzin is gelijk aan de huidige.</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>De huidige wachtwoordzin klopt niet.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>(choose the outcome)</source>
        <translation>(kies de uitkomst)</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;Gesloten op</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <source>What the reporter &amp;wanted</source>
        <translation>&amp;Wens van de melder</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <source>Combine advisers&apos; figures</source>
        <translation>Cijfers van vertrouwenspersonen samenvoegen</translation>
    </message>
    <message>
        <source>One annual report of an organisation from the figures files of several advisers. The sums are protected so that the combined report reveals nothing that an adviser&apos;s own report hides.</source>
        <translation>Eén jaarverslag van een organisatie uit de cijferbestanden van meerdere vertrouwenspersonen. De sommen worden zo afgeschermd dat het gezamenlijke verslag niets prijsgeeft wat het eigen verslag van een vertrouwenspersoon afschermt.</translation>
    </message>
    <message>
        <source>&amp;Figures files:</source>
        <translation>&amp;Cijferbestanden:</translation>
    </message>
    <message>
        <source>Figures files</source>
        <translation>Cijferbestanden</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Shared passphrase</source>
        <translation>Gedeelde wachtwoordzin</translation>
    </message>
    <message>
        <source>Shared &amp;passphrase:</source>
        <translation>Gedeelde &amp;wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF opslaan…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Opslaan als W&amp;ord…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Add figures files</source>
        <translation>Cijferbestanden toevoegen</translation>
    </message>
    <message>
        <source>vpdesk figures (*.vpagg);;All files (*)</source>
        <translation>vpdesk-cijfers (*.vpagg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Add the figures files of at least two advisers.</source>
        <translation>Voeg de cijferbestanden van ten minste twee vertrouwenspersonen toe.</translation>
    </message>
    <message>
        <source>Type the passphrase you share with the other advisers.</source>
        <translation>Typ de wachtwoordzin die u met de andere vertrouwenspersonen deelt.</translation>
    </message>
    <message>
        <source>combined-annual-report</source>
        <translation>gezamenlijk-jaarverslag</translation>
    </message>
    <message>
        <source>Save the combined report</source>
        <translation>Gezamenlijk verslag opslaan</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The report cannot replace one of the figures files.</source>
        <translation>Het verslag kan geen van de cijferbestanden vervangen.</translation>
    </message>
    <message>
        <source>The combined report of %1 advisers was saved as %2.</source>
        <translation>Het gezamenlijke verslag van %1 vertrouwenspersonen is opgeslagen als %2.</translation>
    </message>
    <message>
        <source>Combining the figures…</source>
        <translation>De cijfers worden samengevoegd…</translation>
    </message>
    <message>
        <source>%1 could not be read: the shared passphrase is not the one it was written with, or the file is damaged or not a figures file.</source>
        <translation>%1 kon niet worden gelezen: de gedeelde wachtwoordzin is niet die waarmee het is geschreven, of het bestand is beschadigd of geen cijferbestand.</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>New vault</source>
        <translation>Nieuwe kluis</translation>
    </message>
    <message>
        <source>Location of the new vault</source>
        <translation>Locatie van de nieuwe kluis</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write your passphrase down and keep it safe.&lt;/b&gt; If you lose it, nobody can open this vault again: not you, not a helpdesk, not the makers of vpdesk. There is no way to recover it.</source>
        <translation>&lt;b&gt;Schrijf uw wachtwoordzin op en bewaar hem op een veilige plek.&lt;/b&gt; Raakt u hem kwijt, dan kan niemand deze kluis nog openen: u niet, een helpdesk niet en de makers van vpdesk ook niet. Hij is op geen enkele manier te herstellen.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Kluis aanmaken</translation>
    </message>
    <message>
        <source>vpdesk vaults (*.vpdesk)</source>
        <translation>vpdesk-kluizen (*.vpdesk)</translation>
    </message>
    <message>
        <source>Choose where to save the vault.</source>
        <translation>Kies waar de kluis moet komen.</translation>
    </message>
    <message>
        <source>Type a file name after the folder, for example kantoor.vpdesk.</source>
        <translation>Typ na de map ook een bestandsnaam, bijvoorbeeld kantoor.vpdesk.</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam; kies een andere naam.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Deze map bestaat niet.</translation>
    </message>
    <message>
        <source>Choose a passphrase: several words are easier to remember than symbols.</source>
        <translation>Kies een wachtwoordzin: een paar woorden onthoudt u makkelijker dan tekens.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Het overzicht vernieuwen</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>open meldingen</translation>
    </message>
    <message>
        <source>steps overdue</source>
        <translation>stappen over tijd</translation>
    </message>
    <message>
        <source>steps due this week</source>
        <translation>stappen deze week</translation>
    </message>
    <message>
        <source>cases past their retention period</source>
        <translation>meldingen voorbij de bewaartermijn</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Steps overdue</source>
        <translation>Stappen over tijd</translation>
    </message>
    <message>
        <source>Steps due this week</source>
        <translation>Stappen deze week</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Deze week te doen</translation>
    </message>
    <message>
        <source>Cases opened this year per organisation</source>
        <translation>Meldingen dit jaar per organisatie</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>&amp;Purge identifying data…</source>
        <translation>Herleidbare gegevens &amp;wissen…</translation>
    </message>
    <message>
        <source>Purge cases past their retention period</source>
        <translation>Meldingen voorbij de bewaartermijn opschonen</translation>
    </message>
    <message>
        <source>Signals (only for you; never in a report)</source>
        <translation>Signalen (alleen voor u; nooit in een verslag)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Mark the step &amp;done</source>
        <translation>Stap &amp;afgerond</translation>
    </message>
    <message>
        <source>Mark the selected step done today (Ctrl+D)</source>
        <translation>De gekozen stap vandaag afronden (Ctrl+D)</translation>
    </message>
    <message>
        <source>The step could not be marked done.</source>
        <translation>De stap kon niet als afgerond worden vastgelegd.</translation>
    </message>
    <message>
        <source>Step of case %1 marked done.</source>
        <translation>Stap van melding %1 afgerond.</translation>
    </message>
    <message>
        <source>%1 cases in department %2 in the last 12 months (%3 – %4)</source>
        <translation>%1 meldingen over afdeling %2 in de afgelopen 12 maanden (%3 – %4)</translation>
    </message>
    <message>
        <source>%1 cases name the same accused</source>
        <translation>%1 meldingen noemen dezelfde beschuldigde</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded.</source>
        <translation>Het overzicht kon niet worden geladen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Overview for %1</source>
        <translation>Overzicht voor %1</translation>
    </message>
    <message>
        <source>%1 closed cases are past their organisation&apos;s retention period. Purging removes names, contact details, the accused, the department and all notes; the figures for the annual reports stay.</source>
        <translation>%1 afgesloten meldingen zijn voorbij de bewaartermijn van hun organisatie. Opschonen wist namen, contactgegevens, de beschuldigde, de afdeling en alle aantekeningen; de cijfers voor de jaarverslagen blijven bewaard.</translation>
    </message>
    <message>
        <source>No cases are past their retention period.</source>
        <translation>Er zijn geen meldingen voorbij de bewaartermijn.</translation>
    </message>
    <message>
        <source>The backup folder is not there; nothing was purged or deleted.</source>
        <translation>De map voor reservekopieën is er niet; er is niets gewist of verwijderd.</translation>
    </message>
    <message>
        <source>Purged the identifying data of %1 cases.</source>
        <translation>De herleidbare gegevens van %1 meldingen zijn gewist.</translation>
    </message>
    <message>
        <source>Purging failed; nothing was changed.</source>
        <translation>Opschonen is mislukt; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Bezig met opschonen…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
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
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Getting started with vpdesk</source>
        <translation>Aan de slag met vpdesk</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation>De &amp;demokluis proberen</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Qt&apos;s libraries are kept as separate files beside vpdesk, so they can be replaced by another build of the same version. Source code: https://download.qt.io/official_releases/</source>
        <translation>De bibliotheken van Qt staan als aparte bestanden naast vpdesk, zodat ze door een andere build van dezelfde versie vervangen kunnen worden. Broncode: https://download.qt.io/official_releases/</translation>
    </message>
    <message>
        <source>Built into sqlcipher3 for the encryption.</source>
        <translation>Ingebouwd in sqlcipher3 voor de versleuteling.</translation>
    </message>
    <message>
        <source>Used in the annual report.</source>
        <translation>Gebruikt in het jaarverslag.</translation>
    </message>
    <message>
        <source>Solves the disclosure audit of the annual figures.</source>
        <translation>Rekent de controle op herleidbaarheid van de jaarcijfers door.</translation>
    </message>
    <message>
        <source>Writes the case list as an Excel workbook.</source>
        <translation>Schrijft de lijst met meldingen als Excel-werkmap.</translation>
    </message>
    <message>
        <source>Writes the annual report as a Word document.</source>
        <translation>Schrijft het jaarverslag als Word-document.</translation>
    </message>
    <message>
        <source>The licence file %1 is missing from this installation.</source>
        <translation>Het licentiebestand %1 ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <source>What vpdesk is for</source>
        <translation>Waar vpdesk voor is</translation>
    </message>
    <message>
        <source>vpdesk keeps your case files as a confidential adviser: reports (meldingen), conversations, follow-up steps and referrals, your activities and the sociale kaart of each organisation. From them it writes an annual report per organisation that contains no names and protects small numbers. Everything stays on this computer; vpdesk never connects to a network.</source>
        <translation>vpdesk bewaart uw dossiers als vertrouwenspersoon: meldingen, gesprekken, vervolgstappen en verwijzingen, uw activiteiten en de sociale kaart van elke organisatie. Daaruit maakt vpdesk per organisatie een jaarverslag zonder namen, waarin kleine aantallen worden afgeschermd. Alles blijft op deze computer; vpdesk maakt nooit verbinding met een netwerk.</translation>
    </message>
    <message>
        <source>Your vault and your passphrase</source>
        <translation>Uw kluis en uw wachtwoordzin</translation>
    </message>
    <message>
        <source>All your data is in one encrypted file, the vault (a name ending in .vpdesk), in a folder you choose when you make it, for example your Documents. Without the passphrase nobody can read it — and neither can you: &lt;b&gt;a forgotten passphrase cannot be recovered&lt;/b&gt;. Choose a long sentence you will remember, and keep a copy of it in a safe place. vpdesk locks itself after a few minutes without use (Ctrl+L locks at once).</source>
        <translation>Al uw gegevens staan in één versleuteld bestand, de kluis (een naam die eindigt op .vpdesk), in een map die u kiest als u de kluis aanmaakt, bijvoorbeeld Documenten. Zonder de wachtwoordzin kan niemand de kluis lezen — ook u niet: &lt;b&gt;een vergeten wachtwoordzin is niet te herstellen&lt;/b&gt;. Kies een lange zin die u onthoudt en bewaar een kopie ervan op een veilige plek. vpdesk vergrendelt zichzelf na een paar minuten zonder gebruik (Ctrl+L vergrendelt meteen).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>When you lock or close a vault (quitting vpdesk closes it too), vpdesk puts an encrypted copy of it in %1, at most one a day, and keeps the last %2. Under File › Automatic backups… you choose another folder, for example on a USB stick or network drive, and how many copies are kept. File › Restore from backup… (also on the welcome screen) puts a backup back in the vault&apos;s place: it first checks the backup with its passphrase and keeps the replaced file beside it. A backup opens with the passphrase the vault had when it was made.</source>
        <translation>Als u een kluis vergrendelt of sluit (afsluiten van vpdesk sluit haar ook), zet vpdesk er een versleutelde kopie van in %1, hooguit één per dag, en bewaart de laatste %2. Onder Bestand › Automatische reservekopieën… kiest u een andere map, bijvoorbeeld op een USB-stick of netwerkschijf, en hoeveel kopieën bewaard blijven. Bestand › Herstellen uit reservekopie… (ook op het welkomstscherm) zet een reservekopie terug op de plaats van de kluis: vpdesk controleert de kopie eerst met haar wachtwoordzin en bewaart het vervangen bestand ernaast. Een reservekopie opent met de wachtwoordzin die de kluis had toen de kopie werd gemaakt.</translation>
    </message>
    <message>
        <source>Access requests, retention and the audit log</source>
        <translation>Inzageverzoeken, bewaartermijn en logboek</translation>
    </message>
    <message>
        <source>When a reporter asks to see their data (AVG article 15), open the case and choose Access export…: select passages about other people, click Black out, then save a PDF of the reporter&apos;s data, conversations, steps and referrals. When closed cases are past their retention period, the dashboard&apos;s Purge identifying data… first lists those cases (reference, organisation, date closed) and their number, and wipes nothing until you confirm. File › Audit log… shows what happened in the vault and when: the time, the kind of event and an internal case number, never names or text.</source>
        <translation>Vraagt een melder om inzage in de eigen gegevens (artikel 15 AVG), open dan de melding en kies Inzage-export…: selecteer passages over andere personen, klik op Zwart maken en sla daarna een PDF op met de gegevens van de melder, de gesprekken, vervolgstappen en verwijzingen. Zijn gesloten meldingen voorbij hun bewaartermijn, dan toont Herleidbare gegevens wissen… op het overzicht eerst welke meldingen het zijn (kenmerk, organisatie, datum van sluiten) en hoeveel, en wist pas iets als u bevestigt. Bestand › Logboek… laat zien wat er in de kluis is gebeurd en wanneer: het tijdstip, de soort gebeurtenis en een intern meldingsnummer, nooit namen of tekst.</translation>
    </message>
    <message>
        <source>Bringing in your existing spreadsheet</source>
        <translation>Uw bestaande spreadsheet overnemen</translation>
    </message>
    <message>
        <source>Save your Excel sheet as CSV (semicolon separated) with one row per case and column names such as case_ref, organisation, opened and behaviours; then choose File › Import cases (CSV)… Dutch labels (Pesten, Leidinggevende) are understood. If anything in the file is wrong, nothing is imported and every problem is listed with its line number. The manual lists all columns.</source>
        <translation>Sla uw Excel-blad op als CSV (gescheiden door puntkomma&apos;s), met één regel per melding en kolomnamen zoals case_ref, organisation, opened en behaviours; kies dan Bestand › Meldingen importeren (CSV)… Nederlandse omschrijvingen (Pesten, Leidinggevende) worden begrepen. Klopt er iets niet in het bestand, dan wordt niets geïmporteerd en staat elk probleem in een lijst met het regelnummer. De handleiding noemt alle kolommen.</translation>
    </message>
    <message>
        <source>Looking around first</source>
        <translation>Eerst rondkijken</translation>
    </message>
    <message>
        <source>The demo vault is filled with invented organisations and cases, so you can try everything without risk. Its passphrase is &lt;b&gt;%1&lt;/b&gt;; it is kept in %2, away from your own vaults.</source>
        <translation>De demokluis is gevuld met verzonnen organisaties en meldingen, zodat u alles zonder risico kunt uitproberen. De wachtwoordzin is &lt;b&gt;%1&lt;/b&gt;; de demokluis staat in %2, los van uw eigen kluizen.</translation>
    </message>
    <message>
        <source>Help › User manual (F1) explains every part of vpdesk step by step.</source>
        <translation>Help › Handleiding (F1) legt elk onderdeel van vpdesk stap voor stap uit.</translation>
    </message>
    <message>
        <source>Welcome to vpdesk</source>
        <translation>Welkom bij vpdesk</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>The user manual is not part of this installation. It is in the docs folder of vpdesk&apos;s source.</source>
        <translation>De handleiding hoort niet bij deze installatie. U vindt haar in de map docs van de broncode van vpdesk.</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;About vpdesk</source>
        <translation>&amp;Over vpdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
</context>
<context>
    <name>HoldField</name>
    <message>
        <source>Reason for keeping it</source>
        <translation>Reden om te bewaren</translation>
    </message>
    <message>
        <source>why: a procedure still running, a request, …</source>
        <translation>waarom: een lopende procedure, een verzoek, …</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <source>Mediations</source>
        <translation>Mediations</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Open a saved case first.</source>
        <translation>Open eerst een opgeslagen melding.</translation>
    </message>
    <message>
        <source>The hold of this case was changed.</source>
        <translation>De bewaarblokkade van deze melding is gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nieuwe kluis…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Kluis &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>Kluis &amp;sluiten</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Instellin&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Herstellen uit reservekopie…</translation>
    </message>
    <message>
        <source>A&amp;utomatic backups…</source>
        <translation>A&amp;utomatische reservekopieën…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Share &amp;figures for a combined report…</source>
        <translation>Cijfers &amp;delen voor een gezamenlijk verslag…</translation>
    </message>
    <message>
        <source>Co&amp;mbine advisers&apos; figures…</source>
        <translation>Cijfers van vertrouwenspersonen sa&amp;menvoegen…</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Meldingen</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nieuwe melding</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>E&amp;xport the list (CSV, Excel)…</source>
        <translation>Lijst e&amp;xporteren (CSV, Excel)…</translation>
    </message>
    <message>
        <source>&amp;Intervisie export…</source>
        <translation>&amp;Intervisie-export…</translation>
    </message>
    <message>
        <source>&amp;Hold from the purge…</source>
        <translation>Niet wissen (&amp;blokkade)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About vpdesk</source>
        <translation>&amp;Over vpdesk</translation>
    </message>
    <message>
        <source>There is no vault at this location.</source>
        <translation>Op deze locatie staat geen kluis.</translation>
    </message>
    <message>
        <source>This file is not a vpdesk vault.</source>
        <translation>Dit bestand is geen vpdesk-kluis.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check the spelling and try again.</source>
        <translation>Met deze wachtwoordzin gaat de kluis niet open. Controleer de spelling en probeer het nog eens.</translation>
    </message>
    <message>
        <source>This vault file is damaged and cannot be read. Open your most recent backup instead: vpdesk makes one in %1 when you lock or close a vault, at most once a day (and you may have your own copies).</source>
        <translation>Dit kluisbestand is beschadigd en kan niet worden gelezen. Open in plaats daarvan uw meest recente reservekopie: vpdesk maakt er een in %1 wanneer u een kluis vergrendelt of sluit, hooguit één per dag (en misschien hebt u zelf ook kopieën).</translation>
    </message>
    <message>
        <source>This vault is already open in another vpdesk window. Close it there first.</source>
        <translation>Deze kluis is al geopend in een ander vpdesk-venster. Sluit hem daar eerst.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of vpdesk. Update vpdesk to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van vpdesk. Werk vpdesk bij om hem te openen.</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam; kies een andere naam.</translation>
    </message>
    <message>
        <source>The disk is full or could not be written. Nothing was changed.</source>
        <translation>De schijf is vol of kon niet worden beschreven. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>De kluis kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The file has 1 problem; nothing was imported.</source>
        <translation>Het bestand bevat 1 probleem; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>&amp;Import cases (CSV)…</source>
        <translation>Meldingen &amp;importeren (CSV)…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>The passphrase of the demo vault is: %1</source>
        <translation>De wachtwoordzin van de demokluis is: %1</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Een kluis openen</translation>
    </message>
    <message>
        <source>vpdesk vaults (*.vpdesk);;All files (*)</source>
        <translation>vpdesk-kluizen (*.vpdesk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>De kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Opening the demo vault…</source>
        <translation>De demokluis wordt geopend…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be written.</source>
        <translation>De automatische reservekopie van vandaag kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Audi&amp;t log…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet. Save them first?</source>
        <translation>U hebt wijzigingen die nog niet zijn opgeslagen. Eerst opslaan?</translation>
    </message>
    <message>
        <source>Some changes could not be saved; check the marked fields.</source>
        <translation>Sommige wijzigingen konden niet worden opgeslagen; controleer de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>vpdesk locked itself; changes that were not valid could not be saved.</source>
        <translation>vpdesk is vanzelf vergrendeld; wijzigingen die niet geldig waren, konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>vpdesk locked itself; the new case you were typing is kept in the vault and comes back when you unlock.</source>
        <translation>vpdesk is vanzelf vergrendeld; de nieuwe melding die u aan het typen was, staat in de kluis en komt terug als u ontgrendelt.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of vpdesk.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat u vpdesk start.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Map voor de reservekopie</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <source>The backup could not be written. Check that the folder exists and has space.</source>
        <translation>De reservekopie kon niet worden gemaakt. Controleer of de map bestaat en er ruimte genoeg is.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Reservekopie wordt gemaakt…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>De wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>The passphrase could not be changed; the old one still opens the vault.</source>
        <translation>De wachtwoordzin kon niet worden gewijzigd; de oude opent de kluis nog steeds.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>De wachtwoordzin wordt gewijzigd…</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Meldingen importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Imported %1 cases (%2 new organisations).</source>
        <translation>%1 meldingen geïmporteerd (%2 nieuwe organisaties).</translation>
    </message>
    <message>
        <source>The file has %1 problems; nothing was imported.</source>
        <translation>Het bestand bevat %1 problemen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file could not be imported; nothing was changed.</source>
        <translation>Het bestand kon niet worden geïmporteerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Importing cases…</source>
        <translation>Meldingen worden geïmporteerd…</translation>
    </message>
</context>
<context>
    <name>ManualViewer</name>
    <message>
        <source>User manual</source>
        <translation>Handleiding</translation>
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
        <source>Write as Word docu&amp;ment…</source>
        <translation>Als Word-&amp;document opslaan…</translation>
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
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The mediation figures for %1 were released with %2 as the smallest count shown; figures with another one could be combined with them. The report is set to %2 now.</source>
        <translation>De mediationcijfers van %1 zijn vrijgegeven met %2 als kleinste getoonde aantal; cijfers met een ander aantal zouden ermee te combineren zijn. Het overzicht staat nu op %2.</translation>
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
        <source>Retention term&amp;s…</source>
        <translation>Bewaa&amp;rtermijnen…</translation>
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
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Mediations</source>
        <translation>Mediations</translation>
    </message>
    <message>
        <source>&amp;Mediation</source>
        <translation>Med&amp;iation</translation>
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
        <source>De&amp;lete</source>
        <translation>Verwi&amp;jderen</translation>
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
        <source>St&amp;arted</source>
        <translation>Ges&amp;tart</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>En&amp;ded</source>
        <translation>A&amp;fgerond</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Came in &amp;by</source>
        <translation>Binnengekomen vi&amp;a</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>getekend</translation>
    </message>
    <message>
        <source>with a co-mediator</source>
        <translation>met een co-mediator</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Intervisie e&amp;xport…</source>
        <translation>Intervisie-e&amp;xport…</translation>
    </message>
    <message>
        <source>Referred b&amp;y</source>
        <translation>Verwe&amp;zen door</translation>
    </message>
    <message>
        <source>Media&amp;tion agreement</source>
        <translation>Mediationovereenkom&amp;st</translation>
    </message>
    <message>
        <source>Co-med&amp;iation</source>
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
        <source>Written agreement</source>
        <translation>Schriftelijke overeenkomst</translation>
    </message>
    <message>
        <source>Formal procedure avoided</source>
        <translation>Formele procedure voorkomen</translation>
    </message>
    <message>
        <source>&amp;Keep past the retention term</source>
        <translation>Na &amp;de bewaartermijn behouden</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aantekening</translation>
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
        <translation>Par&amp;tij toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>Partij verwij&amp;deren</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>Gesprek &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>Gesprek verwij&amp;deren</translation>
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
        <source>Give the reason for keeping this mediation past its term.</source>
        <translation>Geef de reden waarom deze mediation na de bewaartermijn bewaard blijft.</translation>
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
        <source>Mediation deleted.</source>
        <translation>Mediation verwijderd.</translation>
    </message>
    <message>
        <source>This mediation has changes that are not saved yet. Save them?</source>
        <translation>Deze mediation heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>OrganisationChart</name>
    <message>
        <source>Cases this year per organisation</source>
        <translation>Meldingen dit jaar per organisatie</translation>
    </message>
    <message>
        <source>No cases opened this year yet.</source>
        <translation>Dit jaar nog geen meldingen.</translation>
    </message>
</context>
<context>
    <name>OrganisationFilter</name>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation>Filter op organisatie</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>New &amp;organisation</source>
        <translation>Nieuwe &amp;organisatie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>e.g. local government, education, healthcare</source>
        <translation>bijv. overheid, onderwijs, zorg</translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>How long after closing a case its identifying data is kept before purging.</source>
        <translation>Hoe lang na het sluiten van een melding de identificerende gegevens bewaard blijven.</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>Be&amp;waartermijn</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <source>Add &amp;department</source>
        <translation>Afdeling &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Afdeling verwijderen</translation>
    </message>
    <message>
        <source>Address book (sociale kaart)</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Contact toevoegen</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>De&amp;lete organisation…</source>
        <translation>Organisatie &amp;verwijderen…</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Nieuwe afdeling</translation>
    </message>
    <message>
        <source>Organisation saved.</source>
        <translation>Organisatie opgeslagen.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Verwijderen niet mogelijk</translation>
    </message>
    <message>
        <source>This organisation still has cases, so it cannot be deleted.</source>
        <translation>Deze organisatie heeft nog meldingen en kan daarom niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <source>Delete this organisation with its departments, address book and activities?</source>
        <translation>Deze organisatie met afdelingen, sociale kaart en activiteiten verwijderen?</translation>
    </message>
    <message>
        <source>Organisation deleted.</source>
        <translation>Organisatie verwijderd.</translation>
    </message>
    <message>
        <source>This organisation has changes that are not saved yet. Save them?</source>
        <translation>Deze organisatie heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase feedback</source>
        <translation>Toelichting bij de wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>No&amp;gmaals:</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add another word or two.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden. Voeg er een of twee woorden aan toe.</translation>
    </message>
    <message>
        <source>Type the same passphrase again to confirm it.</source>
        <translation>Typ dezelfde wachtwoordzin nogmaals ter bevestiging.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>De twee wachtwoordzinnen komen niet overeen.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>This computer&apos;s clock says %1, long after anything recorded in the vault. If the clock is wrong, cases would be purged too early: check it first.</source>
        <translation>De klok van deze computer staat op %1, lang na alles wat in de kluis staat. Als de klok niet klopt, worden meldingen te vroeg gewist: controleer hem eerst.</translation>
    </message>
    <message>
        <source>The clock is right; purge all the same</source>
        <translation>De klok klopt; toch wissen</translation>
    </message>
    <message>
        <source>Purge identifying data</source>
        <translation>Herleidbare gegevens wissen</translation>
    </message>
    <message>
        <source>Remove the identifying data of %1 cases for good? Names, contact details, the accused, the department and all notes go; the figures for the annual reports stay. This cannot be undone: make a backup first if you are unsure.</source>
        <translation>De herleidbare gegevens van %1 meldingen definitief wissen? Namen, contactgegevens, de beschuldigde, de afdeling en alle notities verdwijnen; de cijfers voor de jaarverslagen blijven. Dit kan niet ongedaan worden gemaakt: maak eerst een reservekopie als u twijfelt.</translation>
    </message>
    <message>
        <source>%1 mediations past their retention term are purged as well. vpdesk gives its own copies the same purge: the automatic backups in %2 and the copies taken before an upgrade, beside the vault. Backups you made elsewhere still hold this data until you replace them.</source>
        <translation>Ook %1 mediations waarvan de bewaartermijn voorbij is worden gewist. vpdesk wist hetzelfde in zijn eigen kopieën: de automatische reservekopieën in %2 en de kopieën van voor een upgrade, naast de kluis. Reservekopieën die u elders maakte bevatten deze gegevens nog tot u ze vervangt.</translation>
    </message>
    <message>
        <source>&amp;Delete those copies instead of purging them</source>
        <translation>Die kopieën &amp;verwijderen in plaats van ze te wissen</translation>
    </message>
    <message>
        <source>Deletes vpdesk&apos;s own copies that hold the purged data, after a fresh verified backup</source>
        <translation>Verwijdert de eigen kopieën van vpdesk die de gewiste gegevens nog bevatten, na een nieuwe, gecontroleerde reservekopie</translation>
    </message>
    <message>
        <source>Purging a copy keeps it for restoring an earlier day, without the purged data. Deleting removes every copy that still holds purged data outright, once vpdesk has made a fresh, verified backup of the purged vault: fewer copies are left, and you can no longer go back to an earlier day.</source>
        <translation>Wissen in een kopie bewaart die kopie om een eerdere dag terug te zetten, zonder de gewiste gegevens. Verwijderen gooit elke kopie die nog gewiste gegevens bevat in zijn geheel weg, zodra vpdesk een nieuwe, gecontroleerde reservekopie van de gewiste kluis heeft gemaakt: er blijven minder kopieën over en u kunt niet meer terug naar een eerdere dag.</translation>
    </message>
    <message>
        <source>%1 cases and %2 mediations past their retention term are kept because they are on hold (%3 different reasons); the cases are listed below as kept.</source>
        <translation>%1 meldingen en %2 mediations waarvan de bewaartermijn voorbij is blijven bewaard omdat ze een blokkade hebben (%3 verschillende redenen); de meldingen staan hieronder als bewaard.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Cases past their retention period</source>
        <translation>Meldingen voorbij hun bewaartermijn</translation>
    </message>
    <message>
        <source>&amp;Purge %1 cases and delete the copies</source>
        <translation>%1 meldingen &amp;wissen en de kopieën verwijderen</translation>
    </message>
    <message>
        <source>&amp;Purge %1 cases</source>
        <translation>%1 meldingen &amp;wissen</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>kept: on hold</source>
        <translation>bewaard: blokkade</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
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
    <name>RecordPage</name>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>The reporter agreed to this referral</source>
        <translation>De melder stemt in met deze verwijzing</translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation>&amp;Verwezen naar</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Toestemming</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
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
        <source>Register s&amp;tatement (PDF)…</source>
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
        <source>H&amp;ours</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <source>&amp;PE points</source>
        <translation>&amp;PE-punten</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>Me&amp;t wie</translation>
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
    <name>ReportView</name>
    <message>
        <source>Protection</source>
        <translation>Bescherming</translation>
    </message>
    <message>
        <source>Hidden number</source>
        <translation>Afgeschermd aantal</translation>
    </message>
    <message>
        <source>A reader of every released table knows</source>
        <translation>Wat een lezer van alle vrijgegeven tabellen weet</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>precies %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Taal van het verslag</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>Counts below this number are shown as “&lt;K”.</source>
        <translation>Aantallen onder dit getal worden weergegeven als “&lt;K”.</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
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
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Also count the reporters&apos; age group (small numbers are protected too). The choice is kept in the vault and used by every report.</source>
        <translation>Ook de leeftijd van de melders tellen (kleine aantallen worden ook afgeschermd). De keuze wordt in de kluis bewaard en geldt voor elk verslag.</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Als &amp;Word opslaan…</translation>
    </message>
    <message>
        <source>The same report as an editable Word document (.docx), to edit and brand before sending</source>
        <translation>Hetzelfde verslag als bewerkbaar Word-document (.docx), om aan te passen en op te maken voor verzending</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <source>Accused relation</source>
        <translation>Relatie beklaagde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Contactwijze</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Finer kinds</source>
        <translation>Nader bepaald</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Reporter&apos;s wish</source>
        <translation>Wens van de melder</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Signals and recommendations</source>
        <translation>Signalen en aanbevelingen</translation>
    </message>
    <message>
        <source>&amp;Save text</source>
        <translation>Tekst op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Not a name</source>
        <translation>Geen &amp;naam</translation>
    </message>
    <message>
        <source>The marked words at the cursor look like a person&apos;s name but are not one</source>
        <translation>De gemarkeerde woorden bij de cursor lijken op een naam, maar zijn het niet</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>Signals are written per organisation: choose one above.</source>
        <translation>Signalen worden per organisatie geschreven: kies hierboven een organisatie.</translation>
    </message>
    <message>
        <source>The report was not saved: it would contain identifying data (%1). Change the signals text and try again.</source>
        <translation>Het verslag is niet opgeslagen: het zou herleidbare gegevens bevatten (%1). Pas de tekst met signalen aan en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This could not be done: %1</source>
        <translation>Dit is niet gelukt: %1</translation>
    </message>
    <message>
        <source>An unexpected problem occurred; nothing was saved.</source>
        <translation>Er ging onverwacht iets mis; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kerncijfer</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Nieuwe meldingen</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Afgesloten meldingen</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Meegenomen uit eerdere jaren</translation>
    </message>
    <message>
        <source>Open at year end</source>
        <translation>Open aan het eind van het jaar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Days to closing (median)</source>
        <translation>Dagen tot afsluiten (mediaan)</translation>
    </message>
    <message>
        <source>Conversations per case (median)</source>
        <translation>Gesprekken per melding (mediaan)</translation>
    </message>
    <message>
        <source>Fewer than %1 cases were opened in %2: the report shows only that number. The signals and recommendations text and the activities are left out as well, so that nothing points to the few people concerned.</source>
        <translation>In %2 zijn minder dan %1 meldingen geopend: het verslag toont alleen dat aantal. Ook de tekst met signalen en aanbevelingen en de activiteiten blijven weg, zodat niets naar de enkele betrokkenen wijst.</translation>
    </message>
    <message>
        <source>“&lt;%1” is a number from 1 to %2; “x” is %1 or more, kept confidential so that no protected number can be worked out from the released tables together.</source>
        <translation>“&lt;%1” is een aantal van 1 tot en met %2; “x” is %1 of meer, afgeschermd zodat geen afgeschermd aantal uit de vrijgegeven tabellen samen terug te rekenen is.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Left out: every case falls into one category</source>
        <translation>Weggelaten: alle meldingen vallen in één categorie</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>a reporter&apos;s name</source>
        <translation>de naam van een melder</translation>
    </message>
    <message>
        <source>a reporter&apos;s e-mail address</source>
        <translation>het e-mailadres van een melder</translation>
    </message>
    <message>
        <source>a reporter&apos;s phone number</source>
        <translation>het telefoonnummer van een melder</translation>
    </message>
    <message>
        <source>a case reference</source>
        <translation>een kenmerk van een melding</translation>
    </message>
    <message>
        <source>a department</source>
        <translation>een afdeling</translation>
    </message>
    <message>
        <source>a description of an accused</source>
        <translation>een beschrijving van een beklaagde</translation>
    </message>
    <message>
        <source>a name from case notes</source>
        <translation>een naam uit notities bij meldingen</translation>
    </message>
    <message>
        <source>a word from case notes</source>
        <translation>een woord uit notities bij meldingen</translation>
    </message>
    <message>
        <source>a word from activity notes</source>
        <translation>een woord uit notities bij activiteiten</translation>
    </message>
    <message>
        <source>a possible name</source>
        <translation>een mogelijke naam</translation>
    </message>
    <message>
        <source>line %1, word %2: %3</source>
        <translation>regel %1, woord %2: %3</translation>
    </message>
    <message>
        <source>This text may identify someone (%1). The report will be refused until it is changed, or a possible name is marked as not a name.</source>
        <translation>Deze tekst kan iemand herleidbaar maken (%1). Het verslag wordt geweigerd tot de tekst is aangepast, of een mogelijke naam als geen naam is gemarkeerd.</translation>
    </message>
    <message>
        <source>The signals text was saved.</source>
        <translation>De tekst met signalen is opgeslagen.</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <translation>jaarverslag-%1.pdf</translation>
    </message>
    <message>
        <source>Save annual report</source>
        <translation>Jaarverslag opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>The annual report was saved as %1.</source>
        <translation>Het jaarverslag is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Het verslag wordt geschreven…</translation>
    </message>
    <message>
        <source>Writing the annual report…</source>
        <translation>Het jaarverslag wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Herstellen uit een &amp;reservekopie…</translation>
    </message>
    <message>
        <source>Restore a vault from a backup</source>
        <translation>Een kluis herstellen uit een reservekopie</translation>
    </message>
    <message>
        <source>Damaged vault</source>
        <translation>Beschadigde kluis</translation>
    </message>
    <message>
        <source>This vault file is damaged and cannot be read. You can put one of its backups in its place; the damaged file is kept beside it.</source>
        <translation>Dit kluisbestand is beschadigd en kan niet worden gelezen. U kunt er een van de reservekopieën voor in de plaats zetten; het beschadigde bestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Herstellen uit reservekopie…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Herstellen uit een reservekopie</translation>
    </message>
    <message>
        <source>Choose a backup. vpdesk checks it with the passphrase the vault had when the backup was made, then puts it in the vault&apos;s place; the file it replaces is kept beside it.</source>
        <translation>Kies een reservekopie. vpdesk controleert die met de wachtwoordzin die de kluis had toen de kopie werd gemaakt en zet haar dan op de plaats van de kluis; het vervangen bestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>Vault to restore</source>
        <translation>Te herstellen kluis</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>&amp;Kluis:</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Another backup file…</source>
        <translation>Een ander reservekopiebestand…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Wachtwoordzin van de reservekopie</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>There are no automatic backups of this vault in %1.</source>
        <translation>Er zijn geen automatische reservekopieën van deze kluis in %1.</translation>
    </message>
    <message>
        <source>vpdesk vaults (*.vpdesk)</source>
        <translation>vpdesk-kluizen (*.vpdesk)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <source>vpdesk vaults (*.vpdesk);;All files (*)</source>
        <translation>vpdesk-kluizen (*.vpdesk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Reservekopie: %1</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>De reservekopie wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De reservekopie wordt teruggezet…</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup, or it is not a vpdesk backup. Nothing was changed.</source>
        <translation>Deze wachtwoordzin opent de reservekopie niet, of het is geen reservekopie van vpdesk. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This backup is damaged too; choose another one. Nothing was changed.</source>
        <translation>Deze reservekopie is ook beschadigd; kies een andere. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The vault is open in another vpdesk window. Close it there first.</source>
        <translation>De kluis is geopend in een ander vpdesk-venster. Sluit haar daar eerst.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>De reservekopie kon niet worden teruggezet. Er is niets veranderd.</translation>
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
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of vpdesk.</source>
        <translation>Een nieuwe taal wordt gebruikt vanaf de volgende keer dat u vpdesk start.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Vergrendelen &amp;na:</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Vergrendelen als het venster wordt &amp;geminimaliseerd</translation>
    </message>
    <message>
        <source>&amp;Remember where the last vault is</source>
        <translation>&amp;Onthouden waar de laatste kluis staat</translation>
    </message>
    <message>
        <source>Only the file&apos;s location is remembered, never anything from inside it.</source>
        <translation>Alleen de locatie van het bestand wordt onthouden, nooit iets uit de kluis zelf.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Deze kluis</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Shown on the dashboard and in reports</source>
        <translation>Staat op het overzicht en in verslagen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw n&amp;aam:</translation>
    </message>
    <message>
        <source>Open a vault to change these settings.</source>
        <translation>Open een kluis om deze instellingen te wijzigen.</translation>
    </message>
</context>
<context>
    <name>ShareFiguresDialog</name>
    <message>
        <source>Share figures for a combined report</source>
        <translation>Cijfers delen voor een gezamenlijk verslag</translation>
    </message>
    <message>
        <source>Writes the exact counts of one organisation and year, nothing else, in a file encrypted with a passphrase you agree with the other advisers. The organisation&apos;s table of that year is released now, as the annual report would release it.</source>
        <translation>Schrijft de exacte aantallen van één organisatie en één jaar, en verder niets, in een bestand dat versleuteld is met een wachtwoordzin die u met de andere vertrouwenspersonen afspreekt. De tabel van de organisatie over dat jaar wordt nu vrijgegeven, zoals het jaarverslag hem zou vrijgeven.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Shared &amp;passphrase:</source>
        <translation>Gedeelde &amp;wachtwoordzin:</translation>
    </message>
    <message>
        <source>Shared passphrase</source>
        <translation>Gedeelde wachtwoordzin</translation>
    </message>
    <message>
        <source>Shared passphrase again</source>
        <translation>Gedeelde wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Write file…</source>
        <translation>Bestand &amp;schrijven…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Type the passphrase you share with the other advisers.</source>
        <translation>Typ de wachtwoordzin die u met de andere vertrouwenspersonen deelt.</translation>
    </message>
    <message>
        <source>The shared passphrase must differ from this vault&apos;s own passphrase.</source>
        <translation>De gedeelde wachtwoordzin moet een andere zijn dan de wachtwoordzin van deze kluis.</translation>
    </message>
    <message>
        <source>Add the organisation first.</source>
        <translation>Voeg eerst de organisatie toe.</translation>
    </message>
    <message>
        <source>Write the figures file</source>
        <translation>Cijferbestand schrijven</translation>
    </message>
    <message>
        <source>vpdesk figures (*.vpagg)</source>
        <translation>vpdesk-cijfers (*.vpagg)</translation>
    </message>
    <message>
        <source>The figures were written to %1. Send it to the adviser who combines them.</source>
        <translation>De cijfers zijn geschreven naar %1. Stuur het naar de vertrouwenspersoon die ze samenvoegt.</translation>
    </message>
    <message>
        <source>%1 other tables of this year are not released yet; release them first, or the combined report is not checked against them.</source>
        <translation>%1 andere tabellen van dit jaar zijn nog niet vrijgegeven; geef ze eerst vrij, anders wordt het gezamenlijke verslag er niet tegen gecontroleerd.</translation>
    </message>
    <message>
        <source>Writing the figures file…</source>
        <translation>Het cijferbestand wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Follow-up step</source>
        <translation>Vervolgstap</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>uiterlijk op</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>gedaan op</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Uiterlijk</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Gedaan</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock staat aan.</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>Wachtwoordzin &amp;tonen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Andere kluis…</translation>
    </message>
    <message>
        <source>Choose another vault</source>
        <translation>Een andere kluis kiezen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>%1 is locked. Type the passphrase to continue where you were.</source>
        <translation>%1 is vergrendeld. Typ de wachtwoordzin om verder te gaan waar u was.</translation>
    </message>
    <message>
        <source>Type the passphrase of %1.</source>
        <translation>Typ de wachtwoordzin van %1.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Your case files as a confidential adviser, in one encrypted file on this computer. Nothing is sent anywhere.</source>
        <translation>Uw dossiers als vertrouwenspersoon, in één versleuteld bestand op deze computer. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>Open the last vault</source>
        <translation>De laatste kluis openen</translation>
    </message>
    <message>
        <source>&amp;Open a vault…</source>
        <translation>Een kluis &amp;openen…</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Een kluis openen</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nieuwe kluis…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Een nieuwe kluis aanmaken</translation>
    </message>
    <message>
        <source>Try the &amp;demo vault</source>
        <translation>De &amp;demokluis proberen</translation>
    </message>
    <message>
        <source>Open the demo vault</source>
        <translation>De demokluis openen</translation>
    </message>
    <message>
        <source>A vault filled with invented cases, to look around in</source>
        <translation>Een kluis met verzonnen meldingen, om rond te kijken</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>vpdesk vaults (*.vpdesk);;All files (*)</source>
        <translation>vpdesk-kluizen (*.vpdesk);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>_RecordTab</name>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
</context>
</TS>
