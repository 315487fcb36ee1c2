<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. What you saved is safe in the vault; if this happens again, lock vpdesk and start it anew.</source>
        <translation>Er ging onverwacht iets mis. Wat u hebt opgeslagen staat veilig in de kluis; gebeurt dit opnieuw, vergrendel vpdesk dan en start het opnieuw.</translation>
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
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nieuwe wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>Toelichting bij de wachtwoordzin</translation>
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
        <source>This passphrase is too easy to guess. Add another word or two.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden. Voeg er een of twee woorden aan toe.</translation>
    </message>
    <message>
        <source>Type the same passphrase again to confirm it.</source>
        <translation>Typ dezelfde wachtwoordzin nogmaals ter bevestiging.</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>De huidige wachtwoordzin klopt niet.</translation>
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
        <source>Choose…</source>
        <translation>Kiezen…</translation>
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
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>Toelichting bij de wachtwoordzin</translation>
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
    <message>
        <source>This passphrase is too easy to guess. Add another word or two.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden. Voeg er een of twee woorden aan toe.</translation>
    </message>
    <message>
        <source>Type the same passphrase again to confirm it.</source>
        <translation>Typ dezelfde wachtwoordzin nogmaals ter bevestiging.</translation>
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
    <name>DueStepsModel</name>
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
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
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
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
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
        <source>&amp;Import cases (CSV)…</source>
        <translation>Meldingen &amp;importeren (CSV)…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Intervisie export…</source>
        <translation>&amp;Intervisie-export…</translation>
    </message>
    <message>
        <source>&amp;Hold from the purge…</source>
        <translation>&amp;Niet wissen (blokkade)…</translation>
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
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
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
    <message>
        <source>About vpdesk</source>
        <translation>Over vpdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;vpdesk %1&lt;/b&gt;&lt;p&gt;An offline, encrypted dossier desk for confidential advisers. Everything stays in one encrypted file on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;vpdesk %1&lt;/b&gt;&lt;p&gt;Een offline, versleuteld dossiersysteem voor vertrouwenspersonen. Alles blijft in één versleuteld bestand op deze computer.&lt;/p&gt;</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>This part of vpdesk is not available in this version.</source>
        <translation>Dit onderdeel van vpdesk is in deze versie niet beschikbaar.</translation>
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
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>Open a vault to change these settings.</source>
        <translation>Open een kluis om deze instellingen te wijzigen.</translation>
    </message>
</context>
<context>
    <name>SignalsModel</name>
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
        <source>%1 cases in department %2 in the last 12 months (%3 – %4)</source>
        <translation>%1 meldingen over afdeling %2 in de afgelopen 12 maanden (%3 – %4)</translation>
    </message>
    <message>
        <source>%1 cases name the same accused</source>
        <translation>%1 meldingen noemen dezelfde beschuldigde</translation>
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
</TS>
