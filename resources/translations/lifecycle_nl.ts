<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
            <source>Choose…</source>
            <translation>Kiezen…</translation>
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
        <name>MainWindow</name>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Herstellen uit reservekopie…</translation>
        </message>
        <message>
            <source>A&amp;utomatic backups…</source>
            <translation>A&amp;utomatische reservekopieën…</translation>
        </message>
        <message>
            <source>Audit &amp;log…</source>
            <translation>&amp;Logboek…</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>%1 mediations past their retention term are purged as well. vpdesk gives its own copies the same purge: the automatic backups in %2 and the copies taken before an upgrade, beside the vault. Backups you made elsewhere still hold this data until you replace them.</source>
            <translation>Ook %1 mediations waarvan de bewaartermijn voorbij is worden gewist. vpdesk wist hetzelfde in zijn eigen kopieën: de automatische reservekopieën in %2 en de kopieën van voor een upgrade, naast de kluis. Reservekopieën die u elders maakte bevatten deze gegevens nog tot u ze vervangt.</translation>
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
            <source>Cases past their retention period</source>
            <translation>Meldingen voorbij hun bewaartermijn</translation>
        </message>
        <message>
            <source>&amp;Purge %1 cases</source>
            <translation>%1 meldingen &amp;wissen</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Herstellen uit een reservekopie…</translation>
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
            <source>Choose a backup. vpdesk checks it with the passphrase the vault had when the backup was made, then puts it in the vault's place; the file it replaces is kept beside it.</source>
            <translation>Kies een reservekopie. vpdesk controleert die met de wachtwoordzin die de kluis had toen de kopie werd gemaakt en zet haar dan op de plaats van de kluis; het vervangen bestand blijft ernaast bewaard.</translation>
        </message>
        <message>
            <source>Vault to restore</source>
            <translation>Te herstellen kluis</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
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
        <name>CaseEditor</name>
        <message>
            <source>&amp;Access export…</source>
            <translation>&amp;Inzage-export…</translation>
        </message>
        <message>
            <source>A PDF of this case for the reporter (subject access request)</source>
            <translation>Een PDF van deze melding voor de melder (inzageverzoek)</translation>
        </message>
    </context>
</TS>