<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Parent Account:</source>
        <translation>Über&amp;geordnetes Konto:</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Übergeordnetes Konto</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>contact@example.com</source>
        <translation>kontakt@example.com</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Search accounts by name or email</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>S&amp;ync status:</source>
        <translation>S&amp;ync-Status:</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Number of accounts</source>
        <translation>Anzahl der Konten</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>Sync Options</source>
        <translation>Synchronisierungsoptionen</translation>
    </message>
    <message>
        <source>New order for this account</source>
        <translation>Neuer Auftrag für dieses Konto</translation>
    </message>
    <message>
        <source>Click a platform&apos;s status to open its Sync Options.</source>
        <translation>Klicken Sie auf den Status einer Plattform, um ihre Synchronisierungsoptionen zu öffnen.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>ChangeConfigurationDialog</name>
    <message>
        <source>Current seats:</source>
        <translation>Aktuelle Plätze:</translation>
    </message>
    <message>
        <source>Current seats</source>
        <translation>Aktuelle Plätze</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Wiederverkäufer</translation>
    </message>
    <message>
        <source>End-user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>UnSynchronized</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synchronized</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>%1–%2 seats</source>
        <translation>%1–%2 Plätze</translation>
    </message>
    <message>
        <source>%1–%2 seats, in steps of %3</source>
        <translation>%1–%2 Plätze, in Schritten von %3</translation>
    </message>
    <message>
        <source>Kaspersky Labs</source>
        <translation>Kaspersky Labs</translation>
    </message>
    <message>
        <source>Microsoft CSP</source>
        <translation>Microsoft CSP</translation>
    </message>
    <message>
        <source>Acronis Cyber Protect</source>
        <translation>Acronis Cyber Protect</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>audit action</comment>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>audit action</comment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Saved &amp; synchronized</source>
        <comment>audit action</comment>
        <translation>Gespeichert &amp; synchronisiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>audit action</comment>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Executed</source>
        <comment>audit action</comment>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Product added</source>
        <comment>audit action</comment>
        <translation>Produkt hinzugefügt</translation>
    </message>
    <message>
        <source>Product removed</source>
        <comment>audit action</comment>
        <translation>Produkt entfernt</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <comment>audit action</comment>
        <translation>Konfiguration geändert</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <comment>audit action</comment>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Key revealed</source>
        <comment>audit action</comment>
        <translation>Schlüssel angezeigt</translation>
    </message>
    <message>
        <source>%1 sync status</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Synchronisierungsstatus (%1)</translation>
    </message>
    <message>
        <source>%1 email</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>E-Mail (%1)</translation>
    </message>
    <message>
        <source>%1 role</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Rolle (%1)</translation>
    </message>
    <message>
        <source>%1 Parent Account</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Übergeordnetes Konto (%1)</translation>
    </message>
    <message>
        <source>%1 Reseller PIN</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Wiederverkäufer-PIN (%1)</translation>
    </message>
    <message>
        <source>%1 sync failure reason</source>
        <comment>audit field; %1 is a platform</comment>
        <translation>Grund des Synchronisierungsfehlers (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Seats of %1</source>
        <translation>Plätze (%1)</translation>
    </message>
    <message>
        <source>Seats from the next period</source>
        <translation>Plätze ab der nächsten Periode</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Activation key</source>
        <translation>Aktivierungsschlüssel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Übergeordnetes Konto</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>audit action</comment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to the BSS Desk server of your team.</source>
        <translation>Melden Sie sich beim BSS-Desk-Server Ihres Teams an.</translation>
    </message>
    <message>
        <source>C&amp;onnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Remove this connection from the list</source>
        <translation>Diese Verbindung aus der Liste entfernen</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;Server-URL:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>https://bss.example.com:8443</source>
        <translation>https://bss.example.com:8443</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Optional: PEM file of your team&apos;s certificate authority</source>
        <translation>Optional: PEM-Datei der Zertifizierungsstelle Ihres Teams</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>Choose the customer account. Save creates a draft order; add its products on the Products tab.</source>
        <translation>Wählen Sie das Kundenkonto. „Speichern“ legt einen Auftragsentwurf an; die Produkte fügen Sie auf der Registerkarte „Produkte“ hinzu.</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Back to orders</source>
        <translation>Zurück zu den Aufträgen</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Summe:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Executed:</source>
        <translation>Ausgeführt:</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Quick Add</source>
        <translation>Schnell hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Auftragspositionen</translation>
    </message>
    <message>
        <source>No products yet. Use Quick Add &gt; Product to add one.</source>
        <translation>Noch keine Produkte. Fügen Sie mit „Schnell hinzufügen &gt; Produkt“ eines hinzu.</translation>
    </message>
    <message>
        <source>&amp;Blockers:</source>
        <translation>&amp;Hindernisse:</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Hindernisse</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Generated subscriptions</source>
        <translation>Erzeugte Abonnements</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Free until</source>
        <translation>Kostenlos bis</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Wiederkehrender Preis</translation>
    </message>
    <message>
        <source>Open in Subscriptions</source>
        <translation>In Abonnements öffnen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>&amp;Edit line</source>
        <translation>Pos&amp;ition bearbeiten</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Position bearbeiten</translation>
    </message>
    <message>
        <source>Set the Seats of the selected line (Enter)</source>
        <translation>Die Plätze der ausgewählten Position festlegen (Eingabetaste)</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search orders</source>
        <translation>Aufträge durchsuchen</translation>
    </message>
    <message>
        <source>Search orders by number or customer</source>
        <translation>Nummer oder Kunde suchen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Anzahl der Aufträge</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Auftrag öffnen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
</context>
<context>
    <name>ProductChooserDialog</name>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>The new line stays red until its Seats are set with the pencil button.</source>
        <translation>Die neue Position bleibt rot, bis ihre Plätze über den Stift festgelegt sind.</translation>
    </message>
</context>
<context>
    <name>SeatsPanel</name>
    <message>
        <source>Manage line</source>
        <translation>Position verwalten</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>StorefrontPage</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Calculate cost</source>
        <translation>Kosten berechnen</translation>
    </message>
    <message>
        <source>Cost state</source>
        <translation>Kostenstatus</translation>
    </message>
    <message>
        <source>Buy this configuration</source>
        <translation>Diese Konfiguration kaufen</translation>
    </message>
    <message>
        <source>Subscriptions of this customer</source>
        <translation>Abonnements dieses Kunden</translation>
    </message>
    <message>
        <source>Customer subscriptions</source>
        <translation>Abonnements des Kunden</translation>
    </message>
    <message>
        <source>Change Configuration</source>
        <translation>Konfiguration ändern</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
</context>
<context>
    <name>SubscriptionsPage</name>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Plätze:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Current period:</source>
        <translation>Aktuelle Periode:</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Aktuelle Periode</translation>
    </message>
    <message>
        <source>Free until:</source>
        <translation>Kostenlos bis:</translation>
    </message>
    <message>
        <source>Free until</source>
        <translation>Kostenlos bis</translation>
    </message>
    <message>
        <source>Recurring price:</source>
        <translation>Wiederkehrender Preis:</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Wiederkehrender Preis</translation>
    </message>
    <message>
        <source>Provisioning:</source>
        <translation>Bereitstellung:</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Activation key:</source>
        <translation>Aktivierungsschlüssel:</translation>
    </message>
    <message>
        <source>Activation key</source>
        <translation>Aktivierungsschlüssel</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Change Configuration</source>
        <translation>Konfiguration ändern</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>SyncOptionsDialog</name>
    <message>
        <source>P&amp;latform:</source>
        <translation>P&amp;lattform:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Provisioning Sync Status:</source>
        <translation>Synchronisierungsstatus:</translation>
    </message>
    <message>
        <source>Provisioning Sync Status</source>
        <translation>Bereitstellungs-Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Parent Account:</source>
        <translation>Über&amp;geordnetes Konto:</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Übergeordnetes Konto</translation>
    </message>
    <message>
        <source>The reseller that provides the service to an end-user account. Empty for a direct account.</source>
        <translation>Der Wiederverkäufer, der einem Endkunden den Dienst liefert. Bei einem direkten Konto leer.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Receives the license key</source>
        <translation>Erhält den Lizenzschlüssel</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Reseller &amp;PIN:</source>
        <translation>Wiederverkäufer-&amp;PIN:</translation>
    </message>
    <message>
        <source>Reseller PIN</source>
        <translation>Wiederverkäufer-PIN</translation>
    </message>
    <message>
        <source>Reseller PIN state</source>
        <translation>Status der Wiederverkäufer-PIN</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save &amp;&amp; Synchronize</source>
        <translation>Speichern &amp;&amp; synchronisieren</translation>
    </message>
    <message>
        <source>Save &amp; Synchronize</source>
        <translation>Speichern &amp; synchronisieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>bss::AccountChooser</name>
    <message>
        <source>Search by name or email</source>
        <translation>Name oder E-Mail</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bss::AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Übergeordnetes Konto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Your end-users belong to your own account.</source>
        <translation>Ihre Endkunden gehören zu Ihrem eigenen Konto.</translation>
    </message>
</context>
<context>
    <name>bss::AccountsModel</name>
    <message>
        <source>Failed: %1
Click to open Sync Options and retry.</source>
        <translation>Fehlgeschlagen: %1
Klicken, um die Synchronisierungsoptionen zu öffnen und es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Synchronized with %1 on %2</source>
        <translation>Am %2 mit %1 synchronisiert</translation>
    </message>
    <message>
        <source>Not synchronized with %1. Click to open Sync Options.</source>
        <translation>Nicht mit %1 synchronisiert. Klicken, um die Synchronisierungsoptionen zu öffnen.</translation>
    </message>
    <message>
        <source>Provisioning Sync Status on %1</source>
        <translation>Bereitstellungs-Synchronisierungsstatus bei %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Übergeordnetes Konto</translation>
    </message>
</context>
<context>
    <name>bss::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Choose a platform first: the status is per platform.</source>
        <translation>Wählen Sie zuerst eine Plattform: Der Status gilt je Plattform.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>No account matches the search and filters.</source>
        <translation>Kein Konto entspricht der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>No accounts yet. Click “New account” to add the first one.</source>
        <translation>Noch keine Konten. Klicken Sie auf „Neues Konto“, um das erste anzulegen.</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>Konto „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is synchronized with %2.</source>
        <translation>„%1“ ist mit %2 synchronisiert.</translation>
    </message>
    <message>
        <source>%1 refused to synchronize “%2”; Sync Options says why.</source>
        <translation>%1 hat die Synchronisierung von „%2“ abgelehnt; die Synchronisierungsoptionen nennen den Grund.</translation>
    </message>
</context>
<context>
    <name>bss::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>bss::AuditPanel</name>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Audit: %1</source>
        <translation>Prüfprotokoll: %1</translation>
    </message>
    <message>
        <source>No changes are recorded for this record yet.</source>
        <translation>Für diesen Datensatz sind noch keine Änderungen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>bss::BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
</context>
<context>
    <name>bss::ChangeConfigurationDialog</name>
    <message>
        <source>Change Configuration</source>
        <translation>Konfiguration ändern</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für %2</translation>
    </message>
    <message>
        <source>%1 (%2 from the next period)</source>
        <translation>%1 (%2 ab der nächsten Periode)</translation>
    </message>
    <message>
        <source>More seats are charged pro rata for the rest of the current period (nothing during a free period) and apply now; fewer seats apply from the next period.</source>
        <translation>Mehr Plätze gelten sofort und werden anteilig für den Rest der aktuellen Periode berechnet (in einer kostenlosen Periode nichts); weniger Plätze gelten ab der nächsten Periode.</translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3 seats? Charge now: %4.</source>
        <translation>%1 von %2 auf %3 Plätze ändern? Jetzt berechnet: %4.</translation>
    </message>
</context>
<context>
    <name>bss::LoginDialog</name>
    <message>
        <source>Sign in to BSS Desk</source>
        <translation>Bei BSS Desk anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Forgot %1 on %2.</source>
        <translation>%1 auf %2 vergessen.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Enter the address of the server, e.g. https://bss.example.com:8443.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://bss.example.com:8443.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; write it as https://HOST:PORT.</source>
        <translation>„%1“ ist keine Serveradresse; schreiben Sie sie als https://HOST:PORT.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>%1. If the server has a certificate of your team&apos;s own authority, choose its CA file here.</source>
        <translation>%1. Hat der Server ein Zertifikat der eigenen Zertifizierungsstelle Ihres Teams, wählen Sie hier deren CA-Datei.</translation>
    </message>
    <message>
        <source>No BSS Desk server answers at %1; check the address.</source>
        <translation>Unter %1 antwortet kein BSS-Desk-Server; prüfen Sie die Adresse.</translation>
    </message>
</context>
<context>
    <name>bss::MainWindow</name>
    <message>
        <source>BSS Desk</source>
        <translation>BSS Desk</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Where BSS Desk keeps its data</source>
        <translation>Wo BSS Desk seine Daten speichert</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Büro</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Abrechnung</translation>
    </message>
    <message>
        <source>S&amp;torefront</source>
        <translation>S&amp;torefront</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About BSS Desk</source>
        <translation>Ü&amp;ber BSS Desk</translation>
    </message>
    <message>
        <source>About BSS Desk</source>
        <translation>Über BSS Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;BSS Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Back office for cloud services: accounts, provisioning sync, orders, storefront and subscriptions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;BSS Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Backoffice für Cloud-Dienste: Konten, Bereitstellungs-Synchronisierung, Aufträge, Storefront und Abonnements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Someone else changed this record; reload to see their changes.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert; laden Sie ihn neu, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>&amp;Benutzer wechseln…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Abgemeldet: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2 of %3</source>
        <translation>Angemeldet als %1 · %2 von %3</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Angemeldet als %1 · %2</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Signed in again. Save what you were saving.</source>
        <translation>Erneut angemeldet. Speichern Sie, was Sie gerade speichern wollten.</translation>
    </message>
    <message>
        <source>You are signed out: the session expired, or an administrator changed your user. Your unsaved changes are kept; sign in again to go on.</source>
        <translation>Sie sind abgemeldet: Die Sitzung ist abgelaufen, oder ein Administrator hat Ihren Benutzer geändert. Ihre ungespeicherten Änderungen bleiben erhalten; melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your session has ended: it expired, or an administrator changed your user.</source>
        <translation>Ihre Sitzung ist beendet: Sie ist abgelaufen, oder ein Administrator hat Ihren Benutzer geändert.</translation>
    </message>
</context>
<context>
    <name>bss::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Aktion zur Meldung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>bss::NewOrderDialog</name>
    <message>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Choose the customer account.</source>
        <translation>Wählen Sie das Kundenkonto.</translation>
    </message>
    <message>
        <source>(choose the customer)</source>
        <translation>(Kunden wählen)</translation>
    </message>
</context>
<context>
    <name>bss::OpeningProgress</name>
    <message>
        <source>BSS Desk</source>
        <translation>BSS Desk</translation>
    </message>
    <message>
        <source>Opening the store…
%1

A store from an earlier version is updated first; with a million accounts that takes about a minute.</source>
        <translation>Speicher wird geöffnet…
%1

Ein Speicher aus einer früheren Version wird zuerst aktualisiert; bei einer Million Konten dauert das etwa eine Minute.</translation>
    </message>
</context>
<context>
    <name>bss::OrderEditor</name>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Ready to execute.</source>
        <translation>Bereit zur Ausführung.</translation>
    </message>
    <message>
        <source>Set the Seats of %1</source>
        <translation>Plätze für %1 festlegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Cannot execute yet:
%1</source>
        <translation>Noch nicht ausführbar:
%1</translation>
    </message>
    <message>
        <source>This order was executed on %1 and is read-only. Change the seats of its subscriptions with Change Configuration.</source>
        <translation>Dieser Auftrag wurde am %1 ausgeführt und ist schreibgeschützt. Ändern Sie die Plätze seiner Abonnements mit „Konfiguration ändern“.</translation>
    </message>
    <message>
        <source>This order is cancelled and read-only.</source>
        <translation>Dieser Auftrag ist storniert und schreibgeschützt.</translation>
    </message>
    <message>
        <source>“%1” added. Click its pencil to set the Seats.</source>
        <translation>„%1“ hinzugefügt. Klicken Sie auf den Stift, um die Plätze festzulegen.</translation>
    </message>
    <message>
        <source>Seats saved. Order total: %1.</source>
        <translation>Plätze gespeichert. Auftragssumme: %1.</translation>
    </message>
    <message>
        <source>Execute order</source>
        <translation>Auftrag ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Execute %1 for %2? This generates %n subscription(s), provisions them and sends the license keys. The order becomes read-only.</source>
        <translation>
            <numerusform>%1 für %2 ausführen? Dies erzeugt %n Abonnement, stellt es bereit und versendet den Lizenzschlüssel. Der Auftrag ist danach schreibgeschützt.</numerusform>
            <numerusform>%1 für %2 ausführen? Dies erzeugt %n Abonnements, stellt sie bereit und versendet die Lizenzschlüssel. Der Auftrag ist danach schreibgeschützt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message numerus="yes">
        <source>%1 executed: %n subscription(s) generated.</source>
        <translation>
            <numerusform>%1 ausgeführt: %n Abonnement erzeugt.</numerusform>
            <numerusform>%1 ausgeführt: %n Abonnements erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Cancel the draft order %1? It can no longer be executed.</source>
        <translation>Den Auftragsentwurf %1 stornieren? Er kann danach nicht mehr ausgeführt werden.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 storniert.</translation>
    </message>
    <message>
        <source>no free period</source>
        <translation>keine kostenlose Periode</translation>
    </message>
    <message>
        <source>Order sections</source>
        <translation>Auftragsbereiche</translation>
    </message>
</context>
<context>
    <name>bss::OrderLinesModel</name>
    <message>
        <source>Incomplete: %1</source>
        <translation>Unvollständig: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Preisstaffel</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Period price</source>
        <translation>Periodenpreis</translation>
    </message>
    <message>
        <source>First-period charge</source>
        <translation>Betrag erste Periode</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>bss::OrdersModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
</context>
<context>
    <name>bss::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No order matches the search and filters.</source>
        <translation>Kein Auftrag entspricht der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>No orders yet. Click “New order” to place the first one.</source>
        <translation>Noch keine Aufträge. Klicken Sie auf „Neuer Auftrag“, um den ersten anzulegen.</translation>
    </message>
    <message>
        <source>Draft order %1 created. Add products with Quick Add &gt; Product.</source>
        <translation>Auftragsentwurf %1 angelegt. Fügen Sie Produkte mit „Schnell hinzufügen &gt; Produkt“ hinzu.</translation>
    </message>
</context>
<context>
    <name>bss::ProductChooserDialog</name>
    <message>
        <source>Quick Add &gt; Product</source>
        <translation>Schnell hinzufügen &gt; Produkt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>bss::ProductTree</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungsperiode</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Erste Periode</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
</context>
<context>
    <name>bss::QuoteFigures</name>
    <message>
        <source>Band:</source>
        <translation>Preisstaffel:</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Stückpreis:</translation>
    </message>
    <message>
        <source>Period price:</source>
        <translation>Periodenpreis:</translation>
    </message>
    <message>
        <source>First-period charge:</source>
        <translation>Betrag erste Periode:</translation>
    </message>
    <message>
        <source>Charge now:</source>
        <translation>Jetzt berechnet:</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>New recurring price:</source>
        <translation>Neuer wiederkehrender Preis:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure&apos;s caption and value, read together by a screen reader</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bss::SeatsPanel</name>
    <message>
        <source>Manage line</source>
        <translation>Position verwalten</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is charged for the first %n period(s).</source>
        <translation>
            <numerusform>Für die erste Periode wird nichts berechnet.</numerusform>
            <numerusform>Für die ersten %n Perioden wird nichts berechnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bss::StoreBackup</name>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>Speicher s&amp;ichern…</translation>
    </message>
    <message>
        <source>Copy the store into a file while you go on working</source>
        <translation>Den Speicher in eine Datei kopieren, während Sie weiterarbeiten</translation>
    </message>
    <message>
        <source>The team&apos;s server keeps this data; its administrator backs it up.</source>
        <translation>Diese Daten liegen auf dem Server des Teams; seine Administration sichert sie.</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Speicher sichern</translation>
    </message>
    <message>
        <source>BSS Desk stores (*.sqlite);;All files (*)</source>
        <translation>BSS-Desk-Speicher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up the store to %1…</source>
        <translation>Der Speicher wird in %1 gesichert…</translation>
    </message>
    <message>
        <source>The store was not backed up: %1</source>
        <translation>Der Speicher wurde nicht gesichert: %1</translation>
    </message>
    <message>
        <source>The store was backed up to %1 (%2). To restore it, open that file as the store.</source>
        <translation>Der Speicher wurde in %1 gesichert (%2). Zum Wiederherstellen öffnen Sie diese Datei als Speicher.</translation>
    </message>
</context>
<context>
    <name>bss::StorefrontPage</name>
    <message>
        <source>Storefront</source>
        <translation>Storefront</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Choose a product on the left.</source>
        <translation>Wählen Sie links ein Produkt.</translation>
    </message>
    <message>
        <source>%1 billing · %2</source>
        <translation>Abrechnung %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>first %n period(s) free</source>
        <translation>
            <numerusform>erste Periode kostenlos</numerusform>
            <numerusform>erste %n Perioden kostenlos</numerusform>
        </translation>
    </message>
    <message>
        <source>Seats changed: press Calculate cost again before buying.</source>
        <translation>Plätze geändert: Klicken Sie vor dem Kauf erneut auf „Kosten berechnen“.</translation>
    </message>
    <message>
        <source>Enter the Seats and press Calculate cost.</source>
        <translation>Geben Sie die Plätze ein und klicken Sie auf „Kosten berechnen“.</translation>
    </message>
    <message numerus="yes">
        <source>Cost calculated for %n seat(s).</source>
        <translation>
            <numerusform>Kosten für %n Platz berechnet.</numerusform>
            <numerusform>Kosten für %n Plätze berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Wählen Sie zuerst den Kunden.</translation>
    </message>
    <message>
        <source>Press Calculate cost first.</source>
        <translation>Klicken Sie zuerst auf „Kosten berechnen“.</translation>
    </message>
    <message>
        <source>Buy this configuration</source>
        <translation>Diese Konfiguration kaufen</translation>
    </message>
    <message numerus="yes">
        <source>Buy %n seat(s) of %1 for %2? Charged now: %3.</source>
        <translation>
            <numerusform>%n Platz von %1 für %2 kaufen? Jetzt berechnet: %3.</numerusform>
            <numerusform>%n Plätze von %1 für %2 kaufen? Jetzt berechnet: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message numerus="yes">
        <source>Bought: order %1 executed, %n subscription(s) active.</source>
        <translation>
            <numerusform>Gekauft: Auftrag %1 ausgeführt, %n Abonnement aktiv.</numerusform>
            <numerusform>Gekauft: Auftrag %1 ausgeführt, %n Abonnements aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer has no subscriptions yet.</source>
        <translation>Dieser Kunde hat noch keine Abonnements.</translation>
    </message>
    <message>
        <source>Choose a customer to see their subscriptions.</source>
        <translation>Wählen Sie einen Kunden, um seine Abonnements zu sehen.</translation>
    </message>
    <message>
        <source>Configuration changed: charged now %1, effective %2.</source>
        <translation>Konfiguration geändert: jetzt berechnet %1, gültig ab %2.</translation>
    </message>
</context>
<context>
    <name>bss::SubscriptionsModel</name>
    <message>
        <source>%1 seats from the next period</source>
        <translation>%1 Plätze ab der nächsten Periode</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächste Periode</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Wiederkehrender Preis</translation>
    </message>
</context>
<context>
    <name>bss::SubscriptionsPage</name>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>No subscription matches the filters.</source>
        <translation>Kein Abonnement entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No subscriptions yet. Executing an order generates them.</source>
        <translation>Noch keine Abonnements. Sie entstehen beim Ausführen eines Auftrags.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2 from %3)</source>
        <translation>%1 (%2 ab %3)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no free period</source>
        <translation>keine kostenlose Periode</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>noch nicht ausgestellt</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>Noch keine Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Provisioning failed again: %1</source>
        <translation>Bereitstellung erneut fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 provisioned.</source>
        <translation>%1 bereitgestellt.</translation>
    </message>
    <message>
        <source>Configuration changed: charged now %1, effective %2, new recurring price %3.</source>
        <translation>Konfiguration geändert: jetzt berechnet %1, gültig ab %2, neuer wiederkehrender Preis %3.</translation>
    </message>
