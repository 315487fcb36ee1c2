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
    <name>ManualViewer</name>
    <message>
        <source>User manual</source>
        <translation>Handleiding</translation>
    </message>
</context>
</TS>