</context>
<context>
    <name>bss::SyncOptionsDialog</name>
    <message>
        <source>Sync Options</source>
        <translation>Synchronisierungsoptionen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 account</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – Konto vom Typ %2</translation>
    </message>
    <message>
        <source>Parent Account</source>
        <translation>Übergeordnetes Konto</translation>
    </message>
    <message>
        <source>(none — direct account)</source>
        <translation>(keines – direktes Konto)</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation>Mit %1 synchronisiert</translation>
    </message>
    <message>
        <source>UnSynchronized: this account is not connected to %1 yet</source>
        <translation>Nicht synchronisiert: Dieses Konto ist noch nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN gesetzt</translation>
    </message>
    <message>
        <source>No PIN set</source>
        <translation>Keine PIN gesetzt</translation>
    </message>
    <message>
        <source>PIN set — type to replace it</source>
        <translation>PIN gesetzt – zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Required for resellers</source>
        <translation>Pflicht für Wiederverkäufer</translation>
    </message>
    <message>
        <source>Save &amp; Synchronize</source>
        <translation>Speichern &amp; synchronisieren</translation>
    </message>
    <message>
        <source>Save these Sync Options and synchronize “%1” with %2 now?</source>
        <translation>Diese Synchronisierungsoptionen speichern und „%1“ jetzt mit %2 synchronisieren?</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked above.</source>
        <translation>Nichts wurde gespeichert: Bitte korrigieren Sie die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Sync Options saved. Use Save &amp; Synchronize to connect the account.</source>
        <translation>Synchronisierungsoptionen gespeichert. Verbinden Sie das Konto mit „Speichern &amp; synchronisieren“.</translation>
    </message>
    <message>
        <source>The account is synchronized with %1.</source>
        <translation>Das Konto ist mit %1 synchronisiert.</translation>
    </message>
    <message>
        <source>%1 refused the synchronization: %2. Fix the cause and press Retry.</source>
        <translation>%1 hat die Synchronisierung abgelehnt: %2. Beheben Sie die Ursache und klicken Sie auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; what you typed is kept. Press Retry to try again.</source>
        <translation>%1 Nichts wurde gespeichert; Ihre Eingaben bleiben erhalten. Klicken Sie auf „Wiederholen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Sync Options (read-only)</source>
        <translation>Synchronisierungsoptionen (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>bss::accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
</context>
<context>
    <name>bss::RoleGate</name>
    <message>
        <source>A reseller creates only end-user accounts, under its own account.</source>
        <translation>Ein Wiederverkäufer legt nur Endkundenkonten an, unter seinem eigenen Konto.</translation>
    </message>
    <message>
        <source>Only administrators and agents move an account to another parent.</source>
        <translation>Nur Administratoren und Sachbearbeiter ordnen ein Konto einem anderen übergeordneten Konto zu.</translation>
    </message>
    <message>
        <source>Only administrators and agents change Sync Options; you can see them.</source>
        <translation>Nur Administratoren und Sachbearbeiter ändern die Synchronisierungsoptionen; Sie können sie ansehen.</translation>
    </message>
    <message>
        <source>Only administrators manage users.</source>
        <translation>Nur Administratoren verwalten Benutzer.</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Ihre Rolle (%1) darf das nicht.</translation>
    </message>
</context>
<context>
    <name>bss::SignInAgainDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>%1

Sign in again as %2 to go on: nothing you have not saved is lost.</source>
        <translation>%1

Melden Sie sich erneut als %2 an, um fortzufahren: nichts Ungespeichertes geht verloren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>bss::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Reseller account</source>
        <translation>Wiederverkäuferkonto</translation>
    </message>
    <message>
        <source>Reseller &amp;account:</source>
        <translation>Wiederverkäufer&amp;konto:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
</context>
<context>
    <name>bss::UsersModel</name>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Reseller account</source>
        <translation>Wiederverkäuferkonto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>bss::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Search by user name, role or account</source>
        <translation>Nach Benutzername, Rolle oder Konto suchen</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>New user (%1)</source>
        <translation>Neuer Benutzer (%1)</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>No users yet. Click “New user” to add the first one.</source>
        <translation>Noch keine Benutzer. Klicken Sie auf „Neuer Benutzer“, um den ersten anzulegen.</translation>
    </message>
    <message>
        <source>Another administrator changes, disables or deletes your own user.</source>
        <translation>Ihren eigenen Benutzer ändert, deaktiviert oder löscht ein anderer Administrator.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>The password of %1 is set; their sessions have ended.</source>
        <translation>Das Passwort von %1 ist gesetzt; seine Sitzungen sind beendet.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Benutzer %1 gespeichert.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1? They are signed out at once and cannot sign in until enabled again.</source>
        <translation>%1 deaktivieren? Der Benutzer wird sofort abgemeldet und kann sich erst nach dem Aktivieren wieder anmelden.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>User %1 disabled and signed out.</source>
        <translation>Benutzer %1 deaktiviert und abgemeldet.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Benutzer %1 aktiviert.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete %1? They are signed out at once; their name stays in the audit trail. This cannot be undone.</source>
        <translation>%1 löschen? Der Benutzer wird sofort abgemeldet; sein Name bleibt im Änderungsprotokoll. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>Benutzer %1 gelöscht.</translation>
    </message>
</context>
</TS>
