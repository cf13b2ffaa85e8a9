<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PCAuth</source>
        <translation>Über PCAuth</translation>
    </message>
    <message>
        <source>Partner consent, token health and test calls for Microsoft CSP partners.</source>
        <translation>Partnereinwilligung, Tokenzustand und Testaufrufe für Microsoft-CSP-Partner.</translation>
    </message>
    <message>
        <source>&amp;Versions (for support requests):</source>
        <translation>&amp;Versionen (für Supportanfragen):</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Kopierergebnis</translation>
    </message>
    <message>
        <source>Released under the MIT License. Copyright 2026 PCAuth developers.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz. Copyright 2026 PCAuth-Entwickler.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>&lt;b&gt;Will my calls work?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Funktionieren meine Aufrufe?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customers checked</source>
        <translation>Geprüfte Kunden</translation>
    </message>
    <message>
        <source>&amp;Check access</source>
        <translation>&amp;Zugriff prüfen</translation>
    </message>
    <message>
        <source>Check the selected profile: MFA, the app registration, GDAP relationships and the app&apos;s consent in every customer</source>
        <translation>Das ausgewählte Profil prüfen: MFA, die App-Registrierung, GDAP-Beziehungen und die Einwilligung der App bei jedem Kunden</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <source>Check &amp;all profiles</source>
        <translation>&amp;Alle Profile prüfen</translation>
    </message>
    <message>
        <source>Check all profiles</source>
        <translation>Alle Profile prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Status der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Profiles and their access status</source>
        <translation>Profile und ihr Zugriffsstatus</translation>
    </message>
    <message>
        <source>Status colours</source>
        <translation>Statusfarben</translation>
    </message>
    <message>
        <source>Status colour legend</source>
        <translation>Legende der Statusfarben</translation>
    </message>
    <message>
        <source>&lt;b&gt;App health&lt;/b&gt; (partner tenant: MFA, the app registration, permissions)</source>
        <translation>&lt;b&gt;App-Zustand&lt;/b&gt; (Partnermandant: MFA, die App-Registrierung, Berechtigungen)</translation>
    </message>
    <message>
        <source>App health</source>
        <translation>App-Zustand</translation>
    </message>
    <message>
        <source>GDAP relationships and customers</source>
        <translation>GDAP-Beziehungen und Kunden</translation>
    </message>
    <message>
        <source>&amp;GDAP relationships</source>
        <translation>&amp;GDAP-Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Ending within:</source>
        <translation>&amp;Endet innerhalb von:</translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation>Endet innerhalb von</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the GDAP relationships as CSV</source>
        <translation>Die GDAP-Beziehungen als CSV exportieren</translation>
    </message>
    <message>
        <source>GDAP relationships</source>
        <translation>GDAP-Beziehungen</translation>
    </message>
    <message>
        <source>C&amp;ustomers and consent</source>
        <translation>&amp;Kunden und Einwilligung</translation>
    </message>
    <message>
        <source>Select customers without the app&apos;s consent, then grant it from the partner side.</source>
        <translation>Wählen Sie Kunden ohne Einwilligung der App aus, und erteilen Sie sie dann von der Partnerseite aus.</translation>
    </message>
    <message>
        <source>G&amp;rant consent…</source>
        <translation>Einwilligung er&amp;teilen…</translation>
    </message>
    <message>
        <source>Grant consent in the selected customers</source>
        <translation>Die Einwilligung bei den ausgewählten Kunden erteilen</translation>
    </message>
    <message>
        <source>Customers: consent, GDAP and tasks</source>
        <translation>Kunden: Einwilligung, GDAP und Aufgaben</translation>
    </message>
</context>
<context>
    <name>AppOnlyPage</name>
    <message>
        <source>App-only test</source>
        <translation>Test mit reinem App-Token</translation>
    </message>
    <message>
        <source>Get a token with the app&apos;s own credentials (client secret or certificate), without a user, to check that the app registration and its credentials work. The token stays in memory on this page.</source>
        <translation>Beziehen Sie ein Token mit den eigenen Anmeldeinformationen der App (Clientgeheimnis oder Zertifikat), ohne Benutzer, um zu prüfen, ob die App-Registrierung und ihre Anmeldeinformationen funktionieren. Das Token bleibt auf dieser Seite im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>No suitable profile</source>
        <translation>Kein geeignetes Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile with app credentials</source>
        <translation>Profil mit App-Anmeldeinformationen</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>C&amp;ustom URI:</source>
        <translation>Benutzerdefinierter &amp;URI:</translation>
    </message>
    <message>
        <source>Custom audience URI</source>
        <translation>Benutzerdefinierter Zielgruppen-URI</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Partner tenant (or a customer tenant id or domain)</source>
        <translation>Partnermandant (oder eine Kundenmandanten-ID oder -Domäne)</translation>
    </message>
    <message>
        <source>&amp;Get app-only token</source>
        <translation>Reines App-Token &amp;abrufen</translation>
    </message>
    <message>
        <source>Get app-only token</source>
        <translation>Reines App-Token abrufen</translation>
    </message>
    <message>
        <source>Client credentials grant with the profile&apos;s secret or certificate</source>
        <translation>Gewährung mit Clientanmeldeinformationen mit dem Geheimnis oder Zertifikat des Profils</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting (Esc)</source>
        <translation>Nicht mehr warten (Esc)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Access token (redacted)</source>
        <translation>Zugriffstoken (gekürzt)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>App id (appid/azp):</source>
        <translation>App-ID (appid/azp):</translation>
    </message>
    <message>
        <source>Application id</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Application roles</source>
        <translation>Anwendungsrollen</translation>
    </message>
    <message>
        <source>Tenant (tid):</source>
        <translation>Mandant (tid):</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Audience (aud):</source>
        <translation>Zielgruppe (aud):</translation>
    </message>
    <message>
        <source>Token audience</source>
        <translation>Zielgruppe des Tokens</translation>
    </message>
    <message>
        <source>Identity type (idtyp):</source>
        <translation>Identitätstyp (idtyp):</translation>
    </message>
    <message>
        <source>Identity type</source>
        <translation>Identitätstyp</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>Unt&amp;ersuchen</translation>
    </message>
    <message>
        <source>Inspect token</source>
        <translation>Token untersuchen</translation>
    </message>
    <message>
        <source>Open the token in the token inspector</source>
        <translation>Das Token im Token-Inspektor öffnen</translation>
    </message>
    <message>
        <source>Test &amp;call</source>
        <translation>&amp;Testaufruf</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Testaufruf</translation>
    </message>
    <message>
        <source>Test call status</source>
        <translation>Status des Testaufrufs</translation>
    </message>
    <message>
        <source>Test call answer</source>
        <translation>Antwort des Testaufrufs</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profiles with a stored refresh token come first.</source>
        <translation>Profile mit gespeichertem Aktualisierungstoken stehen zuerst.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Read the profile&apos;s customers from Partner Center (F5)</source>
        <translation>Die Kunden des Profils aus Partner Center lesen (F5)</translation>
    </message>
    <message>
        <source>Load customers</source>
        <translation>Kunden laden</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Stop loading or checking; rows already read are kept</source>
        <translation>Laden oder Prüfen beenden; bereits gelesene Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Open the consent wizard for this profile</source>
        <translation>Den Einwilligungs-Assistenten für dieses Profil öffnen</translation>
    </message>
    <message>
        <source>Run consent</source>
        <translation>Einwilligung durchführen</translation>
    </message>
    <message>
        <source>&amp;Run consent…</source>
        <translation>&amp;Einwilligung durchführen…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Shows the customers whose name, domain or tenant id contains the text (Ctrl+F)</source>
        <translation>Zeigt die Kunden, deren Name, Domäne oder Mandanten-ID den Text enthält (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <source>Filter by name, domain or tenant id</source>
        <translation>Nach Name, Domäne oder Mandanten-ID filtern</translation>
    </message>
    <message>
        <source>Customers shown</source>
        <translation>Angezeigte Kunden</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>Parallel&amp;ität:</translation>
    </message>
    <message>
        <source>Customers checked at the same time</source>
        <translation>Gleichzeitig geprüfte Kunden</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Get a Graph token in each selected customer&apos;s tenant and read its organization</source>
        <translation>Für jeden ausgewählten Kunden ein Graph-Token in dessen Mandanten beziehen und dessen Organisation lesen</translation>
    </message>
    <message>
        <source>Check access of the selected customers</source>
        <translation>Zugriff der ausgewählten Kunden prüfen</translation>
    </message>
    <message>
        <source>Check &amp;access</source>
        <translation>&amp;Zugriff prüfen</translation>
    </message>
    <message>
        <source>Check access of all customers</source>
        <translation>Zugriff aller Kunden prüfen</translation>
    </message>
    <message>
        <source>Chec&amp;k all</source>
        <translation>Alle p&amp;rüfen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Check the access of every loaded customer</source>
        <translation>Den Zugriff auf jeden geladenen Kunden prüfen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Health dashboard</source>
        <translation>Zustandsdashboard</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Redeem the refresh token now (F5): restarts its 90-day inactivity window</source>
        <translation>Das Aktualisierungstoken jetzt einlösen (F5): startet sein 90-tägiges Inaktivitätsfenster neu</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Run &amp;consent again</source>
        <translation>&amp;Einwilligung erneut durchführen</translation>
    </message>
    <message>
        <source>Sign in again for this profile to get a new refresh token</source>
        <translation>Für dieses Profil erneut anmelden, um ein neues Aktualisierungstoken zu erhalten</translation>
    </message>
    <message>
        <source>Run consent again</source>
        <translation>Einwilligung erneut durchführen</translation>
    </message>
    <message>
        <source>&amp;Test call</source>
        <translation>&amp;Testaufruf</translation>
    </message>
    <message>
        <source>Open the request console for this profile or customer</source>
        <translation>Die Anforderungskonsole für dieses Profil oder diesen Kunden öffnen</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Testaufruf</translation>
    </message>
    <message>
        <source>&amp;Inspect token</source>
        <translation>Token &amp;untersuchen</translation>
    </message>
    <message>
        <source>Fetch the current access token and open it in the token inspector (Enter)</source>
        <translation>Das aktuelle Zugriffstoken abrufen und im Token-Inspektor öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Inspect token</source>
        <translation>Token untersuchen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the profile and its keychain items (Delete)</source>
        <translation>Das Profil und seine Schlüsselbundelemente entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Check c&amp;ustomers</source>
        <translation>&amp;Kunden prüfen</translation>
    </message>
    <message>
        <source>Read the customer tenants and check access to each one</source>
        <translation>Die Kundenmandanten lesen und den Zugriff auf jeden prüfen</translation>
    </message>
    <message>
        <source>Check customers</source>
        <translation>Kunden prüfen</translation>
    </message>
    <message>
        <source>Start &amp;partner consent</source>
        <translation>&amp;Partnereinwilligung starten</translation>
    </message>
    <message>
        <source>Start partner consent</source>
        <translation>Partnereinwilligung starten</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel running work</source>
        <translation>Laufende Arbeit abbrechen</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Noch kein Profil</translation>
    </message>
    <message>
        <source>A profile holds the partner tenant, the app registration and, after the partner consent, the refresh token PCAuth keeps alive. Start with the partner consent; you sign in once with the integration account.</source>
        <translation>Ein Profil enthält den Partnermandanten, die App-Registrierung und nach der Partnereinwilligung das Aktualisierungstoken, das PCAuth aktiv hält. Beginnen Sie mit der Partnereinwilligung; Sie melden sich einmal mit dem Integrationskonto an.</translation>
    </message>
    <message>
        <source>Profiles and customers</source>
        <translation>Profile und Kunden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Details der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Replace the client secret or certificate of the profile&apos;s app; the refresh token is kept</source>
        <translation>Das Clientgeheimnis oder Zertifikat der App des Profils ersetzen; das Aktualisierungstoken bleibt erhalten</translation>
    </message>
    <message>
        <source>Replace credential</source>
        <translation>Anmeldeinformation ersetzen</translation>
    </message>
    <message>
        <source>Replace cre&amp;dential…</source>
        <translation>&amp;Anmeldeinformation ersetzen…</translation>
    </message>
    <message>
        <source>Check acc&amp;ess</source>
        <translation>&amp;Zugriff prüfen</translation>
    </message>
    <message>
        <source>Check whether the profile&apos;s calls will work: MFA, the app&apos;s credentials, GDAP relationships and the app&apos;s consent in each customer</source>
        <translation>Prüfen, ob die Aufrufe des Profils funktionieren: MFA, die Anmeldeinformationen der App, GDAP-Beziehungen und die Einwilligung der App bei jedem Kunden</translation>
    </message>
    <message>
        <source>Check access</source>
        <translation>Zugriff prüfen</translation>
    </message>
    <message>
        <source>Sign in with the partner&apos;s integration account: for the profile that has no consent yet, or for a new profile</source>
        <translation>Mit dem Integrationskonto des Partners anmelden: für das Profil, das noch keine Einwilligung hat, oder für ein neues Profil</translation>
    </message>
</context>
<context>
    <name>GrantConsentDialog</name>
    <message>
        <source>Grant consent</source>
        <translation>Einwilligung erteilen</translation>
    </message>
    <message>
        <source>What granting consent does</source>
        <translation>Was das Erteilen der Einwilligung bewirkt</translation>
    </message>
    <message>
        <source>&amp;Permissions (Microsoft Graph):</source>
        <translation>Be&amp;rechtigungen (Microsoft Graph):</translation>
    </message>
    <message>
        <source>Microsoft Graph delegated permissions to grant, comma-separated</source>
        <translation>Zu erteilende delegierte Berechtigungen von Microsoft Graph, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Requests PCAuth will send:</source>
        <translation>&amp;Anforderungen, die PCAuth sendet:</translation>
    </message>
    <message>
        <source>Requests PCAuth will send</source>
        <translation>Anforderungen, die PCAuth sendet</translation>
    </message>
    <message>
        <source>Request &amp;body:</source>
        <translation>Anforderungs&amp;text:</translation>
    </message>
    <message>
        <source>Body of the selected request</source>
        <translation>Text der ausgewählten Anforderung</translation>
    </message>
    <message>
        <source>Customers answered</source>
        <translation>Kunden mit Antwort</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Result per customer:</source>
        <translation>Ergebnis pro &amp;Kunde:</translation>
    </message>
    <message>
        <source>Result per customer</source>
        <translation>Ergebnis pro Kunde</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Erteilen</translation>
    </message>
    <message>
        <source>Grant consent in these customers</source>
        <translation>Die Einwilligung bei diesen Kunden erteilen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the grant: send nothing more</source>
        <translation>Das Erteilen abbrechen: nichts weiter senden</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PCAuth</source>
        <translation>PCAuth</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About PCAuth</source>
        <translation>&amp;Über PCAuth</translation>
    </message>
    <message>
        <source>&amp;New partner consent…</source>
        <translation>&amp;Neue Partnereinwilligung…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
</context>
<context>
    <name>PCAuth::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>PCAuth::Access</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Grant consent from Partner Center (pcauthctl access grant-consent, or the Customers view), or ask an administrator of the customer to grant admin consent.</source>
        <translation>Erteilen Sie die Einwilligung über Partner Center (pcauthctl access grant-consent oder die Ansicht „Kunden“), oder bitten Sie einen Administrator des Kunden, die Administratoreinwilligung zu erteilen.</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <source>App not in tenant</source>
        <translation>App nicht im Mandanten</translation>
    </message>
    <message>
        <source>No admin consent</source>
        <translation>Keine Administratoreinwilligung</translation>
    </message>
    <message>
        <source>Permissions missing</source>
        <translation>Berechtigungen fehlen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The app has no admin consent in this customer tenant (AADSTS%1).</source>
        <translation>Die App hat in diesem Kundenmandanten keine Administratoreinwilligung (AADSTS%1).</translation>
    </message>
    <message>
        <source>The app does not exist in this customer tenant (AADSTS700016).</source>
        <translation>Die App ist in diesem Kundenmandanten nicht vorhanden (AADSTS700016).</translation>
    </message>
    <message>
        <source>Consent not checked: no token for this tenant (%1).</source>
        <translation>Einwilligung nicht geprüft: kein Token für diesen Mandanten (%1).</translation>
    </message>
    <message>
        <source>Consent not checked.</source>
        <translation>Einwilligung nicht geprüft.</translation>
    </message>
    <message>
        <source>The app has no service principal in this customer tenant: it was never consented there.</source>
        <translation>Die App hat in diesem Kundenmandanten keinen Dienstprinzipal: Dort wurde nie eine Einwilligung für sie erteilt.</translation>
    </message>
    <message>
        <source>Consent not checked: Graph refused to show the app&apos;s service principal (HTTP %1); the GDAP roles do not allow reading applications in this tenant.</source>
        <translation>Einwilligung nicht geprüft: Graph hat die Anzeige des Dienstprinzipals der App verweigert (HTTP %1); die GDAP-Rollen erlauben in diesem Mandanten nicht das Lesen von Anwendungen.</translation>
    </message>
    <message>
        <source>Consent not checked: %1</source>
        <translation>Einwilligung nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Consent not checked: the grants were not read.</source>
        <translation>Einwilligung nicht geprüft: Die Berechtigungserteilungen wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>Consent not checked: the grants could not be read (%1).</source>
        <translation>Einwilligung nicht geprüft: Die Berechtigungserteilungen konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The app is in this customer tenant but has no admin consent (no AllPrincipals grant).</source>
        <translation>Die App ist in diesem Kundenmandanten vorhanden, hat aber keine Administratoreinwilligung (keine AllPrincipals-Erteilung).</translation>
    </message>
    <message>
        <source>The app&apos;s consent lacks %1.</source>
        <translation>Der Einwilligung der App fehlt %1.</translation>
    </message>
    <message>
        <source>Grant consent again with the missing permissions (the existing consent is removed first).</source>
        <translation>Erteilen Sie die Einwilligung erneut mit den fehlenden Berechtigungen (die vorhandene Einwilligung wird zuerst entfernt).</translation>
    </message>
    <message>
        <source>The app is consented in this customer tenant (%1).</source>
        <translation>Für die App liegt in diesem Kundenmandanten eine Einwilligung vor (%1).</translation>
    </message>
    <message>
        <source>Request a new GDAP relationship with least-privileged roles in Partner Center and have the customer approve it.</source>
        <translation>Beantragen Sie in Partner Center eine neue GDAP-Beziehung mit Rollen nach dem Prinzip der geringsten Rechte, und lassen Sie sie vom Kunden genehmigen.</translation>
    </message>
    <message>
        <source>A GDAP relationship has no &quot;id&quot;.</source>
        <translation>Eine GDAP-Beziehung hat kein &quot;id&quot;.</translation>
    </message>
    <message>
        <source>The GDAP relationship %1 has no &quot;status&quot;.</source>
        <translation>Die GDAP-Beziehung %1 hat kein &quot;status&quot;.</translation>
    </message>
    <message>
        <source>A GDAP access assignment has no &quot;id&quot;.</source>
        <translation>Eine GDAP-Zugriffszuweisung hat kein &quot;id&quot;.</translation>
    </message>
    <message>
        <source>Read users and licences</source>
        <translation>Benutzer und Lizenzen lesen</translation>
    </message>
    <message>
        <source>Create users</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>Consent to applications</source>
        <translation>In Anwendungen einwilligen</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; expired on %2.</source>
        <translation>Die GDAP-Beziehung „%1“ ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; has expired.</source>
        <translation>Die GDAP-Beziehung „%1“ ist abgelaufen.</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; is %2: its roles no longer work.</source>
        <translation>Die GDAP-Beziehung „%1“ hat den Status %2: Ihre Rollen funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>The GDAP request &quot;%1&quot; was not approved within %2 days and has lapsed.</source>
        <translation>Die GDAP-Anfrage „%1“ wurde nicht innerhalb von %2 Tagen genehmigt und ist verfallen.</translation>
    </message>
    <message numerus="yes">
        <source>The GDAP request &quot;%1&quot; awaits the customer&apos;s approval; it lapses in %n day(s), on %2.</source>
        <translation>
            <numerusform>Die GDAP-Anfrage „%1“ wartet auf die Genehmigung des Kunden; sie verfällt in %n Tag, am %2.</numerusform>
            <numerusform>Die GDAP-Anfrage „%1“ wartet auf die Genehmigung des Kunden; sie verfällt in %n Tagen, am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the customer the approval link from Partner Center again and ask them to approve.</source>
        <translation>Senden Sie dem Kunden den Genehmigungslink aus Partner Center erneut, und bitten Sie ihn um die Genehmigung.</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; is %2, not yet active: its roles do not work yet.</source>
        <translation>Die GDAP-Beziehung „%1“ hat den Status %2 und ist noch nicht aktiv: Ihre Rollen funktionieren noch nicht.</translation>
    </message>
    <message>
        <source>Send the approval request to the customer from Partner Center.</source>
        <translation>Senden Sie die Genehmigungsanfrage aus Partner Center an den Kunden.</translation>
    </message>
    <message>
        <source>Wait a few minutes and check again.</source>
        <translation>Warten Sie einige Minuten, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; ended on %2.</source>
        <translation>Die GDAP-Beziehung „%1“ endete am %2.</translation>
    </message>
    <message numerus="yes">
        <source>The GDAP relationship &quot;%1&quot; ends in %n day(s), on %2, and will not extend automatically.</source>
        <translation>
            <numerusform>Die GDAP-Beziehung „%1“ endet in %n Tag, am %2, und wird nicht automatisch verlängert.</numerusform>
            <numerusform>Die GDAP-Beziehung „%1“ endet in %n Tagen, am %2, und wird nicht automatisch verlängert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on auto-extend (180 days) for the relationship in Partner Center, or request a new one.</source>
        <translation>Aktivieren Sie in Partner Center die automatische Verlängerung (180 Tage) für die Beziehung, oder beantragen Sie eine neue.</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; ends on %2 and extends automatically by %3 days.</source>
        <translation>Die GDAP-Beziehung „%1“ endet am %2 und wird automatisch um %3 Tage verlängert.</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; is active until %2.</source>
        <translation>Die GDAP-Beziehung „%1“ ist bis %2 aktiv.</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; is active.</source>
        <translation>Die GDAP-Beziehung „%1“ ist aktiv.</translation>
    </message>
    <message>
        <source>The GDAP relationship &quot;%1&quot; includes Global Administrator, so it cannot extend automatically.</source>
        <translation>Die GDAP-Beziehung „%1“ enthält die Rolle Global Administrator und kann daher nicht automatisch verlängert werden.</translation>
    </message>
    <message>
        <source>Replace it with a relationship of least-privileged roles before it ends, which can then extend automatically.</source>
        <translation>Ersetzen Sie sie vor ihrem Ende durch eine Beziehung mit Rollen nach dem Prinzip der geringsten Rechte; diese kann dann automatisch verlängert werden.</translation>
    </message>
    <message>
        <source>GDAP relationships could not be read with this sign-in (see the profile&apos;s findings).</source>
        <translation>GDAP-Beziehungen konnten mit dieser Anmeldung nicht gelesen werden (siehe die Befunde des Profils).</translation>
    </message>
    <message>
        <source>There is no GDAP relationship with this customer: delegated admin calls into its tenant fail.</source>
        <translation>Mit diesem Kunden besteht keine GDAP-Beziehung: Aufrufe mit delegiertem Administratorzugriff in seinen Mandanten schlagen fehl.</translation>
    </message>
    <message>
        <source>No active GDAP role allows reading users and licences.</source>
        <translation>Keine aktive GDAP-Rolle erlaubt das Lesen von Benutzern und Lizenzen.</translation>
    </message>
    <message>
        <source>Add one of these roles to the relationship: %1.</source>
        <translation>Fügen Sie der Beziehung eine dieser Rollen hinzu: %1.</translation>
    </message>
    <message>
        <source>No security group is assigned the roles of &quot;%1&quot;: nobody in the partner tenant can use them.</source>
        <translation>Keiner Sicherheitsgruppe sind die Rollen von „%1“ zugewiesen: Niemand im Partnermandanten kann sie verwenden.</translation>
    </message>
    <message>
        <source>The access assignments of &quot;%1&quot; are still pending.</source>
        <translation>Die Zugriffszuweisungen von „%1“ sind noch ausstehend.</translation>
    </message>
    <message>
        <source>Assign the relationship&apos;s roles to a security group in Partner Center (GDAP, Access assignments).</source>
        <translation>Weisen Sie die Rollen der Beziehung in Partner Center einer Sicherheitsgruppe zu (GDAP, Zugriffszuweisungen).</translation>
    </message>
    <message numerus="yes">
        <source>%n security group(s) hold the roles of &quot;%1&quot;.</source>
        <translation>
            <numerusform>Die Rollen von „%1“ sind %n Sicherheitsgruppe zugewiesen.</numerusform>
            <numerusform>Die Rollen von „%1“ sind %n Sicherheitsgruppen zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph listed no GDAP relationship although the partner has %n customer(s): the signed-in user is probably not in the Admin Agents group.</source>
        <translation>
            <numerusform>Graph hat keine GDAP-Beziehung aufgeführt, obwohl der Partner %n Kunden hat: Der angemeldete Benutzer ist wahrscheinlich nicht Mitglied der Gruppe Admin Agents.</numerusform>
            <numerusform>Graph hat keine GDAP-Beziehung aufgeführt, obwohl der Partner %n Kunden hat: Der angemeldete Benutzer ist wahrscheinlich nicht Mitglied der Gruppe Admin Agents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the account to the Admin Agents group of the partner tenant, or run the partner consent with an account that is in it.</source>
        <translation>Fügen Sie das Konto der Gruppe Admin Agents des Partnermandanten hinzu, oder führen Sie die Partnereinwilligung mit einem Konto durch, das Mitglied dieser Gruppe ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n GDAP relationship(s) read.</source>
        <translation>
            <numerusform>%n GDAP-Beziehung gelesen.</numerusform>
            <numerusform>%n GDAP-Beziehungen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center rejects this token&apos;s app+user calls: it carries no multi-factor authentication (code %1).</source>
        <translation>Partner Center lehnt die App+Benutzer-Aufrufe dieses Tokens ab: Es enthält keine mehrstufige Authentifizierung (Code %1).</translation>
    </message>
    <message>
        <source>Sign in again through the partner consent and complete multi-factor authentication. App-only calls are not affected.</source>
        <translation>Melden Sie sich über die Partnereinwilligung erneut an, und schließen Sie die mehrstufige Authentifizierung ab. Aufrufe mit reinem App-Token sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Partner Center counts this token as MFA-compliant.</source>
        <translation>Partner Center wertet dieses Token als MFA-konform.</translation>
    </message>
    <message>
        <source>Partner Center answers this token&apos;s calls but does not count it as MFA-compliant: they will fail once MFA is enforced.</source>
        <translation>Partner Center beantwortet die Aufrufe dieses Tokens, wertet es aber nicht als MFA-konform: Die Aufrufe schlagen fehl, sobald MFA erzwungen wird.</translation>
    </message>
    <message>
        <source>Sign in again through the partner consent and complete multi-factor authentication.</source>
        <translation>Melden Sie sich über die Partnereinwilligung erneut an, und schließen Sie die mehrstufige Authentifizierung ab.</translation>
    </message>
    <message>
        <source>Partner Center did not say whether the token is MFA-compliant; the token&apos;s own claims: %1.</source>
        <translation>Partner Center hat nicht angegeben, ob das Token MFA-konform ist; die eigenen Ansprüche des Tokens: %1.</translation>
    </message>
    <message>
        <source>The MFA probe failed: %1</source>
        <translation>Die MFA-Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>An MFA adoption entry has no &quot;applicationId&quot;.</source>
        <translation>Ein Eintrag der MFA-Einführung hat kein &quot;applicationId&quot;.</translation>
    </message>
    <message>
        <source>An MFA adoption entry has no valid &quot;loginDate&quot;.</source>
        <translation>Ein Eintrag der MFA-Einführung hat kein gültiges &quot;loginDate&quot;.</translation>
    </message>
    <message>
        <source>Partner Center recorded no app+user requests of this app in the last 30 days.</source>
        <translation>Partner Center hat in den letzten 30 Tagen keine App+Benutzer-Anforderungen dieser App erfasst.</translation>
    </message>
    <message>
        <source>Find the jobs that use an old token without MFA and run the partner consent again with MFA for them.</source>
        <translation>Ermitteln Sie die Aufträge, die ein altes Token ohne MFA verwenden, und führen Sie die Partnereinwilligung für sie erneut mit MFA durch.</translation>
    </message>
    <message>
        <source>A credential of the app has no &quot;keyId&quot;.</source>
        <translation>Eine Anmeldeinformation der App hat kein &quot;keyId&quot;.</translation>
    </message>
    <message>
        <source>The credential %1 of the app has no valid &quot;endDateTime&quot;.</source>
        <translation>Die Anmeldeinformation %1 der App hat kein gültiges &quot;endDateTime&quot;.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; of the app expired on %3.</source>
        <translation>Das %1 „%2“ der App ist am %3 abgelaufen.</translation>
    </message>
    <message>
        <source>Remove it from the app registration.</source>
        <translation>Entfernen Sie es aus der App-Registrierung.</translation>
    </message>
    <message>
        <source>Replace the profile&apos;s credential with a valid one and remove the expired one from the app registration.</source>
        <translation>Ersetzen Sie die Anmeldeinformation des Profils durch eine gültige, und entfernen Sie die abgelaufene aus der App-Registrierung.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 &quot;%2&quot; of the app expires in %n day(s), on %3; Microsoft sends no reminder.</source>
        <translation>
            <numerusform>Das %1 „%2“ der App läuft in %n Tag ab, am %3; Microsoft sendet keine Erinnerung.</numerusform>
            <numerusform>Das %1 „%2“ der App läuft in %n Tagen ab, am %3; Microsoft sendet keine Erinnerung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a new one in the app registration and replace the profile&apos;s credential before %1 (a certificate is preferable).</source>
        <translation>Erstellen Sie in der App-Registrierung ein neues, und ersetzen Sie die Anmeldeinformation des Profils vor %1 (ein Zertifikat ist vorzuziehen).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; of the app is valid until %3.</source>
        <translation>Das %1 „%2“ der App ist bis %3 gültig.</translation>
    </message>
    <message>
        <source>Every %1 of the app has expired: the profile cannot sign in.</source>
        <translation>Jedes %1 der App ist abgelaufen: Das Profil kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>The app registration has no %1, which the profile uses.</source>
        <translation>Die App-Registrierung hat kein %1, das Profil verwendet aber eines.</translation>
    </message>
    <message>
        <source>Add a new credential to the app registration and replace the profile&apos;s credential.</source>
        <translation>Fügen Sie der App-Registrierung eine neue Anmeldeinformation hinzu, und ersetzen Sie die Anmeldeinformation des Profils.</translation>
    </message>
    <message>
        <source>The redirect URI %1 is registered (as %2).</source>
        <translation>Der Umleitungs-URI %1 ist registriert (als %2).</translation>
    </message>
    <message>
        <source>The redirect URI %1 is not registered for the app: the partner consent fails with AADSTS50011.</source>
        <translation>Der Umleitungs-URI %1 ist für die App nicht registriert: Die Partnereinwilligung schlägt mit AADSTS50011 fehl.</translation>
    </message>
    <message>
        <source>Add %1 to the app registration&apos;s redirect URIs (%2 platform).</source>
        <translation>Fügen Sie %1 den Umleitungs-URIs der App-Registrierung hinzu (Plattform %2).</translation>
    </message>
    <message>
        <source>The app&apos;s delegated permissions are granted in the partner tenant (%1).</source>
        <translation>Die delegierten Berechtigungen der App sind im Partnermandanten erteilt (%1).</translation>
    </message>
    <message>
        <source>Delegated permissions not granted in the partner tenant: %1.</source>
        <translation>Im Partnermandanten nicht erteilte delegierte Berechtigungen: %1.</translation>
    </message>
    <message>
        <source>Grant admin consent for the app in the partner tenant (Entra admin center, App registrations, API permissions).</source>
        <translation>Erteilen Sie der App im Partnermandanten die Administratoreinwilligung (Entra Admin Center, App-Registrierungen, API-Berechtigungen).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 customers in %2 s: %3 ok, %4 need attention, %5 with problems, %6 unknown (consent missing: %7; GDAP needs attention: %8)</source>
        <translation>%1 Kunden in %2 s: %3 OK, %4 erfordern Aufmerksamkeit, %5 mit Problemen, %6 unbekannt (Einwilligung fehlt: %7; GDAP erfordert Aufmerksamkeit: %8)</translation>
    </message>
    <message>
        <source>the token could not be decoded</source>
        <translation>das Token konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>The MFA adoption report</source>
        <translation>Der MFA-Einführungsbericht</translation>
    </message>
    <message>
        <source>The app registration</source>
        <translation>Die App-Registrierung</translation>
    </message>
    <message>
        <source>The app&apos;s service principal</source>
        <translation>Der Dienstprinzipal der App</translation>
    </message>
    <message>
        <source>The app&apos;s grants</source>
        <translation>Die Liste der Berechtigungserteilungen der App</translation>
    </message>
    <message>
        <source>The GDAP relationships</source>
        <translation>Die Liste der GDAP-Beziehungen</translation>
    </message>
    <message>
        <source>The access assignments</source>
        <translation>Die Liste der Zugriffszuweisungen</translation>
    </message>
    <message>
        <source>The existing consent could not be removed: %1</source>
        <translation>Die vorhandene Einwilligung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Consent granted.</source>
        <translation>Einwilligung erteilt.</translation>
    </message>
    <message>
        <source>The app is already consented in this tenant; to change its permissions, replace the consent.</source>
        <translation>Für die App liegt in diesem Mandanten bereits eine Einwilligung vor; um ihre Berechtigungen zu ändern, ersetzen Sie die Einwilligung.</translation>
    </message>
    <message>
        <source>Cancelled before an answer came.</source>
        <translation>Abgebrochen, bevor eine Antwort eintraf.</translation>
    </message>
    <message numerus="yes">
        <source>All %n app+user requests of this app in the last 30 days carried MFA.</source>
        <translation>
            <numerusform>Die eine App+Benutzer-Anforderung dieser App in den letzten 30 Tagen enthielt MFA.</numerusform>
            <numerusform>Alle %n App+Benutzer-Anforderungen dieser App in den letzten 30 Tagen enthielten MFA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app+user requests of this app in the last 30 days carried no MFA.</source>
        <translation>
            <numerusform>%1 von %n App+Benutzer-Anforderung dieser App in den letzten 30 Tagen enthielt keine MFA.</numerusform>
            <numerusform>%1 von %n App+Benutzer-Anforderungen dieser App in den letzten 30 Tagen enthielten keine MFA.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessController</name>
    <message>
        <source>No profile: add one on the dashboard.</source>
        <translation>Kein Profil: Fügen Sie auf dem Dashboard eines hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Checking access: %1 of %n customer(s)…</source>
        <translation>
            <numerusform>Zugriff wird geprüft: %1 von %n Kunden…</numerusform>
            <numerusform>Zugriff wird geprüft: %1 von %n Kunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking access…</source>
        <translation>Zugriff wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked yet: Check access asks Partner Center and Graph whether the calls will work.</source>
        <translation>Noch nicht geprüft: „Zugriff prüfen“ fragt Partner Center und Graph, ob die Aufrufe funktionieren.</translation>
    </message>
    <message>
        <source>Checked %1. Customers could not be listed: %2</source>
        <translation>Geprüft am %1. Die Kunden konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Checked %1. %2</source>
        <translation>Geprüft am %1. %2</translation>
    </message>
    <message>
        <source>Nothing to export: check access first.</source>
        <translation>Nichts zu exportieren: Prüfen Sie zuerst den Zugriff.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessCustomersModel</name>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>App consent</source>
        <translation>App-Einwilligung</translation>
    </message>
    <message>
        <source>GDAP</source>
        <translation>GDAP</translation>
    </message>
    <message>
        <source>Tasks the roles allow</source>
        <translation>Von den Rollen erlaubte Aufgaben</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessNotices</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; und %n weiterer Punkt</numerusform>
            <numerusform>%1; und %n weitere Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access: %n items need attention</source>
        <translation>
            <numerusform>Zugriff: %n Punkt erfordert Aufmerksamkeit</numerusform>
            <numerusform>Zugriff: %n Punkte erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessPage</name>
    <message>
        <source>30 days</source>
        <translation>30 Tagen</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 Tagen</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tagen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The calls work</source>
        <translation>Die Aufrufe funktionieren</translation>
    </message>
    <message>
        <source>Work now, need attention soon</source>
        <translation>Funktionieren jetzt, erfordern bald Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Fail, or will at once</source>
        <translation>Schlagen fehl oder werden sofort fehlschlagen</translation>
    </message>
    <message>
        <source>Could not be told</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 von %n Zeile</numerusform>
            <numerusform>%1 von %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The GDAP relationships were saved to %1.</source>
        <translation>Die GDAP-Beziehungen wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export GDAP relationships</source>
        <translation>GDAP-Beziehungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessProfilesModel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Most important finding</source>
        <translation>Wichtigster Befund</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessSummary</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Use “Check access” to see whether the calls will work (MFA, the app, GDAP, consent).</source>
        <translation>Verwenden Sie „Zugriff prüfen“, um zu sehen, ob die Aufrufe funktionieren (MFA, die App, GDAP, Einwilligung).</translation>
    </message>
    <message>
        <source>Every access check passed.</source>
        <translation>Alle Zugriffsprüfungen waren erfolgreich.</translation>
    </message>
    <message>
        <source>GDAP has ended</source>
        <translation>GDAP ist beendet</translation>
    </message>
    <message>
        <source>GDAP terminated</source>
        <translation>GDAP wurde gekündigt</translation>
    </message>
    <message>
        <source>GDAP request lapsed</source>
        <translation>GDAP-Anfrage verfallen</translation>
    </message>
    <message>
        <source>GDAP awaits approval</source>
        <translation>GDAP wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>GDAP not active yet</source>
        <translation>GDAP noch nicht aktiv</translation>
    </message>
    <message>
        <source>GDAP cannot auto-extend</source>
        <translation>GDAP kann nicht automatisch verlängert werden</translation>
    </message>
    <message>
        <source>No GDAP relationship</source>
        <translation>Keine GDAP-Beziehung</translation>
    </message>
    <message>
        <source>GDAP roles assigned to no group</source>
        <translation>GDAP-Rollen keiner Gruppe zugewiesen</translation>
    </message>
    <message>
        <source>GDAP role assignments pending</source>
        <translation>GDAP-Rollenzuweisungen ausstehend</translation>
    </message>
    <message>
        <source>The app is not consented</source>
        <translation>Keine Einwilligung für die App</translation>
    </message>
    <message>
        <source>The app&apos;s consent lacks permissions</source>
        <translation>Der Einwilligung der App fehlen Berechtigungen</translation>
    </message>
    <message>
        <source>App secret expired</source>
        <translation>Clientgeheimnis der App abgelaufen</translation>
    </message>
    <message>
        <source>App certificate expired</source>
        <translation>Zertifikat der App abgelaufen</translation>
    </message>
    <message>
        <source>No valid app credential</source>
        <translation>Keine gültige Anmeldeinformation der App</translation>
    </message>
    <message numerus="yes">
        <source>GDAP ends in %n days</source>
        <translation>
            <numerusform>GDAP endet in %n Tag</numerusform>
            <numerusform>GDAP endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>App secret expires in %n days</source>
        <translation>
            <numerusform>Clientgeheimnis der App läuft in %n Tag ab</numerusform>
            <numerusform>Clientgeheimnis der App läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>App certificate expires in %n days</source>
        <translation>
            <numerusform>Zertifikat der App läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat der App läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers could not be read</source>
        <translation>Kunden konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n customers need attention</source>
        <translation>
            <numerusform>%n Kunde erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n Kunden erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Some checks had no answer</source>
        <translation>Einige Prüfungen blieben ohne Antwort</translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessView</name>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag beendet</numerusform>
            <numerusform>vor %n Tagen beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center MFA</source>
        <translation>MFA für Partner Center</translation>
    </message>
    <message>
        <source>MFA adoption</source>
        <translation>MFA-Einführung</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Client secret &quot;%1&quot;</source>
        <translation>Clientgeheimnis „%1“</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot;</source>
        <translation>Zertifikat „%1“</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>App-Registrierung</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Umleitungs-URI</translation>
    </message>
    <message>
        <source>Permissions granted</source>
        <translation>Erteilte Berechtigungen</translation>
    </message>
    <message>
        <source>GDAP relationships</source>
        <translation>GDAP-Beziehungen</translation>
    </message>
    <message>
        <source>Customers could not be listed: %1</source>
        <translation>Die Kunden konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more customer(s))</source>
        <translation>
            <numerusform>%1 (und %n weiterer Kunde)</numerusform>
            <numerusform>%1 (und %n weitere Kunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen waren erfolgreich.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ApiResult</name>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Die Anforderung ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>Request id: %1 · correlation id: %2</source>
        <translation>Anforderungs-ID: %1 · Korrelations-ID: %2</translation>
    </message>
    <message>
        <source>The answer from %1 (HTTP %2) is not valid JSON: %3 at byte %4. It may have been cut off on the way; try again.</source>
        <translation>Die Antwort von %1 (HTTP %2) ist kein gültiges JSON: %3 bei Byte %4. Sie wurde möglicherweise unterwegs abgeschnitten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anforderung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>Kein Zugriffstoken: %1</translation>
    </message>
</context>
<context>
    <name>PCAuth::AppHealthModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vorgehensweise</translation>
    </message>
</context>
<context>
    <name>PCAuth::AppOnlyPage</name>
    <message>
        <source>The answer is valid JSON.</source>
        <translation>Die Antwort ist gültiges JSON.</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>Partner Center</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>Benutzerdefinierter URI</translation>
    </message>
    <message>
        <source>%1 (client secret)</source>
        <translation>%1 (Clientgeheimnis)</translation>
    </message>
    <message>
        <source>%1 (certificate)</source>
        <translation>%1 (Zertifikat)</translation>
    </message>
    <message>
        <source>No profile has a client secret or a certificate. App-only tokens are issued to the app itself, so the app registration must be a confidential client: add a client secret or a certificate to a profile (pcauthctl profile, or a new consent with a web app registration), then come back here.</source>
        <translation>Kein Profil hat ein Clientgeheimnis oder ein Zertifikat. Reine App-Token werden an die App selbst ausgestellt, daher muss die App-Registrierung ein vertraulicher Client sein: Fügen Sie einem Profil ein Clientgeheimnis oder ein Zertifikat hinzu (pcauthctl profile oder eine neue Einwilligung mit einer Web-App-Registrierung), und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>No profile with app credentials</source>
        <translation>Kein Profil mit App-Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Profile: choose a profile with a client secret or certificate first.</source>
        <translation>Profil: Wählen Sie zuerst ein Profil mit einem Clientgeheimnis oder Zertifikat.</translation>
    </message>
    <message>
        <source>Custom URI: give the resource identifier the token is for, such as https://api.contoso.com or api://&lt;app id&gt;.</source>
        <translation>Benutzerdefinierter URI: Geben Sie den Ressourcenbezeichner an, für den das Token bestimmt ist, etwa https://api.contoso.com oder api://&lt;app id&gt;.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Asking Entra ID for an app-only token…</source>
        <translation>Reines App-Token wird bei Entra ID angefordert…</translation>
    </message>
    <message>
        <source>None: the app has no application permissions here.</source>
        <translation>Keine: Die App hat hier keine Anwendungsberechtigungen.</translation>
    </message>
    <message>
        <source>(not in the token)</source>
        <translation>(nicht im Token)</translation>
    </message>
    <message>
        <source>The token could not be decoded for display: %1</source>
        <translation>Das Token konnte nicht zur Anzeige dekodiert werden: %1</translation>
    </message>
    <message>
        <source>Test call: GET %1</source>
        <translation>Testaufruf: GET %1</translation>
    </message>
    <message>
        <source>No test call for this audience: its API has no call every app may make.</source>
        <translation>Kein Testaufruf für diese Zielgruppe: Ihre API hat keinen Aufruf, den jede App ausführen darf.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>HTTP %1%2 · %3 ms</source>
        <translation>HTTP %1%2 · %3 ms</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Expired: %1. Get a new token.</source>
        <translation>Abgelaufen: %1. Beziehen Sie ein neues Token.</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Elemente: %1</translation>
    </message>
    <message>
        <source>%1; the first: %2</source>
        <translation>%1; das erste: %2</translation>
    </message>
</context>
<context>
    <name>PCAuth::AppServices</name>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox cloud file %1 could not be written: %2</source>
        <translation>Die Cloud-Datei %1 der Sandbox konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The demo profile could not be made: %1</source>
        <translation>Das Demoprofil konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The sandbox address &quot;%1&quot; is not an http:// or https:// URL, such as the one pcauth-sandbox prints when it starts.</source>
        <translation>Die Sandbox-Adresse „%1“ ist keine http://- oder https://-URL wie die, die pcauth-sandbox beim Start ausgibt.</translation>
    </message>
</context>
<context>
    <name>PCAuth::AuthorizationRequest</name>
    <message>
        <source>The application (client) id is empty.</source>
        <translation>Die Anwendungs-ID (Client-ID) ist leer.</translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an absolute URL with a host.</source>
        <translation>Der Umleitungs-URI „%1“ ist keine absolute URL mit Host.</translation>
    </message>
    <message>
        <source>The redirect URI must not contain a fragment (#...).</source>
        <translation>Der Umleitungs-URI darf kein Fragment (#...) enthalten.</translation>
    </message>
    <message>
        <source>The resource is empty: a v1 sign-in needs the audience (resource).</source>
        <translation>Die Ressource ist leer: Eine v1-Anmeldung benötigt die Zielgruppe (Ressource).</translation>
    </message>
    <message>
        <source>The scope list is empty: a v2 sign-in needs at least one scope.</source>
        <translation>Die Liste der Bereiche (Scopes) ist leer: Eine v2-Anmeldung benötigt mindestens einen Bereich.</translation>
    </message>
    <message>
        <source>The state is empty: it is needed to recognise the answer of this sign-in.</source>
        <translation>Der State-Wert ist leer: Er wird benötigt, um die Antwort dieser Anmeldung zu erkennen.</translation>
    </message>
    <message>
        <source>The nonce is empty: it is needed to check the id_token.</source>
        <translation>Die Nonce ist leer: Sie wird benötigt, um das id_token zu prüfen.</translation>
    </message>
    <message>
        <source>The PKCE pair is empty: the code could be redeemed by anyone who sees it.</source>
        <translation>Das PKCE-Paar ist leer: Der Code könnte von jedem eingelöst werden, der ihn sieht.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ChunkedSecretStore</name>
    <message>
        <source>The item &quot;%1&quot; in %2 is damaged (%3). Store it again; for a refresh token, run consent again.</source>
        <translation>Das Element „%1“ in %2 ist beschädigt (%3). Speichern Sie es erneut; bei einem Aktualisierungstoken führen Sie die Einwilligung erneut durch.</translation>
    </message>
    <message>
        <source>its list of parts is unreadable</source>
        <translation>seine Teileliste ist nicht lesbar</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing</source>
        <translation>Teil %1 von %2 fehlt</translation>
    </message>
    <message>
        <source>its parts do not add up to the stored length and checksum</source>
        <translation>seine Teile ergeben nicht die gespeicherte Länge und Prüfsumme</translation>
    </message>
    <message>
        <source>%1 bytes need more than %2 parts of %3 bytes</source>
        <translation>%1 Bytes benötigen mehr als %2 Teile zu je %3 Bytes</translation>
    </message>
    <message>
        <source>The secret is too large for %1: %2.</source>
        <translation>Das Geheimnis ist zu groß für %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was removed from %2, but %n of its parts could not be: %3</source>
        <translation>
            <numerusform>„%1“ wurde aus %2 entfernt, aber %n seiner Teile konnte nicht entfernt werden: %3</numerusform>
            <numerusform>„%1“ wurde aus %2 entfernt, aber %n seiner Teile konnten nicht entfernt werden: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::Claims</name>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>The service this token is for. A Partner Center token names https://api.partnercenter.microsoft.com (or its application ID fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd); other services reject it.</source>
        <translation>Der Dienst, für den dieses Token bestimmt ist. Ein Partner Center-Token nennt https://api.partnercenter.microsoft.com (oder dessen Anwendungs-ID fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd); andere Dienste lehnen es ab.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Who issued the token: Entra ID, for the tenant and cloud in the address (https://sts.windows.net/{tenant}/ for version 1.0 tokens, https://login.microsoftonline.com/{tenant}/v2.0 for version 2.0).</source>
        <translation>Wer das Token ausgestellt hat: Entra ID, für den Mandanten und die Cloud in der Adresse (https://sts.windows.net/{tenant}/ für Token der Version 1.0, https://login.microsoftonline.com/{tenant}/v2.0 für Version 2.0).</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>The Entra ID tenant the token was issued in. For Partner Center calls this is your partner tenant; for calls on behalf of a customer, the customer&apos;s tenant.</source>
        <translation>Der Entra ID-Mandant, in dem das Token ausgestellt wurde. Bei Partner Center-Aufrufen ist dies Ihr Partnermandant, bei Aufrufen im Namen eines Kunden der Mandant des Kunden.</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>Benutzerprinzipalname</translation>
    </message>
    <message>
        <source>The sign-in name of the user the token acts for.</source>
        <translation>Der Anmeldename des Benutzers, für den das Token handelt.</translation>
    </message>
    <message>
        <source>Unique name</source>
        <translation>Eindeutiger Name</translation>
    </message>
    <message>
        <source>A readable name for the user, usually the sign-in name (version 1.0 tokens). For display only: it can change.</source>
        <translation>Ein lesbarer Name des Benutzers, meist der Anmeldename (Token der Version 1.0). Nur zur Anzeige: Er kann sich ändern.</translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation>Bevorzugter Benutzername</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name as shown to people (version 2.0 tokens). For display only: it can change.</source>
        <translation>Der Anmeldename des Benutzers, wie er Personen angezeigt wird (Token der Version 2.0). Nur zur Anzeige: Er kann sich ändern.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>The user&apos;s display name, for showing only.</source>
        <translation>Der Anzeigename des Benutzers, nur zur Anzeige.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>The user&apos;s first name.</source>
        <translation>Der Vorname des Benutzers.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>The user&apos;s last name.</source>
        <translation>Der Nachname des Benutzers.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>An email address of the user, when the account has one. For display only: it can change.</source>
        <translation>Eine E-Mail-Adresse des Benutzers, sofern das Konto eine hat. Nur zur Anzeige: Sie kann sich ändern.</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>The ID of the user (or, in an app-only token, the application&apos;s service principal) in this tenant. It is the same for every application.</source>
        <translation>Die ID des Benutzers (oder, bei einem reinen App-Token, des Dienstprinzipals der Anwendung) in diesem Mandanten. Sie ist für jede Anwendung gleich.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>An ID of the user that is different for each application; use oid to recognise the same user across applications.</source>
        <translation>Eine ID des Benutzers, die für jede Anwendung unterschiedlich ist; verwenden Sie oid, um denselben Benutzer anwendungsübergreifend zu erkennen.</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>The client ID of the application that requested the token (version 1.0 tokens): for Partner Center, the app registered for the Secure Application Model.</source>
        <translation>Die Client-ID der Anwendung, die das Token angefordert hat (Token der Version 1.0): bei Partner Center die für das Secure Application Model registrierte App.</translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation>Autorisierte Partei</translation>
    </message>
    <message>
        <source>The client ID of the application that requested the token (version 2.0 tokens; version 1.0 tokens use appid).</source>
        <translation>Die Client-ID der Anwendung, die das Token angefordert hat (Token der Version 2.0; Token der Version 1.0 verwenden appid).</translation>
    </message>
    <message>
        <source>Application authentication</source>
        <translation>Anwendungsauthentifizierung</translation>
    </message>
    <message>
        <source>How the application proved its identity: 0 = public client (no secret), 1 = client secret, 2 = certificate.</source>
        <translation>Wie die Anwendung ihre Identität nachgewiesen hat: 0 = öffentlicher Client (kein Geheimnis), 1 = Clientgeheimnis, 2 = Zertifikat.</translation>
    </message>
    <message>
        <source>How the application proved its identity (version 2.0 tokens): 0 = public client (no secret), 1 = client secret, 2 = certificate.</source>
        <translation>Wie die Anwendung ihre Identität nachgewiesen hat (Token der Version 2.0): 0 = öffentlicher Client (kein Geheimnis), 1 = Clientgeheimnis, 2 = Zertifikat.</translation>
    </message>
    <message>
        <source>Identity type</source>
        <translation>Identitätstyp</translation>
    </message>
    <message>
        <source>&apos;app&apos; for an app-only token (no user), &apos;user&apos; for a token that acts for a signed-in user. Many Partner Center calls accept only app+user tokens.</source>
        <translation>&apos;app&apos; für ein reines App-Token (ohne Benutzer), &apos;user&apos; für ein Token, das für einen angemeldeten Benutzer handelt. Viele Partner Center-Aufrufe akzeptieren nur App+Benutzer-Token.</translation>
    </message>
    <message>
        <source>Delegated permissions</source>
        <translation>Delegierte Berechtigungen</translation>
    </message>
    <message>
        <source>The permissions (scopes) the application has to act for the user, separated by spaces. Partner Center needs user_impersonation.</source>
        <translation>Die Berechtigungen (Bereiche), mit denen die Anwendung für den Benutzer handeln darf, durch Leerzeichen getrennt. Partner Center benötigt user_impersonation.</translation>
    </message>
    <message>
        <source>Application roles</source>
        <translation>Anwendungsrollen</translation>
    </message>
    <message>
        <source>The application permissions granted to the app (in app-only tokens), or the app roles assigned to the user.</source>
        <translation>Die der App erteilten Anwendungsberechtigungen (in reinen App-Token) oder die dem Benutzer zugewiesenen App-Rollen.</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>Verzeichnisrollen</translation>
    </message>
    <message>
        <source>The template IDs of the Entra ID roles the user holds in this tenant; for example 62e90394-69f5-4237-9190-012177145e10 is Global Administrator.</source>
        <translation>Die Vorlagen-IDs der Entra ID-Rollen, die der Benutzer in diesem Mandanten innehat; zum Beispiel ist 62e90394-69f5-4237-9190-012177145e10 Globaler Administrator.</translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>How the user signed in. &apos;mfa&apos; or &apos;ngcmfa&apos; means multi-factor authentication was performed; Partner Center requires it for app+user calls.</source>
        <translation>Wie sich der Benutzer angemeldet hat. &apos;mfa&apos; oder &apos;ngcmfa&apos; bedeutet, dass eine mehrstufige Authentifizierung durchgeführt wurde; Partner Center verlangt sie für App+Benutzer-Aufrufe.</translation>
    </message>
    <message>
        <source>Federated authentication method</source>
        <translation>Verbundauthentifizierungsmethode</translation>
    </message>
    <message>
        <source>How a federated identity provider (such as AD FS) signed the user in. Partner Center counts it as multi-factor only when it is http://schemas.microsoft.com/claims/multipleauthn.</source>
        <translation>Wie ein Verbund-Identitätsanbieter (etwa AD FS) den Benutzer angemeldet hat. Partner Center wertet dies nur dann als mehrstufig, wenn der Wert http://schemas.microsoft.com/claims/multipleauthn ist.</translation>
    </message>
    <message>
        <source>Authentication level</source>
        <translation>Authentifizierungsebene</translation>
    </message>
    <message>
        <source>&apos;1&apos; for a normal sign-in, &apos;0&apos; when the sign-in did not meet ISO/IEC 29115 (for example anonymous). It does not say whether MFA was used: see amr.</source>
        <translation>&apos;1&apos; für eine normale Anmeldung, &apos;0&apos;, wenn die Anmeldung ISO/IEC 29115 nicht erfüllt hat (zum Beispiel anonym). Es sagt nichts darüber aus, ob MFA verwendet wurde: siehe amr.</translation>
    </message>
    <message>
        <source>Sign-in time</source>
        <translation>Anmeldezeit</translation>
    </message>
    <message>
        <source>When the user last entered their credentials. Tokens obtained later with a refresh token keep this time.</source>
        <translation>Wann der Benutzer zuletzt seine Anmeldeinformationen eingegeben hat. Später mit einem Aktualisierungstoken bezogene Token behalten diese Zeit.</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>When this token was issued.</source>
        <translation>Wann dieses Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>The token is not valid before this time.</source>
        <translation>Das Token ist vor diesem Zeitpunkt nicht gültig.</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>The token is not valid from this time on. Access tokens last about 60 to 90 minutes; a new one is obtained with the refresh token.</source>
        <translation>Das Token ist ab diesem Zeitpunkt nicht mehr gültig. Zugriffstoken gelten etwa 60 bis 90 Minuten; ein neues wird mit dem Aktualisierungstoken bezogen.</translation>
    </message>
    <message>
        <source>Token version</source>
        <translation>Tokenversion</translation>
    </message>
    <message>
        <source>The token format, &apos;1.0&apos; or &apos;2.0&apos;. For an access token the API it is for chooses the format, not the endpoint that issued it.</source>
        <translation>Das Tokenformat, &apos;1.0&apos; oder &apos;2.0&apos;. Bei einem Zugriffstoken bestimmt die API, für die es bestimmt ist, das Format, nicht der Endpunkt, der es ausgestellt hat.</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>The IP address the user signed in from, as Entra ID saw it. Useful when checking Conditional Access location rules.</source>
        <translation>Die IP-Adresse, von der aus sich der Benutzer angemeldet hat, wie Entra ID sie gesehen hat. Nützlich beim Prüfen von Standortregeln für den bedingten Zugriff.</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>A random value the application sent when sign-in started; finding it again in the ID token shows the token answers that sign-in and is not a replay.</source>
        <translation>Ein Zufallswert, den die Anwendung beim Start der Anmeldung gesendet hat; findet er sich im ID-Token wieder, beantwortet das Token diese Anmeldung und ist keine Wiederholung (Replay).</translation>
    </message>
    <message>
        <source>Tenant creation time</source>
        <translation>Erstellungszeit des Mandanten</translation>
    </message>
    <message>
        <source>When the tenant was created.</source>
        <translation>Wann der Mandant erstellt wurde.</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Internal to Entra ID (the sign-in session); it can be ignored.</source>
        <translation>Intern für Entra ID (die Anmeldesitzung); kann ignoriert werden.</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Internal to Entra ID (an ID of this token); it can be ignored.</source>
        <translation>Intern für Entra ID (eine ID dieses Tokens); kann ignoriert werden.</translation>
    </message>
    <message>
        <source>Refresh hint</source>
        <translation>Aktualisierungshinweis</translation>
    </message>
    <message>
        <source>Internal to Entra ID; it can be ignored.</source>
        <translation>Intern für Entra ID; kann ignoriert werden.</translation>
    </message>
    <message>
        <source>Internal data</source>
        <translation>Interne Daten</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>PCAuth::ClientAssertion</name>
    <message>
        <source>No certificate is loaded to sign the client assertion.</source>
        <translation>Es ist kein Zertifikat geladen, mit dem die Clientassertion signiert werden kann.</translation>
    </message>
    <message>
        <source>The client id is empty: the client assertion needs it.</source>
        <translation>Die Client-ID ist leer: Die Clientassertion benötigt sie.</translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation>Der Tokenendpunkt</translation>
    </message>
    <message>
        <source>The client assertion cannot be made: %1</source>
        <translation>Die Clientassertion kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>PCAuth::ClientCertificate</name>
    <message>
        <source>The private key is encrypted: give its passphrase.</source>
        <translation>Der private Schlüssel ist verschlüsselt: Geben Sie seine Passphrase an.</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key: check the passphrase.</source>
        <translation>Die Passphrase entschlüsselt den privaten Schlüssel nicht: Prüfen Sie die Passphrase.</translation>
    </message>
    <message>
        <source>The PEM text holds no private key: put the certificate and its private key in one PEM file.</source>
        <translation>Der PEM-Text enthält keinen privaten Schlüssel: Legen Sie das Zertifikat und seinen privaten Schlüssel in eine PEM-Datei.</translation>
    </message>
    <message>
        <source>The private key in the PEM text is damaged or in an unsupported format.</source>
        <translation>Der private Schlüssel im PEM-Text ist beschädigt oder liegt in einem nicht unterstützten Format vor.</translation>
    </message>
    <message>
        <source>The certificate file is larger than %1 bytes: refused.</source>
        <translation>Die Zertifikatdatei ist größer als %1 Bytes: abgelehnt.</translation>
    </message>
    <message>
        <source>The PEM text holds no certificate (no &quot;BEGIN CERTIFICATE&quot; block): put the certificate and its private key in one PEM file.</source>
        <translation>Der PEM-Text enthält kein Zertifikat (keinen „BEGIN CERTIFICATE“-Block): Legen Sie das Zertifikat und seinen privaten Schlüssel in eine PEM-Datei.</translation>
    </message>
    <message>
        <source>The certificate in the PEM text is damaged: it cannot be read.</source>
        <translation>Das Zertifikat im PEM-Text ist beschädigt: Es kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PFX file is larger than %1 bytes: refused.</source>
        <translation>Die PFX-Datei ist größer als %1 Bytes: abgelehnt.</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 (PFX) file: it cannot be read.</source>
        <translation>Die Datei ist keine PKCS#12-Datei (PFX): Sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PFX password is wrong: the file&apos;s integrity check fails with it.</source>
        <translation>Das PFX-Kennwort ist falsch: Die Integritätsprüfung der Datei schlägt damit fehl.</translation>
    </message>
    <message>
        <source>The PFX file is protected by a password: give it.</source>
        <translation>Die PFX-Datei ist kennwortgeschützt: Geben Sie das Kennwort an.</translation>
    </message>
    <message>
        <source>The PFX file cannot be decrypted although its password is right: it probably uses a legacy cipher (RC2 or 3DES) that OpenSSL 3 no longer enables. Export it again with AES-256 (openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256).</source>
        <translation>Die PFX-Datei kann nicht entschlüsselt werden, obwohl ihr Kennwort stimmt: Sie verwendet vermutlich eine veraltete Verschlüsselung (RC2 oder 3DES), die OpenSSL 3 nicht mehr aktiviert. Exportieren Sie sie erneut mit AES-256 (openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256).</translation>
    </message>
    <message>
        <source>The PFX file holds no certificate.</source>
        <translation>Die PFX-Datei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The PFX file holds no private key: export the certificate again with its private key.</source>
        <translation>Die PFX-Datei enthält keinen privaten Schlüssel: Exportieren Sie das Zertifikat erneut mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key is of type %1, not RSA: client assertions are signed RS256, which needs an RSA key. Create the certificate with an RSA key of 2048 bits or more.</source>
        <translation>Der private Schlüssel ist vom Typ %1, nicht RSA: Clientassertionen werden mit RS256 signiert, was einen RSA-Schlüssel erfordert. Erstellen Sie das Zertifikat mit einem RSA-Schlüssel von mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>non-RSA</source>
        <translation>Nicht-RSA</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate (the certificate holds another public key): use the key created with this certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat (das Zertifikat enthält einen anderen öffentlichen Schlüssel): Verwenden Sie den Schlüssel, der mit diesem Zertifikat erstellt wurde.</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with the certificate&apos;s private key.</source>
        <translation>OpenSSL konnte nicht mit dem privaten Schlüssel des Zertifikats signieren.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ClientCredential</name>
    <message>
        <source>The client secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>Das Clientgeheimnis von Profil „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The certificate key of profile &quot;%1&quot; could not be read: %2</source>
        <translation>Der Zertifikatschlüssel von Profil „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The certificate stored for profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Das für Profil „%1“ gespeicherte Zertifikat kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The refresh token of profile &quot;%1&quot; was issued by %2, but the profile now signs in at %3 (its cloud or cloud file changed). PCAuth does not send the token or the app&apos;s credential anywhere else. Restore the profile&apos;s cloud, or run the partner consent again to get a token from %3.</source>
        <translation>Das Aktualisierungstoken von Profil „%1“ wurde von %2 ausgestellt, aber das Profil meldet sich jetzt bei %3 an (seine Cloud oder Cloud-Datei wurde geändert). PCAuth sendet weder das Token noch die Anmeldeinformationen der App an eine andere Stelle. Stellen Sie die Cloud des Profils wieder her, oder führen Sie die Partnereinwilligung erneut durch, um ein Token von %3 zu erhalten.</translation>
    </message>
</context>
<context>
    <name>PCAuth::Cloud</name>
    <message>
        <source>Global (Azure public)</source>
        <translation>Global (Azure öffentlich)</translation>
    </message>
    <message>
        <source>21Vianet (China)</source>
        <translation>21Vianet (China)</translation>
    </message>
    <message>
        <source>US Government</source>
        <translation>US Government</translation>
    </message>
    <message>
        <source>Germany (retired)</source>
        <translation>Deutschland (eingestellt)</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>pcauthCloud is missing: this is not a PCAuth cloud file (expected &quot;pcauthCloud&quot;: 1).</source>
        <translation>pcauthCloud fehlt: Dies ist keine PCAuth-Cloud-Datei (erwartet: &quot;pcauthCloud&quot;: 1).</translation>
    </message>
    <message>
        <source>pcauthCloud must be a number.</source>
        <translation>pcauthCloud muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>pcauthCloud must be a whole number.</source>
        <translation>pcauthCloud muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>pcauthCloud is %1: the file was written by a newer PCAuth. This version reads format %2; update PCAuth.</source>
        <translation>pcauthCloud ist %1: Die Datei wurde von einer neueren PCAuth-Version geschrieben. Diese Version liest Format %2; aktualisieren Sie PCAuth.</translation>
    </message>
    <message>
        <source>pcauthCloud is %1, which is not a known format (expected 1).</source>
        <translation>pcauthCloud ist %1, kein bekanntes Format (erwartet: 1).</translation>
    </message>
    <message>
        <source>id must be 1 to 40 characters from a-z, 0-9 and “-”, not %1.</source>
        <translation>id muss aus 1 bis 40 Zeichen aus a-z, 0-9 und „-“ bestehen, nicht %1.</translation>
    </message>
    <message>
        <source>id “%1” belongs to a built-in cloud: choose another id.</source>
        <translation>id „%1“ gehört zu einer integrierten Cloud: Wählen Sie eine andere id.</translation>
    </message>
    <message>
        <source>name is empty: give the cloud a name to show in the list.</source>
        <translation>name ist leer: Geben Sie der Cloud einen Namen, der in der Liste angezeigt wird.</translation>
    </message>
    <message>
        <source>name is longer than %1 characters.</source>
        <translation>name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The cloud file is empty.</source>
        <translation>Die Cloud-Datei ist leer.</translation>
    </message>
    <message>
        <source>The cloud file is not valid JSON: %1 at offset %2.</source>
        <translation>Die Cloud-Datei ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The cloud file must hold a JSON object ({…}) at the top level.</source>
        <translation>Die Cloud-Datei muss auf oberster Ebene ein JSON-Objekt ({…}) enthalten.</translation>
    </message>
    <message>
        <source>endpoints is missing.</source>
        <translation>endpoints fehlt.</translation>
    </message>
    <message>
        <source>endpoints must be an object.</source>
        <translation>endpoints muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>resources must be an object.</source>
        <translation>resources muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Cloud file %1 does not exist.</source>
        <translation>Die Cloud-Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Cloud file %1 is not a file.</source>
        <translation>Die Cloud-Datei %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cloud file %1 is too large (%2 bytes; a cloud file is at most 1 MiB).</source>
        <translation>Die Cloud-Datei %1 ist zu groß (%2 Bytes; eine Cloud-Datei darf höchstens 1 MiB groß sein).</translation>
    </message>
    <message>
        <source>Cloud file %1 cannot be read: %2</source>
        <translation>Die Cloud-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cloud file %1 is too large (a cloud file is at most 1 MiB).</source>
        <translation>Die Cloud-Datei %1 ist zu groß (eine Cloud-Datei darf höchstens 1 MiB groß sein).</translation>
    </message>
    <message>
        <source>Cloud file %1: %2</source>
        <translation>Cloud-Datei %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: enter an https:// URL.</source>
        <translation>%1 ist leer: Geben Sie eine https://-URL ein.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>%1 must be an absolute URL starting with https://.</source>
        <translation>%1 muss eine absolute URL sein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>%1 must use https://, not %2://.</source>
        <translation>%1 muss https:// verwenden, nicht %2://.</translation>
    </message>
    <message>
        <source>%1 has no host name.</source>
        <translation>%1 hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or a fragment (#…).</source>
        <translation>%1 darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>%1 uses http:// with host %2: tokens would cross the network unencrypted. Use https://; http:// is allowed only for loopback hosts (localhost, 127.0.0.1, ::1).</source>
        <translation>%1 verwendet http:// mit dem Host %2: Token würden unverschlüsselt über das Netzwerk übertragen. Verwenden Sie https://; http:// ist nur für Loopback-Hosts erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>%1 is empty: enter the token audience, an https:// URI or an application ID (GUID).</source>
        <translation>%1 ist leer: Geben Sie die Zielgruppe des Tokens ein, einen https://-URI oder eine Anwendungs-ID (GUID).</translation>
    </message>
    <message>
        <source>%1 must be an absolute https:// URI or an application ID (GUID), not %2.</source>
        <translation>%1 muss ein absoluter https://-URI oder eine Anwendungs-ID (GUID) sein, nicht %2.</translation>
    </message>
    <message>
        <source>Enter a tenant: its ID (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Geben Sie einen Mandanten ein: seine ID (eine GUID) oder eine Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The tenant must not contain spaces.</source>
        <translation>Der Mandant darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The tenant must not contain “%1”.</source>
        <translation>Der Mandant darf „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <source>The tenant must not contain “..”.</source>
        <translation>Der Mandant darf „..“ nicht enthalten.</translation>
    </message>
    <message>
        <source>%1 is not a tenant: enter a tenant ID (a GUID such as 00000000-0000-0000-0000-000000000000), a domain such as contoso.onmicrosoft.com, or organizations, common or consumers.</source>
        <translation>%1 ist kein Mandant: Geben Sie eine Mandanten-ID (eine GUID wie 00000000-0000-0000-0000-000000000000), eine Domäne wie contoso.onmicrosoft.com oder organizations, common oder consumers ein.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentBrowserLoader</name>
    <message>
        <source>%1 is not PCAuth&apos;s consent browser.</source>
        <translation>%1 ist nicht der Einwilligungsbrowser von PCAuth.</translation>
    </message>
    <message>
        <source>The embedded sign-in browser is not installed (%1 was not found). Sign in with &quot;Open in system browser instead&quot;.</source>
        <translation>Der eingebettete Anmeldebrowser ist nicht installiert (%1 wurde nicht gefunden). Melden Sie sich über „Stattdessen im Systembrowser öffnen“ an.</translation>
    </message>
    <message>
        <source>The embedded sign-in browser could not be loaded: %1 Sign in with &quot;Open in system browser instead&quot;.</source>
        <translation>Der eingebettete Anmeldebrowser konnte nicht geladen werden: %1 Melden Sie sich über „Stattdessen im Systembrowser öffnen“ an.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentFlow</name>
    <message>
        <source>This consent is already running.</source>
        <translation>Diese Einwilligung läuft bereits.</translation>
    </message>
    <message>
        <source>The consent was cancelled; nothing was stored.</source>
        <translation>Die Einwilligung wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in did not come back with an answer; nothing was stored.</source>
        <translation>Die Anmeldung kam ohne Antwort zurück; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Entra returned no refresh token (was offline_access granted?); nothing was stored.</source>
        <translation>Entra hat kein Aktualisierungstoken zurückgegeben (wurde offline_access gewährt?); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Entra returned no id_token although the sign-in asked for openid, so the sign-in cannot be verified; nothing was stored.</source>
        <translation>Entra hat kein id_token zurückgegeben, obwohl die Anmeldung openid angefordert hat; die Anmeldung kann daher nicht überprüft werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in cannot be verified: the OpenID configuration could not be fetched (%1).</source>
        <translation>Die Anmeldung kann nicht überprüft werden: Die OpenID-Konfiguration konnte nicht abgerufen werden (%1).</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>The sign-in cannot be verified: %1</source>
        <translation>Die Anmeldung kann nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>The sign-in cannot be verified: the signing keys could not be fetched (%1).</source>
        <translation>Die Anmeldung kann nicht überprüft werden: Die Signaturschlüssel konnten nicht abgerufen werden (%1).</translation>
    </message>
    <message>
        <source>The id_token of the sign-in was refused, nothing was stored: %1</source>
        <translation>Das id_token der Anmeldung wurde abgelehnt, es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>The id_token carries no amr claim; the access token&apos;s was used.</source>
        <translation>Das id_token enthält keinen amr-Anspruch; der des Zugriffstokens wurde verwendet.</translation>
    </message>
    <message>
        <source>Entra sent no signed id_token and the access token cannot be read, so MFA cannot be checked; nothing was stored.</source>
        <translation>Entra hat kein signiertes id_token gesendet, und das Zugriffstoken kann nicht gelesen werden; MFA kann daher nicht geprüft werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Entra sent no signed id_token (v1), so the MFA evidence was taken from the access token&apos;s amr claim.</source>
        <translation>Entra hat kein signiertes id_token gesendet (v1); der MFA-Nachweis wurde daher dem amr-Anspruch des Zugriffstokens entnommen.</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>das Konto</translation>
    </message>
    <message>
        <source>The sign-in of %1 shows no multi-factor authentication (%2). Partner Center refuses app+user calls without MFA, so the refresh token was NOT stored. Sign in again with MFA, or accept a token without MFA explicitly (health will flag it).</source>
        <translation>Die Anmeldung für %1 weist keine mehrstufige Authentifizierung auf (%2). Partner Center lehnt App+Benutzer-Aufrufe ohne MFA ab, daher wurde das Aktualisierungstoken NICHT gespeichert. Melden Sie sich erneut mit MFA an, oder akzeptieren Sie ausdrücklich ein Token ohne MFA (die Zustandsprüfung markiert es).</translation>
    </message>
    <message>
        <source>Consent stored for %1 (MFA: %2).</source>
        <translation>Einwilligung für %1 gespeichert (MFA: %2).</translation>
    </message>
    <message>
        <source>Consent stored for %1 WITHOUT evidence of MFA (%2), as you accepted; health flags this token.</source>
        <translation>Einwilligung für %1 OHNE MFA-Nachweis gespeichert (%2), wie von Ihnen akzeptiert; die Zustandsprüfung markiert dieses Token.</translation>
    </message>
    <message>
        <source>The sign-in succeeded, but the refresh token could not be stored: %1</source>
        <translation>Die Anmeldung war erfolgreich, aber das Aktualisierungstoken konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentPrerequisitesPage</name>
    <message>
        <source>Before you sign in</source>
        <translation>Vor der Anmeldung</translation>
    </message>
    <message>
        <source>Check that the account and the app registration are ready.</source>
        <translation>Prüfen Sie, ob das Konto und die App-Registrierung bereit sind.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 wurde in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentProfilePage</name>
    <message>
        <source>Certificate: cannot read %1: %2</source>
        <translation>Zertifikat: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Certificate: %1 is too large to be a certificate.</source>
        <translation>Zertifikat: %1 ist zu groß für ein Zertifikat.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Partner profile</source>
        <translation>Partnerprofil</translation>
    </message>
    <message>
        <source>Choose the profile to record the partner consent for, or describe a new one: the partner tenant and the app registration that will call Partner Center.</source>
        <translation>Wählen Sie das Profil, für das die Partnereinwilligung erfasst werden soll, oder beschreiben Sie ein neues: den Partnermandanten und die App-Registrierung, die Partner Center aufrufen wird.</translation>
    </message>
    <message>
        <source>Custom cloud file</source>
        <translation>Benutzerdefinierte Cloud-Datei</translation>
    </message>
    <message>
        <source>Cloud files (*.json)</source>
        <translation>Cloud-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Certificate with its private key</source>
        <translation>Zertifikat mit seinem privaten Schlüssel</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12 *.crt *.key)</source>
        <translation>Zertifikate (*.pem *.pfx *.p12 *.crt *.key)</translation>
    </message>
    <message>
        <source>Custom (cloud file)</source>
        <translation>Benutzerdefiniert (Cloud-Datei)</translation>
    </message>
    <message>
        <source>Public client (no secret)</source>
        <translation>Öffentlicher Client (kein Geheimnis)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>v2 (scope)</source>
        <translation>v2 (Bereich)</translation>
    </message>
    <message>
        <source>v1 (resource)</source>
        <translation>v1 (Ressource)</translation>
    </message>
    <message>
        <source>Client secret: enter the client secret of the app registration.</source>
        <translation>Clientgeheimnis: Geben Sie das Clientgeheimnis der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>Certificate: choose the certificate file (PEM or PFX) that holds the private key.</source>
        <translation>Zertifikat: Wählen Sie die Zertifikatdatei (PEM oder PFX), die den privaten Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Name: a profile named &quot;%1&quot; already exists.</source>
        <translation>Name: Ein Profil mit dem Namen „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Cloud file: choose the custom cloud file (JSON) that describes the cloud.</source>
        <translation>Cloud-Datei: Wählen Sie die benutzerdefinierte Cloud-Datei (JSON), die die Cloud beschreibt.</translation>
    </message>
    <message>
        <source>Storing the credential in %1…</source>
        <translation>Die Anmeldeinformation wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Sandbox on this computer</source>
        <translation>Sandbox auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentResultPage</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Yes: the sign-in used multi-factor authentication.</source>
        <translation>Ja: Bei der Anmeldung wurde die mehrstufige Authentifizierung verwendet.</translation>
    </message>
    <message>
        <source>No: kept because you accepted a token without MFA; Partner Center refuses most calls with it and health flags it.</source>
        <translation>Nein: beibehalten, weil Sie ein Token ohne MFA akzeptiert haben; Partner Center lehnt damit die meisten Aufrufe ab, und die Zustandsprüfung markiert es.</translation>
    </message>
    <message>
        <source>Unknown: the token does not say; health flags it.</source>
        <translation>Unbekannt: Das Token gibt es nicht an; die Zustandsprüfung markiert es.</translation>
    </message>
    <message>
        <source>The consent did not complete</source>
        <translation>Die Einwilligung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing was stored. Do what the message says, then choose Try again; or close the wizard and come back later.</source>
        <translation>Es wurde nichts gespeichert. Befolgen Sie die Meldung, und wählen Sie dann „Erneut versuchen“; oder schließen Sie den Assistenten, und kommen Sie später zurück.</translation>
    </message>
    <message>
        <source>Partner consent recorded</source>
        <translation>Partnereinwilligung erfasst</translation>
    </message>
    <message>
        <source>Next: check the profile on the dashboard and run a test call. The refresh token stops working after 90 days without use: keep it alive (Settings) or consent again before then.</source>
        <translation>Als Nächstes: Prüfen Sie das Profil im Dashboard, und führen Sie einen Testaufruf durch. Das Aktualisierungstoken funktioniert nach 90 Tagen ohne Verwendung nicht mehr: Halten Sie es aktiv (Einstellungen), oder führen Sie vorher die Einwilligung erneut durch.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentSignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with the integration account, complete MFA and accept the permissions. PCAuth keeps the answer; the page it redirects to is never opened.</source>
        <translation>Melden Sie sich mit dem Integrationskonto an, schließen Sie die MFA ab, und akzeptieren Sie die Berechtigungen. PCAuth übernimmt die Antwort; die Seite, auf die umgeleitet wird, wird nie geöffnet.</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into one.</source>
        <translation>Es konnte kein Browser geöffnet werden: Kopieren Sie den Link in einen Browser.</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>%1 was opened in the system browser.</source>
        <translation>%1 wurde im Systembrowser geöffnet.</translation>
    </message>
    <message>
        <source>Encrypted connection (https)</source>
        <translation>Verschlüsselte Verbindung (https)</translation>
    </message>
    <message>
        <source>Plain http to this computer (loopback), as the local sandbox serves it: nothing leaves this computer.</source>
        <translation>Unverschlüsseltes http zu diesem Computer (Loopback), wie es die lokale Sandbox bereitstellt: Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Not encrypted (http): do not enter a password on this page.</source>
        <translation>Nicht verschlüsselt (http): Geben Sie auf dieser Seite kein Kennwort ein.</translation>
    </message>
    <message>
        <source>The sign-in page of %1 could not be loaded. Check the network connection and the profile&apos;s cloud, then try again.</source>
        <translation>Die Anmeldeseite von %1 konnte nicht geladen werden. Prüfen Sie die Netzwerkverbindung und die Cloud des Profils, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in was not finished within %1, so it was stopped; nothing was stored. Choose Try again when you are ready to sign in.</source>
        <translation>Die Anmeldung wurde nicht innerhalb von %1 abgeschlossen und daher beendet; es wurde nichts gespeichert. Wählen Sie „Erneut versuchen“, wenn Sie bereit sind, sich anzumelden.</translation>
    </message>
    <message>
        <source>Sign-in link copied to the clipboard.</source>
        <translation>Anmeldelink in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Signed in. Saving… PCAuth is checking the answer and storing the token in the keychain; this cannot be cancelled now, the result follows.</source>
        <translation>Angemeldet. Wird gespeichert… PCAuth prüft die Antwort und speichert das Token im Schlüsselbund; dies kann jetzt nicht mehr abgebrochen werden, das Ergebnis folgt.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentWebPage</name>
    <message>
        <source>The connection to %1 is not secure (%2), so the page was blocked: a sign-in page must never be shown over a connection that could be intercepted. Check the computer&apos;s date and any proxy or antivirus that inspects HTTPS, or sign in with the system browser instead.</source>
        <translation>Die Verbindung zu %1 ist nicht sicher (%2), daher wurde die Seite blockiert: Eine Anmeldeseite darf nie über eine Verbindung angezeigt werden, die abgefangen werden könnte. Prüfen Sie das Datum des Computers und jeden Proxy oder Virenschutz, der HTTPS untersucht, oder melden Sie sich stattdessen mit dem Systembrowser an.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentWizard</name>
    <message>
        <source>Partner consent</source>
        <translation>Partnereinwilligung</translation>
    </message>
    <message>
        <source>Partner consent wizard</source>
        <translation>Assistent für die Partnereinwilligung</translation>
    </message>
</context>
<context>
    <name>PCAuth::Console</name>
    <message>
        <source>Partner Center: customers</source>
        <translation>Partner Center: Kunden</translation>
    </message>
    <message>
        <source>Partner Center: one customer</source>
        <translation>Partner Center: ein Kunde</translation>
    </message>
    <message>
        <source>Partner Center: organization profile</source>
        <translation>Partner Center: Organisationsprofil</translation>
    </message>
    <message>
        <source>Partner Center: legal business profile</source>
        <translation>Partner Center: rechtliches Unternehmensprofil</translation>
    </message>
    <message>
        <source>Partner Center: MFA adoption status</source>
        <translation>Partner Center: MFA-Einführungsstatus</translation>
    </message>
    <message>
        <source>Partner Center: partner requests</source>
        <translation>Partner Center: Partneranfragen</translation>
    </message>
    <message>
        <source>Partner Center: application consent in a customer</source>
        <translation>Partner Center: Anwendungseinwilligung bei einem Kunden</translation>
    </message>
    <message>
        <source>Graph: organization</source>
        <translation>Graph: Organisation</translation>
    </message>
    <message>
        <source>Graph: domains</source>
        <translation>Graph: Domänen</translation>
    </message>
    <message>
        <source>Graph: first user</source>
        <translation>Graph: erster Benutzer</translation>
    </message>
    <message>
        <source>Graph: signed-in user</source>
        <translation>Graph: angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Azure Resource Manager: subscriptions</source>
        <translation>Azure Resource Manager: Abonnements</translation>
    </message>
    <message>
        <source>Path: give a path that starts with /, such as /v1/customers, not &quot;%1&quot;. For a full URL choose &quot;Full URL&quot; as the service.</source>
        <translation>Pfad: Geben Sie einen Pfad an, der mit / beginnt, etwa /v1/customers, nicht „%1“. Für eine vollständige URL wählen Sie „Vollständige URL“ als Dienst.</translation>
    </message>
    <message>
        <source>Service: the cloud %1 has no endpoint for this service.</source>
        <translation>Dienst: Die Cloud %1 hat keinen Endpunkt für diesen Dienst.</translation>
    </message>
    <message>
        <source>URL: give a full URL such as https://graph.microsoft.com/v1.0/domains, not &quot;%1&quot;.</source>
        <translation>URL: Geben Sie eine vollständige URL an, etwa https://graph.microsoft.com/v1.0/domains, nicht „%1“.</translation>
    </message>
    <message>
        <source>URL: %1 is not an endpoint of the cloud %2; the access token is only sent to the cloud&apos;s own services.</source>
        <translation>URL: %1 ist kein Endpunkt der Cloud %2; das Zugriffstoken wird nur an die eigenen Dienste der Cloud gesendet.</translation>
    </message>
    <message>
        <source>Body: not valid JSON: %1 at line %2, column %3. Nothing was sent.</source>
        <translation>Text: kein gültiges JSON: %1 in Zeile %2, Spalte %3. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>(%n chars)</source>
        <translation>
            <numerusform>(%n Zeichen)</numerusform>
            <numerusform>(%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>pcauthctl fetches the access token when this runs; the token itself is not part of this text.</source>
        <translation>pcauthctl holt das Zugriffstoken, wenn dies ausgeführt wird; das Token selbst ist nicht Teil dieses Texts.</translation>
    </message>
</context>
<context>
    <name>PCAuth::Console::BodySearch</name>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>PCAuth::CredentialReplacement</name>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Certificate: cannot read %1: %2</source>
        <translation>Zertifikat: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Certificate: %1 is too large to be a certificate.</source>
        <translation>Zertifikat: %1 ist zu groß für ein Zertifikat.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is a public client: it has no client secret or certificate to replace.</source>
        <translation>Profil „%1“ ist ein öffentlicher Client: Es hat kein Clientgeheimnis und kein Zertifikat, das ersetzt werden könnte.</translation>
    </message>
    <message>
        <source>Give the new client secret or certificate.</source>
        <translation>Geben Sie das neue Clientgeheimnis oder Zertifikat an.</translation>
    </message>
    <message>
        <source>The new %1 could not be tested, so nothing was changed: profile &quot;%2&quot; keeps its credential and its refresh token. %3</source>
        <translation>Das neue %1 konnte nicht getestet werden, daher wurde nichts geändert: Profil „%2“ behält seine Anmeldeinformation und sein Aktualisierungstoken. %3</translation>
    </message>
    <message>
        <source>Entra ID refused the new %1, so nothing was changed: profile &quot;%2&quot; keeps its credential and its refresh token. %3</source>
        <translation>Entra ID hat das neue %1 abgelehnt, daher wurde nichts geändert: Profil „%2“ behält seine Anmeldeinformation und sein Aktualisierungstoken. %3</translation>
    </message>
    <message>
        <source>The new %1 works, but it could not be saved in the keychain, so profile &quot;%2&quot; keeps its credential: %3</source>
        <translation>Das neue %1 funktioniert, konnte aber nicht im Schlüsselbund gespeichert werden, daher behält Profil „%2“ seine Anmeldeinformation: %3</translation>
    </message>
    <message>
        <source>The new %1 of profile &quot;%2&quot; works and is stored. The refresh token was kept: no new consent is needed.</source>
        <translation>Das neue %1 von Profil „%2“ funktioniert und ist gespeichert. Das Aktualisierungstoken wurde beibehalten: Eine neue Einwilligung ist nicht nötig.</translation>
    </message>
    <message>
        <source>The new %1 works and is in the keychain, but profile &quot;%2&quot; could not be updated, so it still uses its %3: %4</source>
        <translation>Das neue %1 funktioniert und ist im Schlüsselbund, aber Profil „%2“ konnte nicht aktualisiert werden, daher verwendet es weiterhin sein %3: %4</translation>
    </message>
    <message>
        <source>The certificate thumbprint shown for the profile could not be updated: %1</source>
        <translation>Der für das Profil angezeigte Zertifikatfingerabdruck konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Its old %1 was removed from the keychain.</source>
        <translation>Sein altes %1 wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Its old %1 is no longer used, but it could not be removed from the keychain: %2</source>
        <translation>Sein altes %1 wird nicht mehr verwendet, konnte aber nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>The replacement was cancelled, so nothing was changed: profile &quot;%1&quot; keeps its credential and its refresh token.</source>
        <translation>Das Ersetzen wurde abgebrochen, daher wurde nichts geändert: Profil &quot;%1&quot; behält seine Anmeldeinformation und sein Aktualisierungstoken.</translation>
    </message>
</context>
<context>
    <name>PCAuth::Ctl</name>
    <message>
        <source>Decode a token: claims, MFA verdict, expiry</source>
        <translation>Token dekodieren: Ansprüche, MFA-Urteil, Ablauf</translation>
    </message>
    <message>
        <source>Usage: pcauthctl [--json] [--config-dir DIR] COMMAND [ARGS...]</source>
        <translation>Aufruf: pcauthctl [--json] [--config-dir DIR] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Partner Center authentication for scripts: the engine of PCAuth without the window.</source>
        <translation>Partner Center-Authentifizierung für Skripts: die Engine von PCAuth ohne Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Machine-readable output (stable JSON on stdout)</source>
        <translation>Maschinenlesbare Ausgabe (stabiles JSON auf stdout)</translation>
    </message>
    <message>
        <source>Use DIR for profiles instead of the user&apos;s config folder</source>
        <translation>DIR für Profile verwenden statt des Konfigurationsordners des Benutzers</translation>
    </message>
    <message>
        <source>Show this help; `pcauthctl COMMAND --help` for a command</source>
        <translation>Diese Hilfe anzeigen; `pcauthctl COMMAND --help` für einen Befehl</translation>
    </message>
    <message>
        <source>Show versions of PCAuth, Qt, QtKeychain and OpenSSL</source>
        <translation>Versionen von PCAuth, Qt, QtKeychain und OpenSSL anzeigen</translation>
    </message>
    <message>
        <source>pcauthctl: --config-dir needs a directory</source>
        <translation>pcauthctl: --config-dir benötigt ein Verzeichnis</translation>
    </message>
    <message>
        <source>pcauthctl: unknown option %1; see pcauthctl --help</source>
        <translation>pcauthctl: unbekannte Option %1; siehe pcauthctl --help</translation>
    </message>
    <message>
        <source>pcauthctl: unknown command %1; see pcauthctl --help</source>
        <translation>pcauthctl: unbekannter Befehl %1; siehe pcauthctl --help</translation>
    </message>
    <message>
        <source>not valid until %1</source>
        <translation>nicht gültig bis %1</translation>
    </message>
    <message>
        <source>valid, expires %1</source>
        <translation>gültig, läuft ab %1</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation>ABGELAUFEN %1</translation>
    </message>
    <message>
        <source>no expiry claim</source>
        <translation>kein Ablaufanspruch</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>ja: %1</translation>
    </message>
    <message>
        <source>NO: %1 (Partner Center refuses app+user calls without MFA)</source>
        <translation>NEIN: %1 (Partner Center lehnt App+Benutzer-Aufrufe ohne MFA ab)</translation>
    </message>
    <message>
        <source>cannot tell: %1</source>
        <translation>nicht feststellbar: %1</translation>
    </message>
    <message>
        <source>Token:    JWT, %1, version %2</source>
        <translation>Token:    JWT, %1, Version %2</translation>
    </message>
    <message>
        <source>MFA:      %1</source>
        <translation>MFA:      %1</translation>
    </message>
    <message>
        <source>Expiry:   %1</source>
        <translation>Ablauf:   %1</translation>
    </message>
    <message>
        <source>Account:  %1</source>
        <translation>Konto:    %1</translation>
    </message>
    <message>
        <source>none (app-only token)</source>
        <translation>keines (reines App-Token)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Anspruch</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Decoded only: the signature was not checked.</source>
        <translation>Nur dekodiert: Die Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The token, or - (the default) to read it from standard input, which keeps it out of the process list.</source>
        <translation>Das Token oder - (Standard), um es von der Standardeingabe zu lesen; so erscheint es nicht in der Prozessliste.</translation>
    </message>
    <message>
        <source>Explain every claim in plain words.</source>
        <translation>Jeden Anspruch in einfachen Worten erklären.</translation>
    </message>
    <message>
        <source>pcauthctl inspect: give one token (or - for standard input)</source>
        <translation>pcauthctl inspect: Geben Sie ein Token an (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>pcauthctl inspect: not a readable token: %1</source>
        <translation>pcauthctl inspect: kein lesbares Token: %1</translation>
    </message>
    <message>
        <source>Path: give a path such as /v1/customers or a full URL, not &quot;%1&quot;.</source>
        <translation>Pfad: Geben Sie einen Pfad wie /v1/customers oder eine vollständige URL an, nicht „%1“.</translation>
    </message>
    <message>
        <source>URL: %1 is not an endpoint of the cloud %2; the access token is only sent to the cloud&apos;s own endpoints.</source>
        <translation>URL: %1 ist kein Endpunkt der Cloud %2; das Zugriffstoken wird nur an die eigenen Endpunkte der Cloud gesendet.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Method: give GET, POST, PUT, PATCH or DELETE, not &quot;%1&quot;.</source>
        <translation>Methode: Geben Sie GET, POST, PUT, PATCH oder DELETE an, nicht „%1“.</translation>
    </message>
    <message>
        <source>Data: not JSON: %1</source>
        <translation>Daten: kein JSON: %1</translation>
    </message>
    <message>
        <source>Profile name or id.</source>
        <translation>Profilname oder -ID.</translation>
    </message>
    <message>
        <source>Customer tenant (default: the partner&apos;s).</source>
        <translation>Kundenmandant (Standard: der des Partners).</translation>
    </message>
    <message>
        <source>JSON request body.</source>
        <translation>JSON-Anforderungstext.</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH or DELETE.</source>
        <translation>GET, POST, PUT, PATCH oder DELETE.</translation>
    </message>
    <message>
        <source>Path or URL on the profile&apos;s cloud.</source>
        <translation>Pfad oder URL in der Cloud des Profils.</translation>
    </message>
    <message>
        <source>give --profile P, a METHOD and a PATH_OR_URL</source>
        <translation>Geben Sie --profile P, eine METHOD und einen PATH_OR_URL an</translation>
    </message>
    <message>
        <source>Profile: give --profile NAME</source>
        <translation>Profil: Geben Sie --profile NAME an</translation>
    </message>
    <message numerus="yes">
        <source>%n customers read</source>
        <translation>
            <numerusform>%n Kunde gelesen</numerusform>
            <numerusform>%n Kunden gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list, show or remove partner profiles</source>
        <translation>Partnerprofile hinzufügen, auflisten, anzeigen oder entfernen</translation>
    </message>
    <message>
        <source>Partner consent in the browser; stores the refresh token</source>
        <translation>Partnereinwilligung im Browser; speichert das Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Get an access token (redacted unless --show-token)</source>
        <translation>Zugriffstoken abrufen (gekürzt, außer mit --show-token)</translation>
    </message>
    <message>
        <source>Check profiles (and customers): exit 0/1/2</source>
        <translation>Profile (und Kunden) prüfen: Exitcode 0/1/2</translation>
    </message>
    <message>
        <source>List the partner&apos;s customers</source>
        <translation>Die Kunden des Partners auflisten</translation>
    </message>
    <message>
        <source>Call Partner Center or Graph: METHOD PATH_OR_URL</source>
        <translation>Partner Center oder Graph aufrufen: METHOD PATH_OR_URL</translation>
    </message>
    <message>
        <source>Redeem refresh tokens to reset the 90-day clock</source>
        <translation>Aktualisierungstoken einlösen, um die 90-Tage-Frist neu zu starten</translation>
    </message>
    <message>
        <source>Install, remove or show the keepalive schedule</source>
        <translation>Keep-Alive-Zeitplan installieren, entfernen oder anzeigen</translation>
    </message>
    <message>
        <source>Export a refresh token to Azure Key Vault</source>
        <translation>Aktualisierungstoken in Azure Key Vault exportieren</translation>
    </message>
    <message>
        <source>Show the engine&apos;s log on stderr (requests, retries; never a secret)</source>
        <translation>Protokoll der Engine auf stderr anzeigen (Anforderungen, Wiederholungen; nie ein Geheimnis)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 warnings, 2 failure (reason on stderr), 64 usage error (a wrong value: the message names the field).</source>
        <translation>Exitcodes: 0 Erfolg, 1 Warnungen, 2 Fehler (Grund auf stderr), 64 Aufruffehler (ein falscher Wert: Die Meldung nennt das Feld).</translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--secret-stdin) or files, never from the command line. Tokens are shown redacted unless --show-token.</source>
        <translation>Geheimnisse werden von der Standardeingabe (--secret-stdin) oder aus Dateien gelesen, nie von der Befehlszeile. Token werden gekürzt angezeigt, außer mit --show-token.</translation>
    </message>
    <message>
        <source>If no browser opened, open this URL to sign in:</source>
        <translation>Falls sich kein Browser geöffnet hat, öffnen Sie diese URL, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Open this URL in a browser and sign in:</source>
        <translation>Öffnen Sie diese URL in einem Browser und melden Sie sich an:</translation>
    </message>
    <message>
        <source>Consent recorded for %1 (MFA: %2); refresh token stored in %3.</source>
        <translation>Einwilligung für %1 erfasst (MFA: %2); Aktualisierungstoken in %3 gespeichert.</translation>
    </message>
    <message>
        <source>system (open the browser) or print (print the URL).</source>
        <translation>system (Browser öffnen) oder print (URL ausgeben).</translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in.</source>
        <translation>Sekunden, die auf die Anmeldung gewartet wird.</translation>
    </message>
    <message>
        <source>Account to sign in with.</source>
        <translation>Konto, mit dem die Anmeldung erfolgt.</translation>
    </message>
    <message>
        <source>Keep a token without MFA evidence (health will flag it).</source>
        <translation>Ein Token ohne MFA-Nachweis behalten (die Zustandsprüfung markiert es).</translation>
    </message>
    <message>
        <source>Browser: must be system or print, not &quot;%1&quot;.</source>
        <translation>Browser: muss system oder print sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Timeout: give 10 to 3600 seconds, not &quot;%1&quot;.</source>
        <translation>Zeitlimit: Geben Sie 10 bis 3600 Sekunden an, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>(%n chars)</source>
        <translation>
            <numerusform>(%n Zeichen)</numerusform>
            <numerusform>(%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience: %1 is not available in the cloud %2.</source>
        <translation>Zielgruppe: %1 ist in der Cloud %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>Audience: give partner-center, graph, arm, keyvault, aad-graph or a resource URI, not &quot;%1&quot;.</source>
        <translation>Zielgruppe: Geben Sie partner-center, graph, arm, keyvault, aad-graph oder einen Ressourcen-URI an, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1/%2 customers checked</source>
        <translation>%1/%2 Kunden geprüft</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Vorgehensweise: %1</translation>
    </message>
    <message>
        <source>Customers not checked: %1</source>
        <translation>Nicht geprüfte Kunden: %1</translation>
    </message>
    <message>
        <source>Only this profile.</source>
        <translation>Nur dieses Profil.</translation>
    </message>
    <message>
        <source>Check every customer tenant too.</source>
        <translation>Auch jeden Kundenmandanten prüfen.</translation>
    </message>
    <message>
        <source>Customers checked at once.</source>
        <translation>Gleichzeitig geprüfte Kunden.</translation>
    </message>
    <message>
        <source>Concurrency: give a number, not &quot;%1&quot;.</source>
        <translation>Parallelität: Geben Sie eine Zahl an, nicht „%1“.</translation>
    </message>
    <message>
        <source>Every profile with a consent.</source>
        <translation>Jedes Profil mit einer Einwilligung.</translation>
    </message>
    <message>
        <source>give either --profile P or --all</source>
        <translation>Geben Sie entweder --profile P oder --all an</translation>
    </message>
    <message>
        <source>Vault URL</source>
        <translation>Tresor-URL</translation>
    </message>
    <message>
        <source>Vault URL: %1 is not a Key Vault of the cloud %2 (expected a host under %3).</source>
        <translation>Tresor-URL: %1 ist kein Key Vault der Cloud %2 (erwartet: ein Host unter %3).</translation>
    </message>
    <message>
        <source>Exported the refresh token to %1 as secret %2.</source>
        <translation>Das Aktualisierungstoken wurde nach %1 als Geheimnis %2 exportiert.</translation>
    </message>
    <message>
        <source>Request id: %1 · correlation id: %2</source>
        <translation>Anforderungs-ID: %1 · Korrelations-ID: %2</translation>
    </message>
    <message>
        <source>expected: keyvault export --profile P --vault URL [--name NAME]</source>
        <translation>erwartet: keyvault export --profile P --vault URL [--name NAME]</translation>
    </message>
    <message>
        <source>Vault URL.</source>
        <translation>Tresor-URL.</translation>
    </message>
    <message>
        <source>Secret name.</source>
        <translation>Name des Geheimnisses.</translation>
    </message>
    <message>
        <source>give --profile P and --vault URL</source>
        <translation>Geben Sie --profile P und --vault URL an</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Profilname.</translation>
    </message>
    <message>
        <source>global, china, usgov, germany or custom.</source>
        <translation>global, china, usgov, germany oder custom.</translation>
    </message>
    <message>
        <source>Custom cloud file (JSON).</source>
        <translation>Benutzerdefinierte Cloud-Datei (JSON).</translation>
    </message>
    <message>
        <source>Partner tenant: GUID or domain.</source>
        <translation>Partnermandant: GUID oder Domäne.</translation>
    </message>
    <message>
        <source>Application (client) id.</source>
        <translation>Anwendungs-ID (Client-ID).</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>Clientgeheimnis von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Certificate with its private key: PEM or PFX file.</source>
        <translation>Zertifikat mit seinem privaten Schlüssel: PEM- oder PFX-Datei.</translation>
    </message>
    <message>
        <source>Read the PFX password or PEM key passphrase from standard input.</source>
        <translation>PFX-Kennwort oder Passphrase des PEM-Schlüssels von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>v1 (resource) or v2 (scope).</source>
        <translation>v1 (Ressource) oder v2 (Bereich).</translation>
    </message>
    <message>
        <source>Redirect URI.</source>
        <translation>Umleitungs-URI.</translation>
    </message>
    <message>
        <source>Certificate: cannot read %1: %2</source>
        <translation>Zertifikat: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Certificate: %1 is too large to be a certificate.</source>
        <translation>Zertifikat: %1 ist zu groß für ein Zertifikat.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Cloud: give --cloud (global, china, usgov, germany or custom).</source>
        <translation>Cloud: Geben Sie --cloud an (global, china, usgov, germany oder custom).</translation>
    </message>
    <message>
        <source>Protocol: must be v1 or v2, not &quot;%1&quot;.</source>
        <translation>Protokoll: muss v1 oder v2 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Credential: give --secret-stdin or --certificate, not both.</source>
        <translation>Anmeldeinformation: Geben Sie --secret-stdin oder --certificate an, nicht beides.</translation>
    </message>
    <message>
        <source>Credential: --certificate-password-stdin needs --certificate.</source>
        <translation>Anmeldeinformation: --certificate-password-stdin erfordert --certificate.</translation>
    </message>
    <message>
        <source>the profile was not added: %1</source>
        <translation>Das Profil wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Client secret: standard input was empty.</source>
        <translation>Clientgeheimnis: Die Standardeingabe war leer.</translation>
    </message>
    <message>
        <source>Name: a profile named &quot;%1&quot; already exists.</source>
        <translation>Name: Ein Profil mit dem Namen „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Added profile %1 (id %2).</source>
        <translation>Profil %1 hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <source>No profiles. Add one with: pcauthctl profile add --help</source>
        <translation>Keine Profile. Fügen Sie eines hinzu mit: pcauthctl profile add --help</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>eingewilligt</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>keine Einwilligung</translation>
    </message>
    <message>
        <source>Name:           %1</source>
        <translation>Name:               %1</translation>
    </message>
    <message>
        <source>Id:             %1</source>
        <translation>ID:                 %1</translation>
    </message>
    <message>
        <source>Cloud:          %1</source>
        <translation>Cloud:              %1</translation>
    </message>
    <message>
        <source>Partner tenant: %1</source>
        <translation>Partnermandant:     %1</translation>
    </message>
    <message>
        <source>Client id:      %1</source>
        <translation>Client-ID:          %1</translation>
    </message>
    <message>
        <source>Credential:     %1</source>
        <translation>Anmeldeinformation: %1</translation>
    </message>
    <message>
        <source>Protocol:       %1</source>
        <translation>Protokoll:          %1</translation>
    </message>
    <message>
        <source>Redirect URI:   %1</source>
        <translation>Umleitungs-URI:     %1</translation>
    </message>
    <message>
        <source>Certificate:    x5t %1</source>
        <translation>Zertifikat:         x5t %1</translation>
    </message>
    <message>
        <source>Consent:        %1, MFA %2, issued %3</source>
        <translation>Einwilligung:       %1, MFA %2, ausgestellt %3</translation>
    </message>
    <message>
        <source>Last redeemed:  %1</source>
        <translation>Zuletzt eingelöst:  %1</translation>
    </message>
    <message>
        <source>Consent:        none recorded (pcauthctl consent --profile %1)</source>
        <translation>Einwilligung:       keine erfasst (pcauthctl consent --profile %1)</translation>
    </message>
    <message>
        <source>%1 takes one profile name or id</source>
        <translation>%1 erwartet genau einen Profilnamen oder eine Profil-ID</translation>
    </message>
    <message>
        <source>the profile was kept because its keychain items could not be removed: %1</source>
        <translation>Das Profil wurde beibehalten, weil seine Schlüsselbundelemente nicht entfernt werden konnten: %1</translation>
    </message>
    <message>
        <source>Removed profile %1 and its keychain items.</source>
        <translation>Profil %1 und seine Schlüsselbundelemente wurden entfernt.</translation>
    </message>
    <message>
        <source>pcauthctl schedule: the scheduler was not updated; run:</source>
        <translation>pcauthctl schedule: Der Zeitplaner wurde nicht aktualisiert; führen Sie aus:</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installiert: %1</translation>
    </message>
    <message>
        <source>Removed the keepalive schedule.</source>
        <translation>Der Keep-Alive-Zeitplan wurde entfernt.</translation>
    </message>
    <message>
        <source>Keepalive schedule: installed</source>
        <translation>Keep-Alive-Zeitplan: installiert</translation>
    </message>
    <message>
        <source>Keepalive schedule: not installed</source>
        <translation>Keep-Alive-Zeitplan: nicht installiert</translation>
    </message>
    <message>
        <source>expected install, remove or status</source>
        <translation>erwartet: install, remove oder status</translation>
    </message>
    <message>
        <source>Interval: Nh (dividing 24) or Nd (1-28).</source>
        <translation>Intervall: Nh (Teiler von 24) oder Nd (1-28).</translation>
    </message>
    <message>
        <source>Every: give Nh (a divisor of 24) or Nd (1 to 28 days), not &quot;%1&quot;; refresh tokens expire after 90 days without use.</source>
        <translation>Every: Geben Sie Nh (ein Teiler von 24) oder Nd (1 bis 28 Tage) an, nicht „%1“; Aktualisierungstoken laufen nach 90 Tagen ohne Verwendung ab.</translation>
    </message>
    <message>
        <source>partner tenant</source>
        <translation>Partnermandant</translation>
    </message>
    <message>
        <source>%1 token for %2 (%3) in %4</source>
        <translation>%1 für %2 (%3), Mandant %4</translation>
    </message>
    <message>
        <source>App-only</source>
        <translation>Reines App-Token</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegiertes Token</translation>
    </message>
    <message>
        <source>Token:   %1</source>
        <translation>Token:     %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab:  %1</translation>
    </message>
    <message>
        <source>Use --show-token to print the token itself.</source>
        <translation>Verwenden Sie --show-token, um das Token selbst auszugeben.</translation>
    </message>
    <message>
        <source>partner-center, graph, arm, keyvault, aad-graph or a URI.</source>
        <translation>partner-center, graph, arm, keyvault, aad-graph oder ein URI.</translation>
    </message>
    <message>
        <source>App-only token (client credentials).</source>
        <translation>Reines App-Token (Clientanmeldeinformationen).</translation>
    </message>
    <message>
        <source>Print the token itself on stdout.</source>
        <translation>Das Token selbst auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>pcauthctl token: warning: %1</source>
        <translation>pcauthctl token: Warnung: %1</translation>
    </message>
    <message>
        <source>Read the new client secret from standard input.</source>
        <translation>Das neue Clientgeheimnis von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Certificate with its private key: PEM or PFX.</source>
        <translation>Zertifikat mit seinem privaten Schlüssel: PEM oder PFX.</translation>
    </message>
    <message>
        <source>Profile: give --profile NAME.</source>
        <translation>Profil: Geben Sie --profile NAME an.</translation>
    </message>
    <message>
        <source>Certificate: give one PEM or PFX file with its private key.</source>
        <translation>Zertifikat: Geben Sie genau eine PEM- oder PFX-Datei mit dem privaten Schlüssel an.</translation>
    </message>
    <message>
        <source>Client secret: give --secret-stdin and the secret on standard input; a secret is never taken from the command line.</source>
        <translation>Clientgeheimnis: Geben Sie --secret-stdin an, und übergeben Sie das Geheimnis über die Standardeingabe; ein Geheimnis wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>Usage: pcauthctl profile add|list|show NAME|remove NAME|set-secret --profile NAME --secret-stdin|set-certificate --profile NAME FILE</source>
        <translation>Aufruf: pcauthctl profile add|list|show NAME|remove NAME|set-secret --profile NAME --secret-stdin|set-certificate --profile NAME FILE</translation>
    </message>
    <message>
        <source>expected add, list, show NAME, remove NAME, set-secret or set-certificate; see pcauthctl profile --help</source>
        <translation>erwartet add, list, show NAME, remove NAME, set-secret oder set-certificate; siehe pcauthctl profile --help</translation>
    </message>
    <message>
        <source>--%1: give a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1: Geben Sie eine Zahl von %2 bis %3 an, nicht „%4“.</translation>
    </message>
    <message>
        <source>A customer&apos;s tenant id (repeat for more).</source>
        <translation>Mandanten-ID eines Kunden (für mehrere Kunden wiederholen).</translation>
    </message>
    <message>
        <source>Microsoft Graph delegated scopes to grant, comma-separated.</source>
        <translation>Zu erteilende delegierte Bereiche von Microsoft Graph, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Remove the existing consent first (to change its scopes).</source>
        <translation>Zuerst die vorhandene Einwilligung entfernen (um ihre Bereiche zu ändern).</translation>
    </message>
    <message>
        <source>Print the requests; send nothing.</source>
        <translation>Die Anforderungen ausgeben; nichts senden.</translation>
    </message>
    <message>
        <source>Do not check the customers afterwards.</source>
        <translation>Die Kunden danach nicht prüfen.</translation>
    </message>
    <message>
        <source>The profile (name or id).</source>
        <translation>Das Profil (Name oder ID).</translation>
    </message>
    <message>
        <source>give a PROFILE and at least one --customer ID</source>
        <translation>Geben Sie ein PROFILE und mindestens eine --customer ID an</translation>
    </message>
    <message>
        <source>--scopes: give at least one scope.</source>
        <translation>--scopes: Geben Sie mindestens einen Bereich an.</translation>
    </message>
    <message>
        <source>%1/%2 customers granted</source>
        <translation>Einwilligung für %1/%2 Kunden erteilt</translation>
    </message>
    <message>
        <source>Customers not read: %1</source>
        <translation>Kunden nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Check the app&apos;s consent in every customer tenant too.</source>
        <translation>Auch die Einwilligung der App in jedem Kundenmandanten prüfen.</translation>
    </message>
    <message>
        <source>Warn this many days before an end date.</source>
        <translation>So viele Tage vor einem Enddatum warnen.</translation>
    </message>
    <message>
        <source>`access grant-consent --help`: grant the app&apos;s consent in customers.</source>
        <translation>`access grant-consent --help`: die Einwilligung der App bei Kunden erteilen.</translation>
    </message>
    <message>
        <source>give one PROFILE</source>
        <translation>Geben Sie genau ein PROFILE an</translation>
    </message>
    <message>
        <source>Will the calls work? MFA, SAM app, GDAP, consent; grant consent</source>
        <translation>Funktionieren die Aufrufe? MFA, SAM-App, GDAP, Einwilligung; Einwilligung erteilen</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>Zugriff: %1</translation>
    </message>
    <message>
        <source>Run the access checks too (MFA, SAM app, GDAP; with --customers also the app&apos;s consent in every customer).</source>
        <translation>Auch die Zugriffsprüfungen ausführen (MFA, SAM-App, GDAP; mit --customers auch die Einwilligung der App bei jedem Kunden).</translation>
    </message>
    <message>
        <source>Write the GDAP relationships as CSV to FILE (&quot;-&quot;: standard output, instead of the report).</source>
        <translation>Die GDAP-Beziehungen als CSV in FILE schreiben (&quot;-&quot;: Standardausgabe, statt des Berichts).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Environment: PCAUTH_CONFIG_DIR (profiles folder), PCAUTH_KEYCHAIN_SERVICE (keychain service name, default pcauth), PCAUTH_EXTRA_CA_CERTS (a PEM file of certificate authorities trusted beside the system&apos;s, e.g. a TLS inspecting proxy&apos;s; certificates are verified all the same).</source>
        <translation>Umgebung: PCAUTH_CONFIG_DIR (Profilordner), PCAUTH_KEYCHAIN_SERVICE (Dienstname im Schlüsselbund, Standard pcauth), PCAUTH_EXTRA_CA_CERTS (eine PEM-Datei mit Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird, z. B. denen eines TLS-prüfenden Proxys; Zertifikate werden trotzdem überprüft).</translation>
    </message>
    <message>
        <source>pcauthctl: PCAUTH_EXTRA_CA_CERTS: %1 holds no PEM certificate.</source>
        <translation>pcauthctl: PCAUTH_EXTRA_CA_CERTS: %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Days left: %1</source>
        <translation>Verbleibende Tage: %1</translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation>Zugriffstoken: %1</translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomerCheckRun</name>
    <message>
        <source>Reading the customers of %1…</source>
        <translation>Die Kunden von %1 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n customers read</source>
        <translation>
            <numerusform>%n Kunde gelesen</numerusform>
            <numerusform>%n Kunden gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers checked</source>
        <extracomment>&quot;3 of 25 customers checked&quot;; %n is the total</extracomment>
        <translation>
            <numerusform>%1 von %n Kunde geprüft</numerusform>
            <numerusform>%1 von %n Kunden geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomerHealthCheck</name>
    <message>
        <source>There is no token source for this tenant.</source>
        <translation>Für diesen Mandanten gibt es keine Tokenquelle.</translation>
    </message>
    <message>
        <source> (%1 not checked: cancelled)</source>
        <translation> (%1 nicht geprüft: abgebrochen)</translation>
    </message>
    <message>
        <source>The concurrency must be between 1 and %1 customers at a time; %2 was given.</source>
        <translation>Die Parallelität muss zwischen 1 und %1 Kunden gleichzeitig liegen; angegeben wurde %2.</translation>
    </message>
    <message>
        <source>Not checked: the health check was cancelled.</source>
        <translation>Nicht geprüft: Die Zustandsprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No Graph token for this tenant: %1</source>
        <translation>Kein Graph-Token für diesen Mandanten: %1</translation>
    </message>
    <message>
        <source>Graph answered for this tenant.</source>
        <translation>Graph hat für diesen Mandanten geantwortet.</translation>
    </message>
    <message>
        <source>Graph answered for this tenant (&quot;%1&quot;).</source>
        <translation>Graph hat für diesen Mandanten geantwortet („%1“).</translation>
    </message>
    <message>
        <source>Graph refused the token for %1 (HTTP %2): the partner has no admin role that may read this customer&apos;s directory.</source>
        <translation>Graph hat das Token für %1 abgelehnt (HTTP %2): Der Partner hat keine Administratorrolle, die das Verzeichnis dieses Kunden lesen darf.</translation>
    </message>
    <message>
        <source>Check the GDAP relationship with this customer: a security group the account belongs to needs a role that reads the directory, such as Directory Readers.</source>
        <translation>Prüfen Sie die GDAP-Beziehung zu diesem Kunden: Eine Sicherheitsgruppe, der das Konto angehört, benötigt eine Rolle, die das Verzeichnis lesen kann, etwa Verzeichnisleseberechtigte.</translation>
    </message>
    <message>
        <source>Graph was still throttling after %1 attempts.</source>
        <translation>Graph hat nach %1 Versuchen immer noch gedrosselt.</translation>
    </message>
    <message>
        <source>Check this customer again in %1 seconds, or lower the concurrency.</source>
        <translation>Prüfen Sie diesen Kunden in %1 Sekunden erneut, oder verringern Sie die Parallelität.</translation>
    </message>
    <message>
        <source>Check this customer again later, or lower the concurrency.</source>
        <translation>Prüfen Sie diesen Kunden später erneut, oder verringern Sie die Parallelität.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Einwilligung fehlt</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Kein Zugriff</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n customers checked in %1 s: %2 ok, %3 consent missing, %4 no access, %5 throttled, %6 failed</source>
        <translation>
            <numerusform>%n Kunde in %1 s geprüft: %2 OK, %3 ohne Einwilligung, %4 ohne Zugriff, %5 gedrosselt, %6 fehlgeschlagen</numerusform>
            <numerusform>%n Kunden in %1 s geprüft: %2 OK, %3 ohne Einwilligung, %4 ohne Zugriff, %5 gedrosselt, %6 fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomerListing</name>
    <message>
        <source>Reading the customers was cancelled.</source>
        <translation>Das Lesen der Kunden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomersPage</name>
    <message>
        <source>%1 (no refresh token)</source>
        <translation>%1 (kein Aktualisierungstoken)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>There is no profile yet: run the partner consent to make one.</source>
        <translation>Es gibt noch kein Profil: Führen Sie die Partnereinwilligung durch, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no refresh token yet: run the partner consent for it first (File &gt; New partner consent), then load its customers.</source>
        <translation>Profil „%1“ hat noch kein Aktualisierungstoken: Führen Sie zuerst die Partnereinwilligung dafür durch (Datei &gt; Neue Partnereinwilligung), und laden Sie dann seine Kunden.</translation>
    </message>
    <message>
        <source>The profile to show no longer exists.</source>
        <translation>Das anzuzeigende Profil ist nicht mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n customers.</source>
        <translation>
            <numerusform>%n Kunde geladen.</numerusform>
            <numerusform>%n Kunden geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n customers.</source>
        <translation>
            <numerusform>Laden nach %n Kunden beendet.</numerusform>
            <numerusform>Laden nach %n Kunden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %n customers.</source>
        <translation>
            <numerusform>Laden nach %n Kunden abgebrochen.</numerusform>
            <numerusform>Laden nach %n Kunden abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more customers to check first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Kunden aus, die geprüft werden sollen.</translation>
    </message>
    <message>
        <source>No customers loaded</source>
        <translation>Keine Kunden geladen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 customers</source>
        <extracomment>&quot;1,234 of 5,000 customers&quot;: shown (filtered) of loaded</extracomment>
        <translation>
            <numerusform>%1 von %2 Kunde</numerusform>
            <numerusform>%1 von %2 Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers as listed at %1; Reload reads them again.</source>
        <extracomment>%1: the time the dashboard or this page last listed them</extracomment>
        <translation>
            <numerusform>%n Kunde, wie um %1 aufgelistet; „Neu laden“ liest ihn erneut.</numerusform>
            <numerusform>%n Kunden, wie um %1 aufgelistet; „Neu laden“ liest sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches the filter: none to check.</source>
        <translation>Kein Kunde entspricht dem Filter: Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Chec&amp;k all</source>
        <translation>Alle p&amp;rüfen</translation>
    </message>
    <message numerus="yes">
        <source>Chec&amp;k %n shown</source>
        <extracomment>The button checks only the customers the filter shows</extracomment>
        <translation>
            <numerusform>%n angezeigten Kunden p&amp;rüfen</numerusform>
            <numerusform>%n angezeigte Kunden p&amp;rüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the access of every loaded customer</source>
        <translation>Den Zugriff auf jeden geladenen Kunden prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Check the access of the %n customers the filter shows (of %1 loaded)</source>
        <translation>
            <numerusform>Den Zugriff auf den %n Kunden prüfen, den der Filter anzeigt (von %1 geladenen)</numerusform>
            <numerusform>Den Zugriff auf die %n Kunden prüfen, die der Filter anzeigt (von %1 geladenen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled: %1.</source>
        <translation>Prüfung abgebrochen: %1.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated</source>
        <translation>Die ausgewählten Zeilen kopieren, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>Copy tenant &amp;ID</source>
        <translation>&amp;Mandanten-ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;domain</source>
        <translation>&amp;Domäne kopieren</translation>
    </message>
    <message>
        <source>Check &amp;access</source>
        <translation>&amp;Zugriff prüfen</translation>
    </message>
    <message>
        <source>&amp;Test call…</source>
        <translation>&amp;Testaufruf…</translation>
    </message>
    <message>
        <source>Open the request console on this customer&apos;s tenant</source>
        <translation>Die Anforderungskonsole für den Mandanten dieses Kunden öffnen</translation>
    </message>
    <message>
        <source>&amp;Grant consent…</source>
        <translation>Zustimmung &amp;erteilen…</translation>
    </message>
    <message>
        <source>Grant the app&apos;s consent, through Partner Center, in the selected customers whose check found it missing</source>
        <translation>Die Zustimmung für die App über Partner Center bei den ausgewählten Kunden erteilen, bei denen die Prüfung sie nicht gefunden hat</translation>
    </message>
</context>
<context>
    <name>PCAuth::Dashboard</name>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>No MFA</source>
        <translation>Keine MFA</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>PCAuth::DashboardPage</name>
    <message>
        <source>Refreshing %1…</source>
        <translation>%1 wird aktualisiert…</translation>
    </message>
    <message>
        <source>Fetching the access token of %1…</source>
        <translation>Das Zugriffstoken von %1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its refresh token and credentials are deleted from the keychain; to use it again you would need a new partner consent. The app registration in Entra ID is not changed.</source>
        <translation>Das Profil „%1“ entfernen? Sein Aktualisierungstoken und seine Anmeldeinformationen werden aus dem Schlüsselbund gelöscht; um es wieder zu verwenden, wäre eine neue Partnereinwilligung nötig. Die App-Registrierung in Entra ID wird nicht geändert.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Access of %1: %2</source>
        <translation>Zugriff von %1: %2</translation>
    </message>
    <message>
        <source>Checking the access of %1: %2 of %3 customers</source>
        <translation>Der Zugriff von %1 wird geprüft: %2 von %3 Kunden</translation>
    </message>
    <message>
        <source>Checking the access of %1…</source>
        <translation>Der Zugriff von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Run &amp;consent again</source>
        <translation>&amp;Einwilligung erneut durchführen</translation>
    </message>
    <message>
        <source>Sign in and &amp;consent</source>
        <translation>Anmelden und &amp;einwilligen</translation>
    </message>
    <message>
        <source>Sign in again for this profile to get a new refresh token</source>
        <translation>Für dieses Profil erneut anmelden, um ein neues Aktualisierungstoken zu erhalten</translation>
    </message>
    <message>
        <source>Sign in with the partner&apos;s integration account to record the partner consent for this profile</source>
        <translation>Mit dem Integrationskonto des Partners anmelden, um die Partnereinwilligung für dieses Profil zu erfassen</translation>
    </message>
    <message>
        <source>Run consent again</source>
        <translation>Einwilligung erneut durchführen</translation>
    </message>
    <message>
        <source>Sign in and consent</source>
        <translation>Anmelden und einwilligen</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Testaufruf</translation>
    </message>
    <message>
        <source>Open in &amp;console</source>
        <translation>In der &amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>Test call for %1…</source>
        <translation>Testaufruf für %1…</translation>
    </message>
    <message>
        <source>Test call for %1</source>
        <translation>Testaufruf für %1</translation>
    </message>
</context>
<context>
    <name>PCAuth::ErrorCatalogue</name>
    <message>
        <source>Multi-factor authentication is required now (a Conditional Access or security policy asks for it).</source>
        <translation>Eine mehrstufige Authentifizierung ist jetzt erforderlich (eine Richtlinie für bedingten Zugriff oder eine Sicherheitsrichtlinie verlangt sie).</translation>
    </message>
    <message>
        <source>Run the partner consent again and complete multi-factor authentication.</source>
        <translation>Führen Sie die Partnereinwilligung erneut durch, und schließen Sie die mehrstufige Authentifizierung ab.</translation>
    </message>
    <message>
        <source>The account must register security information for multi-factor authentication before it can sign in.</source>
        <translation>Für das Konto müssen Sicherheitsinformationen für die mehrstufige Authentifizierung registriert werden, bevor es sich anmelden kann.</translation>
    </message>
    <message>
        <source>Register security info for the account (https://aka.ms/mysecurityinfo); a federated identity provider must send the multipleauthn claim.</source>
        <translation>Registrieren Sie Sicherheitsinformationen für das Konto (https://aka.ms/mysecurityinfo); ein Verbund-Identitätsanbieter muss den Anspruch multipleauthn senden.</translation>
    </message>
    <message>
        <source>The multi-factor authentication proof has expired under the tenant&apos;s policy.</source>
        <translation>Der Nachweis der mehrstufigen Authentifizierung ist gemäß der Richtlinie des Mandanten abgelaufen.</translation>
    </message>
    <message>
        <source>Sign in again and complete multi-factor authentication.</source>
        <translation>Melden Sie sich erneut an, und schließen Sie die mehrstufige Authentifizierung ab.</translation>
    </message>
    <message>
        <source>The refresh token expired because it was not used for 90 days.</source>
        <translation>Das Aktualisierungstoken ist abgelaufen, weil es 90 Tage lang nicht verwendet wurde.</translation>
    </message>
    <message>
        <source>Run the partner consent again, then enable keep-alive so the token is used regularly.</source>
        <translation>Führen Sie die Partnereinwilligung erneut durch, und aktivieren Sie dann Keep-Alive, damit das Token regelmäßig verwendet wird.</translation>
    </message>
    <message>
        <source>The token expired under a Conditional Access sign-in frequency policy.</source>
        <translation>Das Token ist aufgrund einer Richtlinie für die Anmeldehäufigkeit (bedingter Zugriff) abgelaufen.</translation>
    </message>
    <message>
        <source>Sign in again, and ask an admin to review the sign-in frequency policy for this service account.</source>
        <translation>Melden Sie sich erneut an, und bitten Sie einen Administrator, die Richtlinie für die Anmeldehäufigkeit für dieses Dienstkonto zu überprüfen.</translation>
    </message>
    <message>
        <source>The refresh token was revoked: the password was changed or an admin revoked the sessions.</source>
        <translation>Das Aktualisierungstoken wurde widerrufen: Das Kennwort wurde geändert, oder ein Administrator hat die Sitzungen widerrufen.</translation>
    </message>
    <message>
        <source>Sign in again: run the partner consent to get a new refresh token.</source>
        <translation>Melden Sie sich erneut an: Führen Sie die Partnereinwilligung durch, um ein neues Aktualisierungstoken zu erhalten.</translation>
    </message>
    <message>
        <source>The session is no longer valid because the password was changed or has expired.</source>
        <translation>Die Sitzung ist nicht mehr gültig, weil das Kennwort geändert wurde oder abgelaufen ist.</translation>
    </message>
    <message>
        <source>The account&apos;s password has expired, which invalidates its tokens.</source>
        <translation>Das Kennwort des Kontos ist abgelaufen, wodurch seine Token ungültig werden.</translation>
    </message>
    <message>
        <source>Change the password, then sign in again: run the partner consent.</source>
        <translation>Ändern Sie das Kennwort, und melden Sie sich dann erneut an: Führen Sie die Partnereinwilligung durch.</translation>
    </message>
    <message>
        <source>The application has not been granted consent in this tenant.</source>
        <translation>Der Anwendung wurde in diesem Mandanten keine Einwilligung erteilt.</translation>
    </message>
    <message>
        <source>Partner tenant: grant admin consent to the app; customer tenant: create the application consent and check the GDAP relationship.</source>
        <translation>Partnermandant: Erteilen Sie der App die Administratoreinwilligung; Kundenmandant: Erstellen Sie die Anwendungseinwilligung, und prüfen Sie die GDAP-Beziehung.</translation>
    </message>
    <message>
        <source>The application is not authorized in the customer tenant for delegated admin access.</source>
        <translation>Die Anwendung ist im Kundenmandanten nicht für delegierten Administratorzugriff autorisiert.</translation>
    </message>
    <message>
        <source>Pre-consent the application in the customer tenant (Partner Center application consent).</source>
        <translation>Erteilen Sie der Anwendung im Kundenmandanten vorab die Einwilligung (Anwendungseinwilligung in Partner Center).</translation>
    </message>
    <message>
        <source>Delegated admin access is blocked because of risk detected on the account in the partner tenant.</source>
        <translation>Der delegierte Administratorzugriff ist blockiert, weil für das Konto im Partnermandanten ein Risiko erkannt wurde.</translation>
    </message>
    <message>
        <source>Resolve the risk for the account in the partner tenant (Entra ID Protection), then try again.</source>
        <translation>Beheben Sie das Risiko für das Konto im Partnermandanten (Entra ID Protection), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The refresh token was issued to a different application (client id).</source>
        <translation>Das Aktualisierungstoken wurde für eine andere Anwendung (Client-ID) ausgestellt.</translation>
    </message>
    <message>
        <source>Use the application the token was obtained with: each token is stored with its client id.</source>
        <translation>Verwenden Sie die Anwendung, mit der das Token bezogen wurde: Jedes Token wird mit seiner Client-ID gespeichert.</translation>
    </message>
    <message>
        <source>The redirect URI sent does not match any redirect URI registered for the application.</source>
        <translation>Der gesendete Umleitungs-URI stimmt mit keinem für die Anwendung registrierten Umleitungs-URI überein.</translation>
    </message>
    <message>
        <source>Register the exact redirect URI of this profile (for example http://localhost) in the app registration.</source>
        <translation>Registrieren Sie den genauen Umleitungs-URI dieses Profils (zum Beispiel http://localhost) in der App-Registrierung.</translation>
    </message>
    <message>
        <source>The client secret is invalid (a new secret can take a minute to replicate before it works).</source>
        <translation>Das Clientgeheimnis ist ungültig (ein neues Geheimnis kann eine Minute zur Replikation benötigen, bevor es funktioniert).</translation>
    </message>
    <message>
        <source>Check or rotate the client secret; better, use a certificate.</source>
        <translation>Prüfen oder rotieren Sie das Clientgeheimnis; besser: Verwenden Sie ein Zertifikat.</translation>
    </message>
    <message>
        <source>The client secret has expired.</source>
        <translation>Das Clientgeheimnis ist abgelaufen.</translation>
    </message>
    <message>
        <source>Rotate the client secret (a new one can take a minute to replicate); better, use a certificate.</source>
        <translation>Rotieren Sie das Clientgeheimnis (ein neues kann eine Minute zur Replikation benötigen); besser: Verwenden Sie ein Zertifikat.</translation>
    </message>
    <message>
        <source>The application was not found in this tenant.</source>
        <translation>Die Anwendung wurde in diesem Mandanten nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the application id, the tenant id and the cloud of the profile.</source>
        <translation>Prüfen Sie die Anwendungs-ID, die Mandanten-ID und die Cloud des Profils.</translation>
    </message>
    <message>
        <source>The tenant was not found.</source>
        <translation>Der Mandant wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the tenant id and the cloud of the profile.</source>
        <translation>Prüfen Sie die Mandanten-ID und die Cloud des Profils.</translation>
    </message>
    <message>
        <source>The tenant belongs to another cloud.</source>
        <translation>Der Mandant gehört zu einer anderen Cloud.</translation>
    </message>
    <message>
        <source>Access was blocked by a Conditional Access policy.</source>
        <translation>Der Zugriff wurde durch eine Richtlinie für bedingten Zugriff blockiert.</translation>
    </message>
    <message>
        <source>Ask a tenant admin to review the Conditional Access policy; the sign-in log finds it by the ids below.</source>
        <translation>Bitten Sie einen Mandantenadministrator, die Richtlinie für bedingten Zugriff zu überprüfen; das Anmeldeprotokoll findet sie anhand der unten stehenden IDs.</translation>
    </message>
    <message>
        <source>A guest or external account cannot sign in to this tenant.</source>
        <translation>Ein Gast- oder externes Konto kann sich nicht bei diesem Mandanten anmelden.</translation>
    </message>
    <message>
        <source>Sign in with a member account of the partner tenant.</source>
        <translation>Melden Sie sich mit einem Mitgliedskonto des Partnermandanten an.</translation>
    </message>
    <message>
        <source>Partner Center rejected the token: it carries no multi-factor authentication claim.</source>
        <translation>Partner Center hat das Token abgelehnt: Es enthält keinen Anspruch für mehrstufige Authentifizierung.</translation>
    </message>
    <message>
        <source>Run the partner consent again with a fresh sign-in (prompt=login) and complete multi-factor authentication.</source>
        <translation>Führen Sie die Partnereinwilligung mit einer neuen Anmeldung (prompt=login) erneut durch, und schließen Sie die mehrstufige Authentifizierung ab.</translation>
    </message>
    <message>
        <source>There is no commerce relationship between the partner and this customer.</source>
        <translation>Zwischen dem Partner und diesem Kunden besteht keine Handelsbeziehung.</translation>
    </message>
    <message>
        <source>Check the customer relationship in Partner Center.</source>
        <translation>Prüfen Sie die Kundenbeziehung in Partner Center.</translation>
    </message>
    <message>
        <source>The refresh token (or authorization code) is invalid or has expired.</source>
        <translation>Das Aktualisierungstoken (oder der Autorisierungscode) ist ungültig oder abgelaufen.</translation>
    </message>
    <message>
        <source>Run the partner consent again.</source>
        <translation>Führen Sie die Partnereinwilligung erneut durch.</translation>
    </message>
    <message>
        <source>The client credentials were rejected.</source>
        <translation>Die Clientanmeldeinformationen wurden abgelehnt.</translation>
    </message>
    <message>
        <source>Check the client secret or certificate of the app registration.</source>
        <translation>Prüfen Sie das Clientgeheimnis oder das Zertifikat der App-Registrierung.</translation>
    </message>
    <message>
        <source>Run the partner consent again and accept the requested permissions.</source>
        <translation>Führen Sie die Partnereinwilligung erneut durch, und akzeptieren Sie die angeforderten Berechtigungen.</translation>
    </message>
    <message>
        <source>The sign-in service had a temporary problem.</source>
        <translation>Beim Anmeldedienst ist ein vorübergehendes Problem aufgetreten.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, quote the ids to Microsoft support.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut; wenn das Problem weiterhin besteht, nennen Sie dem Microsoft-Support die IDs.</translation>
    </message>
    <message>
        <source>The service sent an error without an HTTP status.</source>
        <translation>Der Dienst hat einen Fehler ohne HTTP-Status gesendet.</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>Der Dienst hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1 (%2).</source>
        <translation>Der Dienst hat mit HTTP-Status %1 (%2) geantwortet.</translation>
    </message>
    <message>
        <source>Register this exact redirect URI in the app registration: %1</source>
        <translation>Registrieren Sie genau diesen Umleitungs-URI in der App-Registrierung: %1</translation>
    </message>
    <message>
        <source>The service is throttling requests: too many were sent.</source>
        <translation>Der Dienst drosselt Anforderungen: Es wurden zu viele gesendet.</translation>
    </message>
    <message>
        <source>Wait %1 seconds before retrying; send fewer requests in parallel.</source>
        <translation>Warten Sie %1 Sekunden, bevor Sie es erneut versuchen; senden Sie weniger Anforderungen parallel.</translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, then retry with exponential back-off and fewer parallel requests.</source>
        <translation>Warten Sie die in Retry-After angegebene Zeit ab, und versuchen Sie es dann mit exponentiellem Backoff und weniger parallelen Anforderungen erneut.</translation>
    </message>
    <message>
        <source>The service had a temporary problem (HTTP %1).</source>
        <translation>Beim Dienst ist ein vorübergehendes Problem aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the details below; quote the ids to Microsoft support.</source>
        <translation>Prüfen Sie die Details unten; nennen Sie dem Microsoft-Support die IDs.</translation>
    </message>
    <message>
        <source>Partner Center code %1</source>
        <translation>Partner Center-Code %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anforderungs-ID %1</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>Ablaufverfolgungs-ID %1</translation>
    </message>
    <message>
        <source>client request id %1</source>
        <translation>Clientanforderungs-ID %1</translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation>Korrelations-ID %1</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>Zeit %1</translation>
    </message>
    <message>
        <source>Wrong cloud selected?</source>
        <translation>Falsche Cloud ausgewählt?</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Der Dienst meldete: %1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Partner Center requires multi-factor authentication for app+user calls, and this token carries none (app-only calls are not affected).</source>
        <translation>Partner Center verlangt für App+Benutzer-Aufrufe eine mehrstufige Authentifizierung, und dieses Token enthält keine (Aufrufe mit reinem App-Token sind nicht betroffen).</translation>
    </message>
    <message>
        <source>Sign in again through the partner consent and complete multi-factor authentication.</source>
        <translation>Melden Sie sich über die Partnereinwilligung erneut an, und schließen Sie die mehrstufige Authentifizierung ab.</translation>
    </message>
</context>
<context>
    <name>PCAuth::GdapModel</name>
    <message>
        <source>No relationship</source>
        <translation>Keine Beziehung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Auto-extend</source>
        <translation>Automatische Verlängerung</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>PCAuth::GdapTimeline</name>
    <message>
        <source>GDAP end dates, today to 90 days</source>
        <translation>GDAP-Enddaten, von heute bis in 90 Tagen</translation>
    </message>
    <message numerus="yes">
        <source>+%n later</source>
        <translation>
            <numerusform>+%n später</numerusform>
            <numerusform>+%n später</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, ends %3 (%4)</source>
        <translation>%1: %2, endet am %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) end within 90 days</source>
        <translation>
            <numerusform>%n Beziehung endet innerhalb von 90 Tagen</numerusform>
            <numerusform>%n Beziehungen enden innerhalb von 90 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n beendet</numerusform>
            <numerusform>%n beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::GrantConsentController</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Consent after re-check</source>
        <translation>Einwilligung nach erneuter Prüfung</translation>
    </message>
    <message>
        <source>No customer is selected.</source>
        <translation>Es ist kein Kunde ausgewählt.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Checking the customers&apos; consent again…</source>
        <translation>Die Einwilligung der Kunden wird erneut geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers – waiting for Partner Center (throttled)…</source>
        <translation>
            <numerusform>%1 von %n Kunden – Warten auf Partner Center (gedrosselt)…</numerusform>
            <numerusform>%1 von %n Kunden – Warten auf Partner Center (gedrosselt)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers</source>
        <translation>
            <numerusform>%1 von %n Kunden</numerusform>
            <numerusform>%1 von %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent: the grant was cancelled first.</source>
        <translation>Nicht gesendet: Das Erteilen wurde vorher abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 Partner Center may still have carried it out; check this customer again.</source>
        <translation>%1 Partner Center hat die Anforderung möglicherweise dennoch ausgeführt; prüfen Sie diesen Kunden erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n granted</source>
        <translation>
            <numerusform>%n erteilt</numerusform>
            <numerusform>%n erteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1. Re-check: %2 of %n customers consented.</source>
        <translation>
            <numerusform>%1. Erneute Prüfung: Einwilligung bei %2 von %n Kunden.</numerusform>
            <numerusform>%1. Erneute Prüfung: Einwilligung bei %2 von %n Kunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::GrantConsentDialog</name>
    <message>
        <source>Grant consent</source>
        <translation>Einwilligung erteilen</translation>
    </message>
    <message>
        <source>PCAuth asks Partner Center to add this app (%1) to the tenant of each listed customer, with the permissions below, as the partner user signed in to profile “%2”. Each tenant gets the app&apos;s service principal and an admin consent for all its users; the customers&apos; admins are not asked. Nothing is sent until you click Grant.</source>
        <translation>PCAuth bittet Partner Center, diese App (%1) mit den unten stehenden Berechtigungen dem Mandanten jedes aufgeführten Kunden hinzuzufügen, und zwar als der im Profil „%2“ angemeldete Partnerbenutzer. Jeder Mandant erhält den Dienstprinzipal der App und eine Administratoreinwilligung für alle seine Benutzer; die Administratoren der Kunden werden nicht gefragt. Es wird nichts gesendet, bevor Sie auf „Erteilen“ klicken.</translation>
    </message>
    <message>
        <source>Where the app is already consented, its consent is removed first (DELETE), then granted again with these permissions.</source>
        <translation>Wo für die App bereits eine Einwilligung vorliegt, wird diese zuerst entfernt (DELETE) und dann mit diesen Berechtigungen erneut erteilt.</translation>
    </message>
    <message>
        <source>e.g. Directory.Read.All, User.Read.All</source>
        <translation>z. B. Directory.Read.All, User.Read.All</translation>
    </message>
    <message>
        <source>(no body: a DELETE removes the app&apos;s consent and its permissions in this tenant)</source>
        <translation>(kein Text: Ein DELETE entfernt die Einwilligung der App und ihre Berechtigungen in diesem Mandanten)</translation>
    </message>
    <message>
        <source>Stop granting consent?</source>
        <translation>Erteilen der Einwilligung beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers are done. Closing stops the grant: the others are not sent. A request already sent may still be carried out by Partner Center.</source>
        <translation>
            <numerusform>%1 von %n Kunden ist erledigt. Schließen beendet die Erteilung: Die übrigen werden nicht gesendet. Eine bereits gesendete Anforderung kann Partner Center trotzdem noch ausführen.</numerusform>
            <numerusform>%1 von %n Kunden sind erledigt. Schließen beendet die Erteilung: Die übrigen werden nicht gesendet. Eine bereits gesendete Anforderung kann Partner Center trotzdem noch ausführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Beenden und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>PCAuth::GraphClient</name>
    <message>
        <source>Graph&apos;s next link points elsewhere (%1): not followed.</source>
        <translation>Der nextLink von Graph verweist auf ein anderes Ziel (%1): Ihm wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>Graph&apos;s answer has no &quot;value&quot; list.</source>
        <translation>Die Antwort von Graph enthält keine &quot;value&quot;-Liste.</translation>
    </message>
    <message>
        <source>Graph kept announcing more pages after %1; stopped.</source>
        <translation>Graph hat nach %1 Seiten weiterhin weitere Seiten angekündigt; abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PCAuth::HealthModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>No customers</source>
        <translation>Keine Kunden</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Partner tenant: %1</source>
        <translation>Partnermandant: %1</translation>
    </message>
    <message>
        <source>Estimated end of the 90-day inactivity window: %1. The refresh token does not carry its expiry, so this is counted from its last use.</source>
        <translation>Geschätztes Ende des 90-tägigen Inaktivitätsfensters: %1. Das Aktualisierungstoken enthält seinen Ablauf nicht, daher wird ab seiner letzten Verwendung gezählt.</translation>
    </message>
    <message>
        <source>No access token in memory; one is fetched when needed.</source>
        <translation>Kein Zugriffstoken im Arbeitsspeicher; bei Bedarf wird eines abgerufen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Tenant id: %1</source>
        <translation>Mandanten-ID: %1</translation>
    </message>
    <message>
        <source>Customers could not be read</source>
        <translation>Kunden konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading customers…</source>
        <translation>Kunden werden gelesen…</translation>
    </message>
    <message>
        <source>The customers of %1 could not be read: %2</source>
        <translation>Die Kunden von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (tenant %2)</source>
        <translation>%1 (Mandant %2)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Vorgehensweise: %1</translation>
    </message>
    <message>
        <source>Last action failed: %1</source>
        <translation>Letzte Aktion fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not checked yet. Use “Check customers” to check access.</source>
        <translation>Noch nicht geprüft. Verwenden Sie „Kunden prüfen“, um den Zugriff zu prüfen.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>%1 (checking again…)</source>
        <translation>%1 (wird erneut geprüft…)</translation>
    </message>
    <message>
        <source>Access: not checked. Use “Check access” to see whether the calls will work.</source>
        <translation>Zugriff: nicht geprüft. Verwenden Sie „Zugriff prüfen“, um zu sehen, ob die Aufrufe funktionieren.</translation>
    </message>
    <message>
        <source>Access: %1
%2</source>
        <translation>Zugriff: %1
%2</translation>
    </message>
</context>
<context>
    <name>PCAuth::HttpClient</name>
    <message>
        <source>The request URL</source>
        <translation>Die Anforderungs-URL</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anforderung an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; PCAuth refuses it.</source>
        <translation>Die Antwort von %1 ist größer als %2 MiB; PCAuth lehnt sie ab.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>Innerhalb von %2 s konnte keine Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (attempts: %3).</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s (Versuche: %3).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. PCAuth never ignores certificate errors: check the system clock and any proxy that inspects TLS.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. PCAuth ignoriert niemals Zertifikatfehler: Prüfen Sie die Systemuhr und jeden Proxy, der TLS untersucht.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The host %1 was not found (DNS).</source>
        <translation>Der Host %1 wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anforderung an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before retrying (HTTP %3), longer than PCAuth waits (%4 s). Try again after %5 UTC.</source>
        <translation>%1 hat gebeten, vor einem erneuten Versuch %2 s zu warten (HTTP %3), länger als PCAuth wartet (%4 s). Versuchen Sie es nach %5 UTC erneut.</translation>
    </message>
    <message>
        <source>%1 is still busy (HTTP %2; attempts: %3). Try again after %4 UTC.</source>
        <translation>%1 ist weiterhin ausgelastet (HTTP %2; Versuche: %3). Versuchen Sie es nach %4 UTC erneut.</translation>
    </message>
    <message>
        <source>(attempts: %1)</source>
        <translation>(Versuche: %1)</translation>
    </message>
</context>
<context>
    <name>PCAuth::IdTokenValidator</name>
    <message>
        <source>The id_token header has no &quot;alg&quot;: refused; an id_token must be signed RS256.</source>
        <translation>Der id_token-Header enthält kein &quot;alg&quot;: abgelehnt; ein id_token muss mit RS256 signiert sein.</translation>
    </message>
    <message>
        <source>The id_token is unsigned (alg &quot;none&quot;): refused; an id_token must be signed RS256 by a key of the authority.</source>
        <translation>Das id_token ist nicht signiert (alg &quot;none&quot;): abgelehnt; ein id_token muss mit RS256 von einem Schlüssel der Autorität signiert sein.</translation>
    </message>
    <message>
        <source>The id_token uses alg &quot;%1&quot;, a shared-secret signature: refused; only RS256 signatures by a key in the authority&apos;s key set count.</source>
        <translation>Das id_token verwendet alg &quot;%1&quot;, eine Signatur mit gemeinsamem Geheimnis: abgelehnt; es zählen nur RS256-Signaturen durch einen Schlüssel im Schlüsselsatz der Autorität.</translation>
    </message>
    <message>
        <source>The id_token uses alg &quot;%1&quot;: refused; only RS256 is accepted.</source>
        <translation>Das id_token verwendet alg &quot;%1&quot;: abgelehnt; nur RS256 wird akzeptiert.</translation>
    </message>
    <message>
        <source>The id_token header has no &quot;kid&quot;, so no key of the key set can check its signature.</source>
        <translation>Der id_token-Header enthält kein &quot;kid&quot;; daher kann kein Schlüssel des Schlüsselsatzes seine Signatur prüfen.</translation>
    </message>
    <message>
        <source>The id_token signature does not verify against the signing key %1: the token was altered or not issued by this authority.</source>
        <translation>Die id_token-Signatur lässt sich mit dem Signaturschlüssel %1 nicht verifizieren: Das Token wurde verändert oder nicht von dieser Autorität ausgestellt.</translation>
    </message>
    <message>
        <source>The id_token has no &quot;tid&quot; claim, needed to check its issuer against &quot;%1&quot;.</source>
        <translation>Das id_token hat keinen &quot;tid&quot;-Anspruch, der benötigt wird, um seinen Aussteller mit &quot;%1&quot; abzugleichen.</translation>
    </message>
    <message>
        <source>The id_token has no &quot;iss&quot; (issuer) claim.</source>
        <translation>Das id_token hat keinen &quot;iss&quot;-Anspruch (Aussteller).</translation>
    </message>
    <message>
        <source>The id_token issuer (iss) is &quot;%1&quot;; expected &quot;%2&quot;: the token comes from another authority or tenant.</source>
        <translation>Der Aussteller (iss) des id_token ist &quot;%1&quot;; erwartet wurde &quot;%2&quot;: Das Token stammt von einer anderen Autorität oder einem anderen Mandanten.</translation>
    </message>
    <message>
        <source>The id_token has no &quot;aud&quot; (audience) claim.</source>
        <translation>Das id_token hat keinen &quot;aud&quot;-Anspruch (Zielgruppe).</translation>
    </message>
    <message>
        <source>The id_token audience (aud) is &quot;%1&quot;; expected the client id &quot;%2&quot;: the token was issued to another app.</source>
        <translation>Die Zielgruppe (aud) des id_token ist &quot;%1&quot;; erwartet wurde die Client-ID &quot;%2&quot;: Das Token wurde für eine andere App ausgestellt.</translation>
    </message>
    <message>
        <source>The id_token has several audiences but its authorized party (azp) is not the client id &quot;%1&quot;.</source>
        <translation>Das id_token hat mehrere Zielgruppen, aber seine autorisierte Partei (azp) ist nicht die Client-ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No nonce was recorded for this sign-in, so the id_token cannot be tied to it: start the sign-in again.</source>
        <translation>Für diese Anmeldung wurde keine Nonce erfasst, daher kann das id_token ihr nicht zugeordnet werden: Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The id_token has no &quot;nonce&quot; claim although the sign-in request sent one: start the sign-in again.</source>
        <translation>Das id_token hat keinen &quot;nonce&quot;-Anspruch, obwohl die Anmeldeanforderung eine Nonce gesendet hat: Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The id_token nonce does not match the one sent with this sign-in: the response may belong to another sign-in (a replay); start the sign-in again.</source>
        <translation>Die Nonce des id_token stimmt nicht mit der bei dieser Anmeldung gesendeten überein: Die Antwort gehört möglicherweise zu einer anderen Anmeldung (Replay); starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The id_token claim &quot;%1&quot; is not a date (NumericDate).</source>
        <translation>Der id_token-Anspruch &quot;%1&quot; ist kein Datum (NumericDate).</translation>
    </message>
    <message>
        <source>allowed clock difference %1 s</source>
        <translation>zulässige Uhrabweichung %1 s</translation>
    </message>
    <message>
        <source>The id_token has no &quot;exp&quot; (expiry) claim.</source>
        <translation>Das id_token hat keinen &quot;exp&quot;-Anspruch (Ablauf).</translation>
    </message>
    <message>
        <source>The id_token expired at %1 (now %2, %3): sign in again, and check this computer&apos;s clock if this repeats.</source>
        <translation>Das id_token ist am %1 abgelaufen (jetzt %2, %3): Melden Sie sich erneut an, und prüfen Sie die Uhr dieses Computers, falls dies erneut auftritt.</translation>
    </message>
    <message>
        <source>The id_token &quot;%1&quot; is %2, in the future (now %3, %4): check this computer&apos;s clock.</source>
        <translation>Der id_token-Anspruch &quot;%1&quot; ist %2 und liegt in der Zukunft (jetzt %3, %4): Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>No issuer or client id was given to check the id_token against: it cannot be validated.</source>
        <translation>Es wurde kein Aussteller und keine Client-ID angegeben, gegen die das id_token geprüft werden kann: Es kann nicht validiert werden.</translation>
    </message>
    <message>
        <source>The id_token is malformed: %1</source>
        <translation>Das id_token ist fehlerhaft: %1</translation>
    </message>
</context>
<context>
    <name>PCAuth::JsonWebKeySet</name>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>key %1 (kid &quot;%2&quot;)</source>
        <translation>Schlüssel %1 (kid &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;%2&quot; is missing or not a string.</source>
        <translation>Schlüsselsatz, %1: &quot;%2&quot; fehlt oder ist keine Zeichenfolge.</translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;%2&quot; is not valid base64url.</source>
        <translation>Schlüsselsatz, %1: &quot;%2&quot; ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;x5c&quot; does not hold a readable certificate.</source>
        <translation>Schlüsselsatz, %1: &quot;x5c&quot; enthält kein lesbares Zertifikat.</translation>
    </message>
    <message>
        <source>not an RSA key (kty &quot;%1&quot;): skipped</source>
        <translation>kein RSA-Schlüssel (kty &quot;%1&quot;): übersprungen</translation>
    </message>
    <message>
        <source>not a signing key (use &quot;%1&quot;): skipped</source>
        <translation>kein Signaturschlüssel (use &quot;%1&quot;): übersprungen</translation>
    </message>
    <message>
        <source>meant for alg &quot;%1&quot;, not RS256: skipped</source>
        <translation>für alg &quot;%1&quot; bestimmt, nicht RS256: übersprungen</translation>
    </message>
    <message>
        <source>no kid, so no token can name it: skipped</source>
        <translation>keine kid, daher kann kein Token ihn benennen: übersprungen</translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;n&quot; and &quot;e&quot; do not form an RSA public key.</source>
        <translation>Schlüsselsatz, %1: &quot;n&quot; und &quot;e&quot; bilden keinen öffentlichen RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>its x5c certificate does not hold an RSA key: skipped</source>
        <translation>sein x5c-Zertifikat enthält keinen RSA-Schlüssel: übersprungen</translation>
    </message>
    <message>
        <source>an RSA key of %1 bits, under the %2-bit minimum: skipped</source>
        <translation>ein RSA-Schlüssel mit %1 Bit, unter dem Minimum von %2 Bit: übersprungen</translation>
    </message>
    <message>
        <source>The key set is larger than %1 bytes: refused.</source>
        <translation>Der Schlüsselsatz ist größer als %1 Bytes: abgelehnt.</translation>
    </message>
    <message>
        <source>The key set (JWKS) is not valid JSON: %1 at byte %2.</source>
        <translation>Der Schlüsselsatz (JWKS) ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The key set (JWKS) is not a JSON object.</source>
        <translation>Der Schlüsselsatz (JWKS) ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The key set (JWKS) has no &quot;keys&quot; array.</source>
        <translation>Der Schlüsselsatz (JWKS) hat kein &quot;keys&quot;-Array.</translation>
    </message>
    <message>
        <source>The key set (JWKS) has an empty &quot;keys&quot; array: the authority publishes no signing keys.</source>
        <translation>Der Schlüsselsatz (JWKS) hat ein leeres &quot;keys&quot;-Array: Die Autorität veröffentlicht keine Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The key set&apos;s key %1 is not a JSON object.</source>
        <translation>Schlüssel %1 des Schlüsselsatzes ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>a second key with this kid: skipped</source>
        <translation>ein zweiter Schlüssel mit dieser kid: übersprungen</translation>
    </message>
    <message>
        <source>The key set (JWKS) has no usable RSA signing key (%1).</source>
        <translation>Der Schlüsselsatz (JWKS) enthält keinen verwendbaren RSA-Signaturschlüssel (%1).</translation>
    </message>
    <message>
        <source>The signing key %1 is not in the key set: the keys may have rotated; fetch the JWKS again.</source>
        <translation>Der Signaturschlüssel %1 ist nicht im Schlüsselsatz: Die Schlüssel wurden möglicherweise rotiert; rufen Sie das JWKS erneut ab.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up an RS256 signature check.</source>
        <translation>OpenSSL konnte keine RS256-Signaturprüfung einrichten.</translation>
    </message>
</context>
<context>
    <name>PCAuth::Jwt</name>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>a space (%1)</source>
        <translation>ein Leerzeichen (%1)</translation>
    </message>
    <message>
        <source>a tab (%1)</source>
        <translation>einen Tabulator (%1)</translation>
    </message>
    <message>
        <source>a line break (%1)</source>
        <translation>einen Zeilenumbruch (%1)</translation>
    </message>
    <message>
        <source>The %1 contains %2 at character %3 of the token, which cannot appear in a JWT (only letters, digits, &apos;-&apos;, &apos;_&apos; and two dots).</source>
        <translation>Der Teil „%1“ enthält %2 an Zeichen %3 des Tokens, das in einem JWT nicht vorkommen kann (nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und zwei Punkte).</translation>
    </message>
    <message>
        <source>It looks like standard base64, not base64url.</source>
        <translation>Es sieht nach Standard-base64 aus, nicht nach base64url.</translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: its length (%2) leaves a last group of one character, which cannot encode a byte. Was the token cut short when it was copied?</source>
        <translation>Der Teil „%1“ ist kein gültiges base64url: Seine Länge (%2) lässt eine letzte Gruppe aus einem Zeichen übrig, die kein Byte codieren kann. Wurde das Token beim Kopieren abgeschnitten?</translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: the &apos;=&apos; padding at its end is wrong.</source>
        <translation>Der Teil „%1“ ist kein gültiges base64url: Die &apos;=&apos;-Auffüllung am Ende ist falsch.</translation>
    </message>
    <message>
        <source>The %1 is not valid base64url.</source>
        <translation>Der Teil „%1“ ist kein gültiges base64url.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The %1 is JSON but not an object: it is %2.</source>
        <translation>Der Teil „%1“ ist JSON, aber kein Objekt: Er ist %2.</translation>
    </message>
    <message>
        <source>The %1 is not JSON: %2 near byte %3 of the decoded %1.</source>
        <translation>Der Teil „%1“ ist kein JSON: %2 nahe Byte %3 des dekodierten Teils „%1“.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token is %1 characters long; the limit is %2 characters.</source>
        <translation>Das Token ist %1 Zeichen lang; die Grenze liegt bei %2 Zeichen.</translation>
    </message>
    <message>
        <source>The token has 5 parts, so it is an encrypted token (JWE): it cannot be read without the recipient&apos;s key.</source>
        <translation>Das Token hat 5 Teile und ist daher ein verschlüsseltes Token (JWE): Es kann ohne den Schlüssel des Empfängers nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A JWT has 3 parts separated by dots (header.payload.signature); this token has %1. Refresh tokens and other opaque tokens cannot be decoded.</source>
        <translation>Ein JWT hat 3 durch Punkte getrennte Teile (header.payload.signature); dieses Token hat %1. Aktualisierungstoken und andere nicht transparente Token können nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The header is empty: there is nothing before the first dot.</source>
        <translation>Der Header ist leer: Vor dem ersten Punkt steht nichts.</translation>
    </message>
    <message>
        <source>The payload is empty: there is nothing between the two dots.</source>
        <translation>Die Nutzlast ist leer: Zwischen den beiden Punkten steht nichts.</translation>
    </message>
    <message>
        <source>amr contains &quot;%1&quot;</source>
        <translation>amr enthält &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authenticationmethod is &quot;%1&quot;</source>
        <translation>authenticationmethod ist &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no amr or authenticationmethod claim: cannot tell</source>
        <translation>kein amr- oder authenticationmethod-Anspruch: nicht feststellbar</translation>
    </message>
    <message>
        <source>amr is %1: no MFA method</source>
        <translation>amr ist %1: keine MFA-Methode</translation>
    </message>
    <message>
        <source>authenticationmethod is %1: not multipleauthn</source>
        <translation>authenticationmethod ist %1: nicht multipleauthn</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeepAliveRun</name>
    <message>
        <source>no consent recorded</source>
        <translation>keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>refresh token redeemed; the 90-day inactivity clock starts again</source>
        <translation>Aktualisierungstoken eingelöst; die 90-Tage-Inaktivitätsfrist beginnt neu</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeepAliveSchedule</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it printed no reason</source>
        <translation>es wurde kein Grund ausgegeben</translation>
    </message>
    <message>
        <source>Not installed: refresh tokens are redeemed only when you use them, and expire after 90 days without use.</source>
        <translation>Nicht installiert: Aktualisierungstoken werden nur eingelöst, wenn Sie sie verwenden, und laufen nach 90 Tagen ohne Verwendung ab.</translation>
    </message>
    <message>
        <source>Partly installed: %1 is missing; install the schedule again.</source>
        <translation>Teilweise installiert: %1 fehlt; installieren Sie den Zeitplan erneut.</translation>
    </message>
    <message>
        <source>Installed as a %1: pcauthctl keepalive runs every %2.</source>
        <translation>Installiert als %1: pcauthctl keepalive wird alle %2 ausgeführt.</translation>
    </message>
    <message>
        <source>The keepalive schedule is being changed; wait until that ends.</source>
        <translation>Der Keep-Alive-Zeitplan wird gerade geändert; warten Sie, bis dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>pcauthctl was not found beside PCAuth nor on PATH; install it to schedule the keepalive.</source>
        <translation>pcauthctl wurde weder neben PCAuth noch im PATH gefunden; installieren Sie es, um das Keep-Alive zu planen.</translation>
    </message>
    <message>
        <source>%1 The keepalive files were written, but the %2 was not updated; run: %3</source>
        <translation>%1 Die Keep-Alive-Dateien wurden geschrieben, aber der Zeitplaner (%2) wurde nicht aktualisiert; führen Sie aus: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 The keepalive files were removed, but the %2 was not told; run: %3</source>
        <translation>%1 Die Keep-Alive-Dateien wurden entfernt, aber der Zeitplaner (%2) wurde nicht benachrichtigt; führen Sie aus: %3</translation>
    </message>
    <message>
        <source>%1 was not found on PATH.</source>
        <translation>%1 wurde im PATH nicht gefunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be started: %2</source>
        <translation>„%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not finish within %2 seconds.</source>
        <translation>„%1“ wurde nicht innerhalb von %2 Sekunden beendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed (exit code %2): %3</source>
        <translation>„%1“ ist fehlgeschlagen (Exitcode %2): %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stopped unexpectedly.</source>
        <translation>„%1“ wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>systemd user timer</source>
        <translation>systemd-Benutzertimer</translation>
    </message>
    <message>
        <source>launchd agent</source>
        <translation>launchd-Agent</translation>
    </message>
    <message>
        <source>Task Scheduler task</source>
        <translation>Aufgabe der Aufgabenplanung</translation>
    </message>
    <message>
        <source>Every: give an interval such as 12h or 7d.</source>
        <translation>Every: Geben Sie ein Intervall wie 12h oder 7d an.</translation>
    </message>
    <message>
        <source>Every: &quot;%1&quot; is not an interval; give a number followed by m (minutes), h (hours) or d (days), such as 12h or 7d.</source>
        <translation>Every: „%1“ ist kein Intervall; geben Sie eine Zahl gefolgt von m (Minuten), h (Stunden) oder d (Tage) an, etwa 12h oder 7d.</translation>
    </message>
    <message>
        <source>Every: &quot;%1&quot; is too often; give at least 1 hour.</source>
        <translation>Every: „%1“ ist zu häufig; geben Sie mindestens 1 Stunde an.</translation>
    </message>
    <message>
        <source>Every: &quot;%1&quot; is too long; give at most 30 days, well within the 90 days after which an unused refresh token expires.</source>
        <translation>Every: „%1“ ist zu lang; geben Sie höchstens 30 Tage an, deutlich innerhalb der 90 Tage, nach denen ein unbenutztes Aktualisierungstoken abläuft.</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeyVaultClient</name>
    <message>
        <source>The Key Vault secret name &quot;%1&quot; is not valid: use 1 to 127 letters, digits and dashes.</source>
        <translation>Der Key Vault-Geheimnisname „%1“ ist ungültig: Verwenden Sie 1 bis 127 Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeychainItemStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service (GNOME Keyring, KWallet)</translation>
    </message>
    <message>
        <source>The macOS Keychain is not available. Log in to your macOS user session and try again. PCAuth never stores tokens in plain files.</source>
        <translation>Der macOS-Schlüsselbund ist nicht verfügbar. Melden Sie sich bei Ihrer macOS-Benutzersitzung an, und versuchen Sie es erneut. PCAuth speichert Token niemals in unverschlüsselten Dateien.</translation>
    </message>
    <message>
        <source>The macOS Keychain refused access. Allow PCAuth when macOS asks (Always Allow), or unlock the login keychain in Keychain Access, and try again.</source>
        <translation>Der macOS-Schlüsselbund hat den Zugriff verweigert. Erlauben Sie PCAuth den Zugriff, wenn macOS fragt (Immer erlauben), oder entsperren Sie den Anmeldeschlüsselbund in der Schlüsselbundverwaltung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The macOS Keychain could not complete the request. Check the login keychain in Keychain Access and try again.</source>
        <translation>Der macOS-Schlüsselbund konnte die Anforderung nicht ausführen. Prüfen Sie den Anmeldeschlüsselbund in der Schlüsselbundverwaltung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Windows Credential Manager is not available. Make sure the Credential Manager service is running and you are signed in with your own account, then try again. PCAuth never stores tokens in plain files.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung ist nicht verfügbar. Stellen Sie sicher, dass der Dienst „Anmeldeinformationsverwaltung“ ausgeführt wird und Sie mit Ihrem eigenen Konto angemeldet sind, und versuchen Sie es dann erneut. PCAuth speichert Token niemals in unverschlüsselten Dateien.</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused access. Sign in to Windows with your own account (not a session without a user profile) and try again.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung hat den Zugriff verweigert. Melden Sie sich mit Ihrem eigenen Konto bei Windows an (nicht in einer Sitzung ohne Benutzerprofil), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Windows Credential Manager could not complete the request. Check the Windows Credentials in Credential Manager and try again.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung konnte die Anforderung nicht ausführen. Prüfen Sie die Windows-Anmeldeinformationen in der Anmeldeinformationsverwaltung, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No Secret Service answered on D-Bus. Start GNOME Keyring or KWallet (or log in to a desktop session) and try again. PCAuth never stores tokens in plain files.</source>
        <translation>Auf D-Bus hat kein Secret Service geantwortet. Starten Sie GNOME Keyring oder KWallet (oder melden Sie sich bei einer Desktopsitzung an), und versuchen Sie es erneut. PCAuth speichert Token niemals in unverschlüsselten Dateien.</translation>
    </message>
    <message>
        <source>The Secret Service (GNOME Keyring, KWallet) refused access: the keyring is locked or the request was declined. Unlock your keyring (Passwords and Keys, or KWallet Manager) and try again.</source>
        <translation>Der Secret Service (GNOME Keyring, KWallet) hat den Zugriff verweigert: Der Schlüsselbund ist gesperrt, oder die Anforderung wurde abgelehnt. Entsperren Sie Ihren Schlüsselbund (Passwörter und Schlüssel oder KWallet-Verwaltung), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Secret Service (GNOME Keyring, KWallet) could not complete the request. Make sure a default keyring exists and is unlocked (Passwords and Keys, or KWallet Manager), then try again.</source>
        <translation>Der Secret Service (GNOME Keyring, KWallet) konnte die Anforderung nicht ausführen. Stellen Sie sicher, dass ein Standardschlüsselbund vorhanden und entsperrt ist (Passwörter und Schlüssel oder KWallet-Verwaltung), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 holds no item &quot;%2&quot;.</source>
        <translation>%1 enthält kein Element „%2“.</translation>
    </message>
    <message>
        <source>(QtKeychain: %1)</source>
        <translation>(QtKeychain: %1)</translation>
    </message>
</context>
<context>
    <name>PCAuth::KeychainSelfTest</name>
    <message>
        <source>Self-test failed: %1 could not store a test item. %2</source>
        <translation>Selbsttest fehlgeschlagen: %1 konnte kein Testelement speichern. %2</translation>
    </message>
    <message>
        <source>Self-test failed: %1 did not find the test item it had just stored. The keychain may be locked: unlock it and run the self-test again.</source>
        <translation>Selbsttest fehlgeschlagen: %1 hat das soeben gespeicherte Testelement nicht gefunden. Der Schlüsselbund ist möglicherweise gesperrt: Entsperren Sie ihn, und führen Sie den Selbsttest erneut aus.</translation>
    </message>
    <message>
        <source>Self-test failed: %1 could not read back the test item it had just stored. %2</source>
        <translation>Selbsttest fehlgeschlagen: %1 konnte das soeben gespeicherte Testelement nicht zurücklesen. %2</translation>
    </message>
    <message>
        <source>Self-test failed: %1 gave back different data than was stored. Do not keep tokens in this keychain until it passes: check or repair it.</source>
        <translation>Selbsttest fehlgeschlagen: %1 hat andere Daten zurückgegeben, als gespeichert wurden. Bewahren Sie keine Token in diesem Schlüsselbund auf, bis der Test bestanden ist: Prüfen oder reparieren Sie ihn.</translation>
    </message>
    <message>
        <source>Self-test failed: %1 could not delete the test item %2. %3</source>
        <translation>Selbsttest fehlgeschlagen: %1 konnte das Testelement %2 nicht löschen. %3</translation>
    </message>
    <message numerus="yes">
        <source>Passed in %n ms</source>
        <translation>
            <numerusform>Bestanden in %n ms</numerusform>
            <numerusform>Bestanden in %n ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::LoopbackReceiver</name>
    <message numerus="yes">
        <source>No answer from the browser: timed out after %n s.</source>
        <translation>
            <numerusform>Keine Antwort vom Browser: Zeitüberschreitung nach %n s.</numerusform>
            <numerusform>Keine Antwort vom Browser: Zeitüberschreitung nach %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect URI %1 cannot be served by PCAuth: use http://127.0.0.1/ or http://localhost/ (any port, optional path) for the system browser.</source>
        <translation>Der Umleitungs-URI %1 kann nicht von PCAuth bedient werden: Verwenden Sie für den Systembrowser http://127.0.0.1/ oder http://localhost/ (beliebiger Port, optionaler Pfad).</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>Auf 127.0.0.1 Port %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>No state was given to check the answer against; the sign-in cannot be verified.</source>
        <translation>Es wurde kein State-Wert angegeben, gegen den die Antwort geprüft werden kann; die Anmeldung kann nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in PCAuth.</source>
        <translation>Die Anmeldung wurde in PCAuth abgebrochen.</translation>
    </message>
    <message>
        <source>The request is too large for PCAuth&apos;s sign-in receiver.</source>
        <translation>Die Anforderung ist für den Anmeldeempfänger von PCAuth zu groß.</translation>
    </message>
    <message>
        <source>This request names another host; PCAuth only answers requests for its own loopback address.</source>
        <translation>Diese Anforderung nennt einen anderen Host; PCAuth beantwortet nur Anforderungen an seine eigene Loopback-Adresse.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>Die Anforderung ist kein gültiges HTTP/1.1.</translation>
    </message>
    <message>
        <source>The request has a malformed header.</source>
        <translation>Die Anforderung hat einen fehlerhaften Header.</translation>
    </message>
    <message>
        <source>PCAuth&apos;s sign-in receiver only answers GET requests.</source>
        <translation>Der Anmeldeempfänger von PCAuth beantwortet nur GET-Anforderungen.</translation>
    </message>
    <message>
        <source>The request&apos;s address is not valid.</source>
        <translation>Die Adresse der Anforderung ist ungültig.</translation>
    </message>
    <message>
        <source>PCAuth is not waiting for a sign-in.</source>
        <translation>PCAuth wartet nicht auf eine Anmeldung.</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
        <source>This address only takes the answer of a sign-in started by PCAuth.</source>
        <translation>Diese Adresse nimmt nur die Antwort einer von PCAuth gestarteten Anmeldung entgegen.</translation>
    </message>
    <message>
        <source>You can close this tab and return to PCAuth.</source>
        <translation>Sie können diesen Tab schließen und zu PCAuth zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in complete</source>
        <translation>Anmeldung abgeschlossen</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>PCAuth is still waiting</source>
        <translation>PCAuth wartet noch</translation>
    </message>
    <message>
        <source>Finish the sign-in in the tab PCAuth opened.</source>
        <translation>Schließen Sie die Anmeldung in dem Tab ab, den PCAuth geöffnet hat.</translation>
    </message>
    <message>
        <source>PCAuth sign-in receiver</source>
        <translation>PCAuth-Anmeldeempfänger</translation>
    </message>
    <message>
        <source>Cannot listen on [::1] port %1: %2. Another program holds this port on the IPv6 loopback, where a browser may send the sign-in answer for localhost: close that program, or register a redirect URI with another port or with 127.0.0.1.</source>
        <translation>Auf [::1] Port %1 kann nicht gelauscht werden: %2. Ein anderes Programm belegt diesen Port auf der IPv6-Loopback-Adresse, an die ein Browser die Anmeldeantwort für localhost senden kann: Schließen Sie dieses Programm, oder registrieren Sie einen Umleitungs-URI mit einem anderen Port oder mit 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>PCAuth::MainWindow</name>
    <message>
        <source>Token inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>PCAuth (sandbox)</source>
        <translation>PCAuth (Sandbox)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Request console</source>
        <translation>Anforderungskonsole</translation>
    </message>
    <message>
        <source>App-only test</source>
        <translation>Test mit reinem App-Token</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sandbox mode: everything runs on %1, no Microsoft tenant is contacted.</source>
        <translation>Sandbox-Modus: Alles läuft auf %1, es wird kein Microsoft-Mandant kontaktiert.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PCAuth::MessageWidget</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PCAuth::OpenIdConfiguration</name>
    <message>
        <source>The OpenID configuration has no &quot;%1&quot;.</source>
        <translation>Die OpenID-Konfiguration enthält kein &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>In the OpenID configuration, &quot;%1&quot; is not a string.</source>
        <translation>In der OpenID-Konfiguration ist &quot;%1&quot; keine Zeichenfolge.</translation>
    </message>
    <message>
        <source>In the OpenID configuration, &quot;%1&quot; is empty.</source>
        <translation>In der OpenID-Konfiguration ist &quot;%1&quot; leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the OpenID configuration</source>
        <translation>&quot;%1&quot; in der OpenID-Konfiguration</translation>
    </message>
    <message>
        <source>The OpenID configuration is not valid JSON: %1 at offset %2.</source>
        <translation>Die OpenID-Konfiguration ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The OpenID configuration is not a JSON object.</source>
        <translation>Die OpenID-Konfiguration ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>PCAuth::PartnerCenterClient</name>
    <message>
        <source>Partner Center sent a customer without an id (%1.id).</source>
        <translation>Partner Center hat einen Kunden ohne ID gesendet (%1.id).</translation>
    </message>
    <message>
        <source>Partner Center&apos;s customer page %1 has no items array.</source>
        <translation>Die Kundenseite %1 von Partner Center hat kein items-Array.</translation>
    </message>
    <message>
        <source>Partner Center kept sending further customer pages (%1 pages read); the listing was stopped.</source>
        <translation>Partner Center hat immer weitere Kundenseiten gesendet (%1 Seiten gelesen); die Auflistung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>PCAuth::Profile</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>protocol must be v1 or v2, not %1.</source>
        <translation>protocol muss v1 oder v2 sein, nicht %1.</translation>
    </message>
    <message>
        <source>createdAt must be a date and time such as 2026-01-31T12:00:00.000Z, not %1.</source>
        <translation>createdAt muss ein Datum mit Uhrzeit wie 2026-01-31T12:00:00.000Z sein, nicht %1.</translation>
    </message>
    <message>
        <source>Cloud is empty: choose global, china, usgov or germany, or a custom cloud file.</source>
        <translation>Cloud ist leer: Wählen Sie global, china, usgov oder germany oder eine benutzerdefinierte Cloud-Datei.</translation>
    </message>
    <message>
        <source>Cloud file is empty: a custom cloud is read from its file; choose the file.</source>
        <translation>Cloud-Datei ist leer: Eine benutzerdefinierte Cloud wird aus ihrer Datei gelesen; wählen Sie die Datei.</translation>
    </message>
    <message>
        <source>Cloud %1 is not a built-in cloud (global, china, usgov, germany); for another cloud choose its custom cloud file.</source>
        <translation>Cloud %1 ist keine integrierte Cloud (global, china, usgov, germany); wählen Sie für eine andere Cloud deren benutzerdefinierte Cloud-Datei.</translation>
    </message>
    <message>
        <source>Cloud file is set, but cloud %1 is a built-in cloud: clear the file, or choose custom.</source>
        <translation>Cloud-Datei ist festgelegt, aber Cloud %1 ist eine integrierte Cloud: Leeren Sie die Datei, oder wählen Sie custom.</translation>
    </message>
    <message>
        <source>Cloud file %1 describes cloud %2, not %3: choose the file of cloud %3, or choose custom to use this one.</source>
        <translation>Cloud-Datei %1 beschreibt Cloud %2, nicht %3: Wählen Sie die Datei der Cloud %3, oder wählen Sie custom, um diese zu verwenden.</translation>
    </message>
    <message>
        <source>id must be a lower-case GUID such as 00000000-0000-0000-0000-000000000000, not %1.</source>
        <translation>id muss eine GUID in Kleinbuchstaben wie 00000000-0000-0000-0000-000000000000 sein, nicht %1.</translation>
    </message>
    <message>
        <source>credential must be none, secret or certificate, not %1.</source>
        <translation>credential muss none, secret oder certificate sein, nicht %1.</translation>
    </message>
    <message>
        <source>Name is empty: enter 1 to %1 characters.</source>
        <translation>Name ist leer: Geben Sie 1 bis %1 Zeichen ein.</translation>
    </message>
    <message>
        <source>Name is %1 characters long; at most %2 are allowed.</source>
        <translation>Name ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Name must not contain control characters (tabs, line breaks or text-direction overrides).</source>
        <translation>Name darf keine Steuerzeichen enthalten (Tabulatoren, Zeilenumbrüche oder Textrichtungsumschaltungen).</translation>
    </message>
    <message>
        <source>Name must not begin or end with a space.</source>
        <translation>Name darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>Name must not be a GUID: a GUID is looked up as a profile ID, so a profile with this name could not be found by its name.</source>
        <translation>Name darf keine GUID sein: Eine GUID wird als Profil-ID gesucht, daher könnte ein Profil mit diesem Namen nicht über seinen Namen gefunden werden.</translation>
    </message>
    <message>
        <source>Partner tenant: %1</source>
        <translation>Partnermandant: %1</translation>
    </message>
    <message>
        <source>Partner tenant must name the partner&apos;s own tenant (its ID or a domain such as contoso.onmicrosoft.com), not %1: the refresh token is kept for one tenant.</source>
        <translation>Partnermandant muss den eigenen Mandanten des Partners nennen (seine ID oder eine Domäne wie contoso.onmicrosoft.com), nicht %1: Das Aktualisierungstoken gilt für einen Mandanten.</translation>
    </message>
    <message>
        <source>Partner tenant is the nil GUID, which is no tenant: enter the tenant ID.</source>
        <translation>Partnermandant ist die Null-GUID, die keinen Mandanten bezeichnet: Geben Sie die Mandanten-ID ein.</translation>
    </message>
    <message>
        <source>Client ID is empty: enter the application (client) ID of the app registration, a GUID.</source>
        <translation>Client-ID ist leer: Geben Sie die Anwendungs-ID (Client-ID) der App-Registrierung ein, eine GUID.</translation>
    </message>
    <message>
        <source>Client ID must be the application (client) ID of the app registration, a GUID such as 00000000-0000-0000-0000-000000000000, not %1.</source>
        <translation>Client-ID muss die Anwendungs-ID (Client-ID) der App-Registrierung sein, eine GUID wie 00000000-0000-0000-0000-000000000000, nicht %1.</translation>
    </message>
    <message>
        <source>Client ID is the nil GUID, which no app has: enter the application (client) ID of the app registration.</source>
        <translation>Client-ID ist die Null-GUID, die keine App hat: Geben Sie die Anwendungs-ID (Client-ID) der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>Redirect URI is empty: enter http://localhost (the default) or an https:// URI registered for the app.</source>
        <translation>Umleitungs-URI ist leer: Geben Sie http://localhost (Standard) oder einen für die App registrierten https://-URI ein.</translation>
    </message>
    <message>
        <source>Redirect URI must not begin or end with a space.</source>
        <translation>Umleitungs-URI darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>Redirect URI is not a valid URI.</source>
        <translation>Umleitungs-URI ist kein gültiger URI.</translation>
    </message>
    <message>
        <source>Redirect URI must be absolute, starting with https:// or http://localhost.</source>
        <translation>Umleitungs-URI muss absolut sein und mit https:// oder http://localhost beginnen.</translation>
    </message>
    <message>
        <source>Redirect URI must use https:// (or http:// on a loopback host), not %1://.</source>
        <translation>Umleitungs-URI muss https:// verwenden (oder http:// bei einem Loopback-Host), nicht %1://.</translation>
    </message>
    <message>
        <source>Redirect URI has no host name.</source>
        <translation>Umleitungs-URI hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Redirect URI must not contain a user name or password.</source>
        <translation>Umleitungs-URI darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>Redirect URI must not contain a fragment (#…): Entra refuses it.</source>
        <translation>Umleitungs-URI darf kein Fragment (#…) enthalten: Entra lehnt es ab.</translation>
    </message>
    <message>
        <source>Redirect URI uses http:// with host %1: the authorization code would cross the network unencrypted. Use https://; http:// is allowed only for localhost, 127.0.0.1 and [::1].</source>
        <translation>Umleitungs-URI verwendet http:// mit dem Host %1: Der Autorisierungscode würde unverschlüsselt über das Netzwerk übertragen. Verwenden Sie https://; http:// ist nur für localhost, 127.0.0.1 und [::1] erlaubt.</translation>
    </message>
    <message>
        <source>Certificate thumbprint is set but the credential is %1: a thumbprint belongs to certificate credentials only.</source>
        <translation>Zertifikatfingerabdruck ist festgelegt, aber die Anmeldeinformation ist %1: Ein Fingerabdruck gehört nur zu Zertifikat-Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>Certificate thumbprint is empty: a certificate profile records the x5t thumbprint of its certificate.</source>
        <translation>Zertifikatfingerabdruck ist leer: Ein Zertifikatprofil speichert den x5t-Fingerabdruck seines Zertifikats.</translation>
    </message>
    <message>
        <source>Certificate thumbprint must be the certificate&apos;s x5t (27 characters of base64url encoding a SHA-1 hash), not %1.</source>
        <translation>Zertifikatfingerabdruck muss der x5t des Zertifikats sein (27 base64url-Zeichen, die einen SHA-1-Hash codieren), nicht %1.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ProfileStore</name>
    <message>
        <source>Configuration folder %1 is a file, not a folder.</source>
        <translation>Konfigurationsordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Configuration folder %1 cannot be created.</source>
        <translation>Konfigurationsordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Profiles file %1 is being changed by another PCAuth process; try again when it has finished.</source>
        <translation>Profildatei %1 wird gerade von einem anderen PCAuth-Prozess geändert; versuchen Sie es erneut, wenn dieser fertig ist.</translation>
    </message>
    <message>
        <source>Fix the file or move it away; PCAuth does not overwrite it.</source>
        <translation>Korrigieren Sie die Datei, oder verschieben Sie sie; PCAuth überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>schemaVersion is missing or not a whole number. %1</source>
        <translation>schemaVersion fehlt oder ist keine ganze Zahl. %1</translation>
    </message>
    <message>
        <source>schemaVersion is %1: the file was written by a newer PCAuth, which this version (schema %2) cannot read; upgrade PCAuth. The file is left as it is.</source>
        <translation>schemaVersion ist %1: Die Datei wurde von einer neueren PCAuth-Version geschrieben, die diese Version (Schema %2) nicht lesen kann; aktualisieren Sie PCAuth. Die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>schemaVersion %1 is not a known version. %2</source>
        <translation>schemaVersion %1 ist keine bekannte Version. %2</translation>
    </message>
    <message>
        <source>No configuration folder is known (no home folder): set PCAUTH_CONFIG_DIR or pass --config-dir.</source>
        <translation>Es ist kein Konfigurationsordner bekannt (kein Basisordner): Legen Sie PCAUTH_CONFIG_DIR fest, oder übergeben Sie --config-dir.</translation>
    </message>
    <message>
        <source>Profiles file %1 cannot be read: %2</source>
        <translation>Profildatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Profiles file %1 is not valid JSON: %2 at byte %3. %4</source>
        <translation>Profildatei %1 ist kein gültiges JSON: %2 bei Byte %3. %4</translation>
    </message>
    <message>
        <source>Profiles file %1 does not hold a JSON object. %2</source>
        <translation>Profildatei %1 enthält kein JSON-Objekt. %2</translation>
    </message>
    <message>
        <source>Profiles file %1: %2</source>
        <translation>Profildatei %1: %2</translation>
    </message>
    <message>
        <source>profiles must be a list. %1</source>
        <translation>profiles muss eine Liste sein. %1</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>Es ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>profile %1: %2 %3</source>
        <translation>Profil %1: %2 %3</translation>
    </message>
    <message>
        <source>profiles %1 and %2 have the same id %3. %4</source>
        <translation>Die Profile %1 und %2 haben dieselbe ID %3. %4</translation>
    </message>
    <message>
        <source>Profiles file %1 cannot be written: %2. The previous file is unchanged.</source>
        <translation>Profildatei %1 kann nicht geschrieben werden: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Enter a profile name or ID.</source>
        <translation>Geben Sie einen Profilnamen oder eine Profil-ID ein.</translation>
    </message>
    <message>
        <source>Several profiles are named %1; use the ID of the one you mean: %2.</source>
        <translation>Mehrere Profile heißen %1; verwenden Sie die ID des gewünschten Profils: %2.</translation>
    </message>
    <message>
        <source>No profile named %1: there are no profiles in %2 yet.</source>
        <translation>Kein Profil namens %1: In %2 gibt es noch keine Profile.</translation>
    </message>
    <message>
        <source>No profile named %1; known: %2.</source>
        <translation>Kein Profil namens %1; bekannt: %2.</translation>
    </message>
    <message>
        <source>Name %1 is already used by another profile; choose another name.</source>
        <translation>Der Name %1 wird bereits von einem anderen Profil verwendet; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Name %1 is already used by the profile %2; names must differ in more than letter case.</source>
        <translation>Der Name %1 wird bereits vom Profil %2 verwendet; Namen müssen sich nicht nur in der Groß-/Kleinschreibung unterscheiden.</translation>
    </message>
    <message>
        <source>No profile has the ID %1 in %2.</source>
        <translation>In %2 hat kein Profil die ID %1.</translation>
    </message>
</context>
<context>
    <name>PCAuth::Redirect</name>
    <message>
        <source>The sign-in was cancelled or the consent was declined (access_denied).</source>
        <translation>Die Anmeldung wurde abgebrochen oder die Einwilligung verweigert (access_denied).</translation>
    </message>
    <message>
        <source>Run the consent again and accept the requested permissions; an admin of the partner tenant may have to grant them first.</source>
        <translation>Führen Sie die Einwilligung erneut durch, und akzeptieren Sie die angeforderten Berechtigungen; möglicherweise muss ein Administrator des Partnermandanten sie zuerst erteilen.</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Der Dienst meldete: %1</translation>
    </message>
    <message>
        <source>The answer carries &quot;%1&quot; more than once; it was ignored.</source>
        <translation>Die Antwort enthält &quot;%1&quot; mehrmals; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The answer has no state: this answer was not started by PCAuth, ignored.</source>
        <translation>Die Antwort hat keinen State-Wert: Sie wurde nicht von PCAuth ausgelöst und wird ignoriert.</translation>
    </message>
    <message>
        <source>The answer&apos;s state does not match this sign-in: it comes from an older browser tab or another sign-in, or was forged (cross-site request forgery). It was ignored.</source>
        <translation>Der State-Wert der Antwort passt nicht zu dieser Anmeldung: Sie stammt aus einem älteren Browsertab oder einer anderen Anmeldung oder wurde gefälscht (websiteübergreifende Anforderungsfälschung). Sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The answer has neither a code nor an error; it was ignored.</source>
        <translation>Die Antwort enthält weder einen Code noch einen Fehler; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>This address is not the registered redirect URI %1; it was ignored.</source>
        <translation>Diese Adresse ist nicht der registrierte Umleitungs-URI %1; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The answer arrived in the URL fragment (response_mode=fragment) instead of the query that PCAuth asks for; check what rewrites the sign-in request.</source>
        <translation>Die Antwort kam im URL-Fragment (response_mode=fragment) statt in der von PCAuth angeforderten Abfrage an; prüfen Sie, was die Anmeldeanforderung umschreibt.</translation>
    </message>
</context>
<context>
    <name>PCAuth::RefreshTokenRecord</name>
    <message>
        <source>The refresh-token record has no valid &quot;format&quot;.</source>
        <translation>Der Aktualisierungstoken-Datensatz hat kein gültiges &quot;format&quot;.</translation>
    </message>
    <message>
        <source>The refresh-token record has format %1, written by a newer PCAuth (this one reads up to %2). Update PCAuth.</source>
        <translation>Der Aktualisierungstoken-Datensatz hat Format %1 und wurde von einer neueren PCAuth-Version geschrieben (diese liest bis %2). Aktualisieren Sie PCAuth.</translation>
    </message>
    <message>
        <source>The refresh-token record has a &quot;%1&quot; of the wrong type.</source>
        <translation>Der Aktualisierungstoken-Datensatz hat ein &quot;%1&quot; vom falschen Typ.</translation>
    </message>
    <message>
        <source>The refresh-token record has an invalid &quot;%1&quot; (expected an ISO 8601 date and time).</source>
        <translation>Der Aktualisierungstoken-Datensatz hat ein ungültiges &quot;%1&quot; (erwartet: Datum und Uhrzeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>The refresh-token record has an invalid &quot;mfa&quot; (expected present, absent or unknown).</source>
        <translation>Der Aktualisierungstoken-Datensatz hat ein ungültiges &quot;mfa&quot; (erwartet: present, absent oder unknown).</translation>
    </message>
    <message>
        <source>The refresh-token record is not valid JSON (%1 at byte %2).</source>
        <translation>Der Aktualisierungstoken-Datensatz ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The refresh-token record is not a JSON object.</source>
        <translation>Der Aktualisierungstoken-Datensatz ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The refresh-token record has no &quot;refreshToken&quot;.</source>
        <translation>Der Aktualisierungstoken-Datensatz hat kein &quot;refreshToken&quot;.</translation>
    </message>
</context>
<context>
    <name>PCAuth::ReplaceCredentialDialog</name>
    <message>
        <source>Replace credential</source>
        <translation>Anmeldeinformation ersetzen</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Certificate (PEM or PFX file with its private key)</source>
        <translation>Zertifikat (PEM- oder PFX-Datei mit dem privaten Schlüssel)</translation>
    </message>
    <message>
        <source>Profile “%1” uses a %2. The new credential is tested with Entra ID first; only then is the old one replaced. The refresh token is kept, so no new consent is needed.</source>
        <translation>Profil „%1“ verwendet ein %2. Die neue Anmeldeinformation wird zuerst mit Entra ID getestet; erst dann wird die alte ersetzt. Das Aktualisierungstoken bleibt erhalten, daher ist keine neue Einwilligung nötig.</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Certificate with its private key</source>
        <translation>Zertifikat mit seinem privaten Schlüssel</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.pfx *.p12 *.crt *.key);;All files (*)</source>
        <translation>Zertifikate (*.pem *.pfx *.p12 *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM or PFX with its private key).</source>
        <translation>Wählen Sie die Zertifikatdatei (PEM oder PFX mit dem privaten Schlüssel).</translation>
    </message>
    <message>
        <source>Enter the new client secret of the app registration.</source>
        <translation>Geben Sie das neue Clientgeheimnis der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>Testing the new credential with Entra ID…</source>
        <translation>Die neue Anmeldeinformation wird mit Entra ID getestet…</translation>
    </message>
    <message>
        <source>Saving the new credential in the keychain…</source>
        <translation>Die neue Anmeldeinformation wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>PCAuth::RequestConsolePage</name>
    <message>
        <source>Partner Center</source>
        <translation>Partner Center</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>Azure Resource Manager</source>
        <translation>Azure Resource Manager</translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation>Vollständige URL</translation>
    </message>
    <message>
        <source>Custom request</source>
        <translation>Benutzerdefinierte Anforderung</translation>
    </message>
    <message>
        <source>Empty: the partner tenant. A customer&apos;s tenant id or domain: Graph and ARM calls use a token of that tenant; Partner Center calls use it in the path ({customer}).</source>
        <translation>Leer: der Partnermandant. Die Mandanten-ID oder Domäne eines Kunden: Graph- und ARM-Aufrufe verwenden ein Token dieses Mandanten; Partner Center-Aufrufe verwenden sie im Pfad ({customer}).</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Noch kein Profil</translation>
    </message>
    <message>
        <source>There is no profile yet. Run a partner consent (File, New consent) to make one; then send requests with it here.</source>
        <translation>Es gibt noch kein Profil. Führen Sie eine Partnereinwilligung durch (Datei, Neue Partnereinwilligung), um eines zu erstellen; senden Sie dann hier Anforderungen damit.</translation>
    </message>
    <message>
        <source>Profile: choose a profile first.</source>
        <translation>Profil: Wählen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>HTTP %1%2 · %3 ms</source>
        <translation>HTTP %1%2 · %3 ms</translation>
    </message>
    <message>
        <source>Correlation id (not sent to this service):</source>
        <translation>Korrelations-ID (nicht an diesen Dienst gesendet):</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The request was cancelled; any answer to it is ignored.</source>
        <translation>Die Anforderung wurde abgebrochen; eine Antwort darauf wird ignoriert.</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>PCAuth::SettingsPage</name>
    <message>
        <source>Runs &quot;pcauthctl keepalive --all&quot; as a %1, so that refresh tokens are renewed even when PCAuth is not running.</source>
        <translation>Führt „pcauthctl keepalive --all“ als %1 aus, damit Aktualisierungstoken auch dann erneuert werden, wenn PCAuth nicht läuft.</translation>
    </message>
    <message>
        <source>Not available in sandbox mode: the sandbox and its profiles exist only while PCAuth runs.</source>
        <translation>Im Sandbox-Modus nicht verfügbar: Die Sandbox und ihre Profile existieren nur, solange PCAuth läuft.</translation>
    </message>
    <message>
        <source>pcauthctl was not found beside PCAuth or on the PATH: install it to schedule the keep-alive.</source>
        <translation>pcauthctl wurde weder neben PCAuth noch im PATH gefunden: Installieren Sie es, um das Keep-Alive zu planen.</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-test cancelled.</source>
        <translation>Selbsttest abgebrochen.</translation>
    </message>
    <message>
        <source>This run uses the sandbox; it is starting.</source>
        <translation>Diese Sitzung verwendet die Sandbox; sie wird gestartet.</translation>
    </message>
    <message>
        <source>This run uses the sandbox at %1. No Microsoft tenant is contacted.</source>
        <translation>Diese Sitzung verwendet die Sandbox unter %1. Es wird kein Microsoft-Mandant kontaktiert.</translation>
    </message>
    <message>
        <source>The keep-alive schedule is installed.</source>
        <translation>Der Keep-Alive-Zeitplan ist installiert.</translation>
    </message>
    <message>
        <source>The keep-alive schedule is removed.</source>
        <translation>Der Keep-Alive-Zeitplan ist entfernt.</translation>
    </message>
    <message>
        <source>Stopped waiting for the scheduler. The status above shows what its files say now.</source>
        <translation>Das Warten auf den Zeitplaner wurde beendet. Der Status oben zeigt, was seine Dateien jetzt angeben.</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenBroker</name>
    <message>
        <source>The token broker has been shut down.</source>
        <translation>Der Tokenbroker wurde heruntergefahren.</translation>
    </message>
    <message>
        <source>No audience was given: say which API the token is for (Partner Center, Graph, ARM, Key Vault or a resource URI).</source>
        <translation>Es wurde keine Zielgruppe angegeben: Geben Sie an, für welche API das Token bestimmt ist (Partner Center, Graph, ARM, Key Vault oder ein Ressourcen-URI).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is a public client: app-only tokens need a client secret or a certificate.</source>
        <translation>Profil „%1“ ist ein öffentlicher Client: Reine App-Token benötigen ein Clientgeheimnis oder ein Zertifikat.</translation>
    </message>
    <message>
        <source>Run the partner consent for profile &quot;%1&quot;.</source>
        <translation>Führen Sie die Partnereinwilligung für Profil „%1“ durch.</translation>
    </message>
    <message>
        <source>The refresh token stored for profile &quot;%1&quot; was issued to app %2, but the profile uses app %3: Entra would refuse it (AADSTS700007). Run the partner consent again with this profile&apos;s app.</source>
        <translation>Das für Profil „%1“ gespeicherte Aktualisierungstoken wurde für App %2 ausgestellt, das Profil verwendet aber App %3: Entra würde es ablehnen (AADSTS700007). Führen Sie die Partnereinwilligung mit der App dieses Profils erneut durch.</translation>
    </message>
    <message>
        <source>The time of this redemption could not be recorded (%1); the stored refresh token is unchanged.</source>
        <translation>Der Zeitpunkt dieser Einlösung konnte nicht erfasst werden (%1); das gespeicherte Aktualisierungstoken ist unverändert.</translation>
    </message>
    <message>
        <source>The earlier error of this refresh token could not be cleared for health (%1).</source>
        <translation>Der frühere Fehler dieses Aktualisierungstokens konnte für die Zustandsprüfung nicht gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>This error could not be recorded for health: %1</source>
        <translation>Dieser Fehler konnte für die Zustandsprüfung nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>The stored refresh token was kept; check the network connection or proxy and try again.</source>
        <translation>Das gespeicherte Aktualisierungstoken wurde beibehalten; prüfen Sie die Netzwerkverbindung oder den Proxy, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was signed in again or removed while its refresh token was being redeemed.</source>
        <translation>Profil „%1“ wurde erneut angemeldet oder entfernt, während sein Aktualisierungstoken eingelöst wurde.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was signed in again or removed while its refresh token was being stored.</source>
        <translation>Profil „%1“ wurde erneut angemeldet oder entfernt, während sein Aktualisierungstoken gespeichert wurde.</translation>
    </message>
    <message>
        <source>The new refresh token could not be saved: %1</source>
        <translation>Das neue Aktualisierungstoken konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was removed while its token was being redeemed; nothing was stored.</source>
        <translation>Profil „%1“ wurde entfernt, während sein Token eingelöst wurde; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenEndpointClient</name>
    <message>
        <source>code redemption</source>
        <translation>Codeeinlösung</translation>
    </message>
    <message>
        <source>refresh-token redemption</source>
        <translation>Einlösung des Aktualisierungstokens</translation>
    </message>
    <message>
        <source>app-only token request</source>
        <translation>Anforderung eines reinen App-Tokens</translation>
    </message>
    <message>
        <source>The %1 needs the app&apos;s client secret, and none was loaded.</source>
        <translation>Der Vorgang „%1“ benötigt das Clientgeheimnis der App, und es wurde keines geladen.</translation>
    </message>
    <message>
        <source>The %1 needs the app&apos;s certificate, and none was loaded.</source>
        <translation>Der Vorgang „%1“ benötigt das Zertifikat der App, und es wurde keines geladen.</translation>
    </message>
    <message>
        <source>The client assertion for the %1 could not be made: %2</source>
        <translation>Die Clientassertion für den Vorgang „%1“ konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached.</source>
        <translation>Der Tokenendpunkt konnte nicht erreicht werden.</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenHealth</name>
    <message>
        <source>Run the partner consent again, then enable keep-alive so the token is used regularly.</source>
        <translation>Führen Sie die Partnereinwilligung erneut durch, und aktivieren Sie dann Keep-Alive, damit das Token regelmäßig verwendet wird.</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>kein Fehlercode</translation>
    </message>
    <message>
        <source>The last use of the refresh token failed on %1 (%2): %3</source>
        <translation>Die letzte Verwendung des Aktualisierungstokens ist am %1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>The last use of the refresh token failed (%1): %2</source>
        <translation>Die letzte Verwendung des Aktualisierungstokens ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>The refresh token was %1, %2 days ago: it has most likely expired after %3 days of inactivity (an estimate: the token itself does not say when it expires).</source>
        <translation>Das Aktualisierungstoken wurde %1 (vor %2 Tagen): Es ist höchstwahrscheinlich nach %3 Tagen Inaktivität abgelaufen (eine Schätzung: Das Token selbst gibt nicht an, wann es abläuft).</translation>
    </message>
    <message>
        <source>No successful use of the refresh token has been recorded, so the end of its %1-day inactivity window cannot be estimated.</source>
        <translation>Es wurde keine erfolgreiche Verwendung des Aktualisierungstokens erfasst, daher kann das Ende seines %1-tägigen Inaktivitätsfensters nicht geschätzt werden.</translation>
    </message>
    <message>
        <source>Run a test call to record a successful use of the token.</source>
        <translation>Führen Sie einen Testaufruf durch, um eine erfolgreiche Verwendung des Tokens zu erfassen.</translation>
    </message>
    <message>
        <source>last used on %1</source>
        <translation>zuletzt am %1 verwendet</translation>
    </message>
    <message>
        <source>obtained on %1 and not used since</source>
        <translation>am %1 bezogen und seitdem nicht verwendet</translation>
    </message>
    <message>
        <source>Estimated days left before the refresh token expires from inactivity: %1 (%2; %3-day window). This is an estimate: the token itself does not say when it expires.</source>
        <translation>Geschätzte verbleibende Tage, bevor das Aktualisierungstoken wegen Inaktivität abläuft: %1 (%2; %3-tägiges Fenster). Dies ist eine Schätzung: Das Token selbst gibt nicht an, wann es abläuft.</translation>
    </message>
    <message>
        <source>Use the token now (a test call or keep-alive) to restart its %1-day inactivity window.</source>
        <translation>Verwenden Sie das Token jetzt (ein Testaufruf oder Keep-Alive), um sein %1-tägiges Inaktivitätsfenster neu zu starten.</translation>
    </message>
    <message>
        <source>Estimated days left in the %1-day inactivity window: %2 (%3). This is an estimate: the token itself does not say when it expires.</source>
        <translation>Geschätzte verbleibende Tage im %1-tägigen Inaktivitätsfenster: %2 (%3). Dies ist eine Schätzung: Das Token selbst gibt nicht an, wann es abläuft.</translation>
    </message>
    <message>
        <source>Whether multi-factor authentication was used is unknown: the token does not say.</source>
        <translation>Ob eine mehrstufige Authentifizierung verwendet wurde, ist unbekannt: Das Token gibt es nicht an.</translation>
    </message>
    <message>
        <source>The token has no multi-factor authentication evidence; it was accepted without MFA by the user, but Partner Center rejects app+user calls without it.</source>
        <translation>Das Token hat keinen Nachweis einer mehrstufigen Authentifizierung; der Benutzer hat es ohne MFA akzeptiert, aber Partner Center lehnt App+Benutzer-Aufrufe ohne MFA ab.</translation>
    </message>
    <message>
        <source>The token has no multi-factor authentication evidence; Partner Center rejects app+user calls without it.</source>
        <translation>Das Token hat keinen Nachweis einer mehrstufigen Authentifizierung; Partner Center lehnt App+Benutzer-Aufrufe ohne MFA ab.</translation>
    </message>
    <message>
        <source>Run the partner consent again and complete multi-factor authentication.</source>
        <translation>Führen Sie die Partnereinwilligung erneut durch, und schließen Sie die mehrstufige Authentifizierung ab.</translation>
    </message>
    <message>
        <source>No partner consent has been recorded: there is no refresh token.</source>
        <translation>Es wurde keine Partnereinwilligung erfasst: Es gibt kein Aktualisierungstoken.</translation>
    </message>
    <message>
        <source>Run the partner consent.</source>
        <translation>Führen Sie die Partnereinwilligung durch.</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>MFA missing</source>
        <translation>MFA fehlt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Einwilligung fehlt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>not yet (consent %1)</source>
        <translation>noch nicht (Einwilligung %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n days (estimate)</source>
        <translation>
            <numerusform>%n Tag (Schätzung)</numerusform>
            <numerusform>%n Tage (Schätzung)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenInspectorPage</name>
    <message>
        <source>Decoded. The signature is not checked here: use this view to understand a token, not to trust it.</source>
        <translation>Dekodiert. Die Signatur wird hier nicht geprüft: Verwenden Sie diese Ansicht, um ein Token zu verstehen, nicht, um ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Noch kein Token.</translation>
    </message>
    <message>
        <source>This is not a readable token: %1</source>
        <translation>Dies ist kein lesbares Token: %1</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1. Partner Center refuses app+user calls without MFA.</source>
        <translation>Nein: %1. Partner Center lehnt App+Benutzer-Aufrufe ohne MFA ab.</translation>
    </message>
    <message>
        <source>Cannot tell: %1</source>
        <translation>Nicht feststellbar: %1</translation>
    </message>
    <message>
        <source>none (app-only token)</source>
        <translation>keines (reines App-Token)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>claim label: explanation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No expiry claim</source>
        <translation>Kein Ablaufanspruch</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>Not valid until %1</source>
        <translation>Nicht gültig bis %1</translation>
    </message>
    <message>
        <source>Valid, expires %1</source>
        <translation>Gültig, läuft ab %1</translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenResponse</name>
    <message numerus="yes">
        <source>The token endpoint answered with success but its body is not a JSON object (%n bytes), so no token could be read.</source>
        <translation>
            <numerusform>Der Tokenendpunkt hat mit Erfolg geantwortet, aber sein Text ist kein JSON-Objekt (%n Byte), daher konnte kein Token gelesen werden.</numerusform>
            <numerusform>Der Tokenendpunkt hat mit Erfolg geantwortet, aber sein Text ist kein JSON-Objekt (%n Bytes), daher konnte kein Token gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token endpoint answered with success but without &quot;access_token&quot;.</source>
        <translation>Der Tokenendpunkt hat mit Erfolg geantwortet, aber ohne &quot;access_token&quot;.</translation>
    </message>
    <message>
        <source>The token endpoint answered with success but without &quot;expires_in&quot; or &quot;expires_on&quot;, and the access token has no expiry: it cannot be cached safely.</source>
        <translation>Der Tokenendpunkt hat mit Erfolg geantwortet, aber ohne &quot;expires_in&quot; oder &quot;expires_on&quot;, und das Zugriffstoken hat keinen Ablauf: Es kann nicht sicher zwischengespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PCAuth::TrayIcon</name>
    <message>
        <source>&amp;Show PCAuth</source>
        <translation>PCAuth &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>Alle a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Token expires soon</source>
        <translation>Token läuft bald ab</translation>
    </message>
    <message numerus="yes">
        <source>%1: about %n days left before the refresh token expires from inactivity (estimate). %2</source>
        <translation>
            <numerusform>%1: noch etwa %n Tag, bevor das Aktualisierungstoken wegen Inaktivität abläuft (Schätzung). %2</numerusform>
            <numerusform>%1: noch etwa %n Tage, bevor das Aktualisierungstoken wegen Inaktivität abläuft (Schätzung). %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Token needs attention</source>
        <translation>Token erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>PCAuth: no profile yet</source>
        <translation>PCAuth: noch kein Profil</translation>
    </message>
    <message>
        <source>PCAuth: %1</source>
        <translation>PCAuth: %1</translation>
    </message>
    <message>
        <source>PCAuth keeps running</source>
        <translation>PCAuth läuft weiter</translation>
    </message>
    <message>
        <source>PCAuth is still running in the tray, so that it can keep the tokens alive. Quit it from the tray menu or with File &gt; Quit; to quit whenever the window is closed, turn on “Quit when the window is closed” in Settings.</source>
        <translation>PCAuth läuft im Infobereich weiter, damit es die Token aktiv halten kann. Beenden Sie es über das Menü im Infobereich oder mit Datei &gt; Beenden; damit es beim Schließen des Fensters immer beendet wird, aktivieren Sie „Beenden, wenn das Fenster geschlossen wird“ in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>PCAuth::Vault</name>
    <message>
        <source>Profile id &quot;%1&quot; cannot name a keychain item: it is empty or contains a slash or a space.</source>
        <translation>Die Profil-ID „%1“ kann kein Schlüsselbundelement benennen: Sie ist leer oder enthält einen Schrägstrich oder ein Leerzeichen.</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>certificate key</source>
        <translation>Zertifikatschlüssel</translation>
    </message>
    <message>
        <source>run consent again</source>
        <translation>führen Sie die Einwilligung erneut durch</translation>
    </message>
    <message>
        <source>enter the client secret again</source>
        <translation>geben Sie das Clientgeheimnis erneut ein</translation>
    </message>
    <message>
        <source>add the certificate again</source>
        <translation>fügen Sie das Zertifikat erneut hinzu</translation>
    </message>
    <message>
        <source>No refresh token to store for profile %1.</source>
        <translation>Für Profil %1 ist kein Aktualisierungstoken zum Speichern vorhanden.</translation>
    </message>
    <message>
        <source>The %1 to store is empty.</source>
        <translation>Der zu speichernde Wert (%1) ist leer.</translation>
    </message>
    <message>
        <source>The %1 of profile %2 was not stored; nothing was changed. %3</source>
        <translation>%1 von Profil %2 wurde nicht gespeichert; es wurde nichts geändert. %3</translation>
    </message>
    <message>
        <source>the previous one is kept</source>
        <translation>der bisherige Wert bleibt erhalten</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The %1 of profile %2 was not stored in %3; %4. %5</source>
        <translation>%1 von Profil %2 wurde nicht in %3 gespeichert; %4. %5</translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation>die zurückgelesenen Daten unterscheiden sich von den geschriebenen</translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be verified in %3 (%4), and putting the previous one back failed too: %5</source>
        <translation>%1 von Profil %2 konnte in %3 nicht überprüft werden (%4), und auch das Zurückschreiben des vorherigen Werts ist fehlgeschlagen: %5</translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be verified in %3 (%4); the previous one was put back.</source>
        <translation>%1 von Profil %2 konnte in %3 nicht überprüft werden (%4); der vorherige Wert wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be verified in %3 (%4); it was removed again.</source>
        <translation>%1 von Profil %2 konnte in %3 nicht überprüft werden (%4); es wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>The %1 of profile %2 is stored in %3, but the vault index was not updated: %4</source>
        <translation>%1 von Profil %2 ist in %3 gespeichert, aber der Tresorindex wurde nicht aktualisiert: %4</translation>
    </message>
    <message>
        <source>The refresh token of profile %1 in %2 cannot be used: %3 Run consent again to replace it.</source>
        <translation>Das Aktualisierungstoken von Profil %1 in %2 kann nicht verwendet werden: %3 Führen Sie die Einwilligung erneut durch, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be read. %3</source>
        <translation>%1 von Profil %2 konnte nicht gelesen werden. %3</translation>
    </message>
    <message>
        <source>%1 returned no %2 for profile %3, although one was stored on %4. If the keyring is locked, unlock it and try again; if the item was deleted, %5.</source>
        <translation>%1 hat für Profil %3 keinen Wert für %2 geliefert, obwohl am %4 einer gespeichert wurde. Wenn der Schlüsselbund gesperrt ist, entsperren Sie ihn, und versuchen Sie es erneut; wenn das Element gelöscht wurde, %5.</translation>
    </message>
    <message>
        <source>No %1 is stored for profile %2 in %3.</source>
        <translation>Für Profil %2 ist in %3 kein %1 gespeichert.</translation>
    </message>
    <message>
        <source>The %1 of profile %2 was not removed. %3</source>
        <translation>%1 von Profil %2 wurde nicht entfernt. %3</translation>
    </message>
    <message>
        <source>Another PCAuth process stored a new refresh token for profile %1 in the same moment; that one is kept in %2 (both are valid).</source>
        <translation>Ein anderer PCAuth-Prozess hat im selben Moment ein neues Aktualisierungstoken für Profil %1 gespeichert; dieses bleibt in %2 erhalten (beide sind gültig).</translation>
    </message>
    <message>
        <source>The refresh token of profile %1 was removed while it was being redeemed, so its successor was not stored.</source>
        <translation>Das Aktualisierungstoken von Profil %1 wurde entfernt, während es eingelöst wurde; daher wurde sein Nachfolger nicht gespeichert.</translation>
    </message>
    <message>
        <source>A new consent was stored for profile %1 while its previous refresh token was being redeemed; the new consent is kept and the old token&apos;s successor was not stored.</source>
        <translation>Für Profil %1 wurde eine neue Einwilligung gespeichert, während sein bisheriges Aktualisierungstoken eingelöst wurde; die neue Einwilligung bleibt erhalten, und der Nachfolger des alten Tokens wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The %1 of profile %2 was written to %3 but could not be read back (%4). It was left as written: the previous one could not be read either, so removing the new one could lose the only copy. If the keyring is locked, unlock it and check the profile&apos;s health; if it fails, %5.</source>
        <translation>%1 von Profil %2 wurde in %3 geschrieben, konnte aber nicht zurückgelesen werden (%4). Der geschriebene Wert wurde belassen: Auch der vorherige Wert konnte nicht gelesen werden, daher könnte beim Entfernen des neuen Werts die einzige Kopie verloren gehen. Wenn der Schlüsselbund gesperrt ist, entsperren Sie ihn, und prüfen Sie den Zustand des Profils; wenn die Prüfung fehlschlägt, %5.</translation>
    </message>
    <message>
        <source>The keychain item&apos;s lock file %1 cannot be created; check that the folder is writable.</source>
        <translation>Die Sperrdatei %1 des Schlüsselbundeintrags kann nicht angelegt werden; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Another PCAuth process has been changing this keychain item for %1 seconds; try again when that process has finished.</source>
        <translation>Ein anderer PCAuth-Prozess ändert diesen Schlüsselbundeintrag seit %1 Sekunden; versuchen Sie es erneut, wenn dieser Prozess fertig ist.</translation>
    </message>
</context>
<context>
    <name>PCAuth::VaultIndex</name>
    <message>
        <source>Folder %1 cannot be created.</source>
        <translation>Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Vault index %1 cannot be read: %2.</source>
        <translation>Tresorindex %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Fix the file or move it away; PCAuth does not overwrite it.</source>
        <translation>Korrigieren Sie die Datei, oder verschieben Sie sie; PCAuth überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>Vault index %1 is not a valid JSON object. %2</source>
        <translation>Tresorindex %1 ist kein gültiges JSON-Objekt. %2</translation>
    </message>
    <message>
        <source>Vault index %1 has schemaVersion %2, written by a newer PCAuth (this one reads up to %3). Update PCAuth.</source>
        <translation>Tresorindex %1 hat schemaVersion %2 und wurde von einer neueren PCAuth-Version geschrieben (diese liest bis %3). Aktualisieren Sie PCAuth.</translation>
    </message>
    <message>
        <source>Vault index %1 lacks a valid &quot;%2&quot; or &quot;%3&quot;. %4</source>
        <translation>Tresorindex %1 hat kein gültiges &quot;%2&quot; oder &quot;%3&quot;. %4</translation>
    </message>
    <message>
        <source>Vault index %1 cannot be written: %2. The previous file is unchanged.</source>
        <translation>Tresorindex %1 kann nicht geschrieben werden: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Vault index %1 is being changed by another PCAuth process; try again when it has finished.</source>
        <translation>Tresorindex %1 wird gerade von einem anderen PCAuth-Prozess geändert; versuchen Sie es erneut, wenn dieser fertig ist.</translation>
    </message>
    <message>
        <source>Vault index %1: profile %2: %3</source>
        <translation>Tresorindex %1: Profil %2: %3</translation>
    </message>
    <message>
        <source>Vault index %1: profile %2: &quot;%3&quot; has no known &quot;source&quot;.</source>
        <translation>Tresorindex %1: Profil %2: &quot;%3&quot; hat keine bekannte &quot;source&quot;.</translation>
    </message>
    <message>
        <source>Vault index %1 cannot be locked for a change (%2), so it was not changed. Check that the folder is writable by you and not full.</source>
        <translation>Tresorindex %1 kann für eine Änderung nicht gesperrt werden (%2), daher wurde er nicht geändert. Prüfen Sie, ob der Ordner für Sie beschreibbar und nicht voll ist.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>PCAuth::main</name>
    <message>
        <source>Partner consent, token health and test calls for Microsoft CSP partners.</source>
        <translation>Partnereinwilligung, Tokenzustand und Testaufrufe für Microsoft-CSP-Partner.</translation>
    </message>
    <message>
        <source>Show versions of PCAuth, Qt, QtKeychain and OpenSSL.</source>
        <translation>Versionen von PCAuth, Qt, QtKeychain und OpenSSL anzeigen.</translation>
    </message>
    <message>
        <source>Open the Token Inspector on the token in FILE (- reads standard input, e.g. from pcauthctl token --show-token).</source>
        <translation>Den Token-Inspektor mit dem Token in FILE öffnen (- liest von der Standardeingabe, z. B. aus pcauthctl token --show-token).</translation>
    </message>
    <message>
        <source>pcauth: cannot read %1: %2
</source>
        <translation>pcauth: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>Run on an embedded sandbox (a stand-in for Entra ID, Partner Center and Graph on 127.0.0.1) with a demo profile: try everything without a Microsoft tenant.</source>
        <translation>In einer eingebetteten Sandbox ausführen (ein Ersatz für Entra ID, Partner Center und Graph auf 127.0.0.1) mit einem Demoprofil: Probieren Sie alles ohne Microsoft-Mandanten aus.</translation>
    </message>
    <message>
        <source>Read and write profiles in DIR (as pcauthctl --config-dir).</source>
        <translation>Profile in DIR lesen und schreiben (wie pcauthctl --config-dir).</translation>
    </message>
    <message>
        <source>As --sandbox, on a pcauth-sandbox already running at URL (the address it prints), e.g. one started with --customers 5000 or --latency-ms 200.</source>
        <translation>Wie --sandbox, aber mit einer bereits unter URL laufenden pcauth-sandbox (der Adresse, die sie ausgibt), z. B. einer mit --customers 5000 oder --latency-ms 200 gestarteten.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesForm</name>
    <message>
        <source>&lt;p&gt;The consent records a refresh token for a &lt;b&gt;dedicated integration account&lt;/b&gt; of the partner tenant (for example svc-pcauth@contoso.onmicrosoft.com): an account used by no person, with a strong password and &lt;b&gt;multi-factor authentication&lt;/b&gt;. Partner Center refuses app+user calls whose token shows no MFA.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;app registration&lt;/b&gt; of the profile must exist in the partner tenant, have the Partner Center and Microsoft Graph delegated permissions granted, and list the redirect URI below (platform &quot;Mobile and desktop applications&quot; or &quot;Web&quot;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Einwilligung erfasst ein Aktualisierungstoken für ein &lt;b&gt;dediziertes Integrationskonto&lt;/b&gt; des Partnermandanten (zum Beispiel svc-pcauth@contoso.onmicrosoft.com): ein Konto, das von keiner Person verwendet wird, mit einem starken Kennwort und &lt;b&gt;mehrstufiger Authentifizierung&lt;/b&gt;. Partner Center lehnt App+Benutzer-Aufrufe ab, deren Token keine MFA ausweist.&lt;/p&gt;&lt;p&gt;Die &lt;b&gt;App-Registrierung&lt;/b&gt; des Profils muss im Partnermandanten vorhanden sein, die delegierten Berechtigungen für Partner Center und Microsoft Graph erteilt haben und den unten stehenden Umleitungs-URI enthalten (Plattform „Mobilgerät- und Desktopanwendungen“ oder „Web“).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Redirect URI to register in the app registration:</source>
        <translation>&amp;Umleitungs-URI, der in der App-Registrierung registriert werden muss:</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Zu registrierender Umleitungs-URI</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Den Umleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>&amp;Accept a token without MFA (not recommended)</source>
        <translation>Token ohne MFA &amp;akzeptieren (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Accept a token without MFA (not recommended)</source>
        <translation>Token ohne MFA akzeptieren (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Keep the token even if the sign-in shows no multi-factor authentication. Partner Center will refuse most calls with it and health flags it.</source>
        <translation>Das Token auch behalten, wenn die Anmeldung keine mehrstufige Authentifizierung ausweist. Partner Center lehnt damit die meisten Aufrufe ab, und die Zustandsprüfung markiert es.</translation>
    </message>
    <message>
        <source>Where to sign in</source>
        <translation>Wo die Anmeldung erfolgt</translation>
    </message>
    <message>
        <source>Sign in &amp;here, in a private browser window of PCAuth</source>
        <translation>&amp;Hier anmelden, in einem privaten Browserfenster von PCAuth</translation>
    </message>
    <message>
        <source>Sign in here</source>
        <translation>Hier anmelden</translation>
    </message>
    <message>
        <source>Sign in with the &amp;system browser (PCAuth listens on this computer for the answer)</source>
        <translation>Mit dem &amp;Systembrowser anmelden (PCAuth wartet auf diesem Computer auf die Antwort)</translation>
    </message>
    <message>
        <source>Sign in with the system browser</source>
        <translation>Mit dem Systembrowser anmelden</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Use an &amp;existing profile</source>
        <translation>Vorhandenes Profil &amp;verwenden</translation>
    </message>
    <message>
        <source>Use an existing profile</source>
        <translation>Vorhandenes Profil verwenden</translation>
    </message>
    <message>
        <source>Existing profile</source>
        <translation>Vorhandenes Profil</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>Neues Profil erstellen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Contoso production</source>
        <translation>Contoso Produktion</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Cloud &amp;file:</source>
        <translation>Cloud-&amp;Datei:</translation>
    </message>
    <message>
        <source>Custom cloud file</source>
        <translation>Benutzerdefinierte Cloud-Datei</translation>
    </message>
    <message>
        <source>/path/to/cloud.json</source>
        <translation>/pfad/zu/cloud.json</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the custom cloud file</source>
        <translation>Die benutzerdefinierte Cloud-Datei auswählen</translation>
    </message>
    <message>
        <source>Partner &amp;tenant:</source>
        <translation>&amp;Partnermandant:</translation>
    </message>
    <message>
        <source>Partner tenant</source>
        <translation>Partnermandant</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant id</source>
        <translation>contoso.onmicrosoft.com oder Mandanten-ID</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>&amp;Anwendungs-ID (Client-ID):</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Cre&amp;dential:</source>
        <translation>Anmelde&amp;information:</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Anmeldeinformation</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client&amp;geheimnis:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheimnis</translation>
    </message>
    <message>
        <source>Certificate f&amp;ile:</source>
        <translation>&amp;Zertifikatdatei:</translation>
    </message>
    <message>
        <source>Certificate file (PEM or PFX)</source>
        <translation>Zertifikatdatei (PEM oder PFX)</translation>
    </message>
    <message>
        <source>/path/to/certificate.pfx</source>
        <translation>/pfad/zu/zertifikat.pfx</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Die Zertifikatdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>PFX password or PEM key passphrase</source>
        <translation>PFX-Kennwort oder Passphrase des PEM-Schlüssels</translation>
    </message>
    <message>
        <source>Pr&amp;otocol:</source>
        <translation>Pro&amp;tokoll:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>&amp;Umleitungs-URI:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Umleitungs-URI</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Profil wird gespeichert</translation>
    </message>
    <message>
        <source>Partner tenant:</source>
        <translation>Partnermandant:</translation>
    </message>
    <message>
        <source>Partner tenant of the profile</source>
        <translation>Partnermandant des Profils</translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation>Anwendungs-ID (Client-ID):</translation>
    </message>
    <message>
        <source>Application (client) ID of the profile</source>
        <translation>Anwendungs-ID (Client-ID) des Profils</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Cloud:</translation>
    </message>
    <message>
        <source>Cloud of the profile</source>
        <translation>Cloud des Profils</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>Anmeldeinformation:</translation>
    </message>
    <message>
        <source>Credential of the profile</source>
        <translation>Anmeldeinformation des Profils</translation>
    </message>
    <message>
        <source>&amp;Create a new profile</source>
        <translation>&amp;Neues Profil erstellen</translation>
    </message>
</context>
<context>
    <name>ReplaceCredentialDialog</name>
    <message>
        <source>Replace credential</source>
        <translation>Anmeldeinformation ersetzen</translation>
    </message>
    <message>
        <source>What this replaces</source>
        <translation>Was ersetzt wird</translation>
    </message>
    <message>
        <source>New &amp;credential:</source>
        <translation>Neue &amp;Anmeldeinformation:</translation>
    </message>
    <message>
        <source>Kind of the new credential</source>
        <translation>Art der neuen Anmeldeinformation</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client&amp;geheimnis:</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Neues Clientgeheimnis</translation>
    </message>
    <message>
        <source>Certificate &amp;file:</source>
        <translation>&amp;Zertifikatdatei:</translation>
    </message>
    <message>
        <source>Certificate file (PEM or PFX with its private key)</source>
        <translation>Zertifikatdatei (PEM oder PFX mit dem privaten Schlüssel)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Die Zertifikatdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>PFX password or key passphrase, if any</source>
        <translation>PFX-Kennwort oder Passphrase des Schlüssels, falls vorhanden</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Zertifikatkennwort</translation>
    </message>
    <message>
        <source>Replacement progress</source>
        <translation>Fortschritt des Ersetzens</translation>
    </message>
    <message>
        <source>Replacement status</source>
        <translation>Status des Ersetzens</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace the credential</source>
        <translation>Die Anmeldeinformation ersetzen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RequestConsolePage</name>
    <message>
        <source>Request console</source>
        <translation>Anforderungskonsole</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Partner tenant (or a customer tenant id or domain)</source>
        <translation>Partnermandant (oder eine Kundenmandanten-ID oder -Domäne)</translation>
    </message>
    <message>
        <source>Pr&amp;eset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Preset call</source>
        <translation>Vordefinierter Aufruf</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Me&amp;thode:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Pat&amp;h or URL:</source>
        <translation>Pfad oder &amp;URL:</translation>
    </message>
    <message>
        <source>Path or URL</source>
        <translation>Pfad oder URL</translation>
    </message>
    <message>
        <source>Request b&amp;ody (JSON):</source>
        <translation>Anforderungste&amp;xt (JSON):</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anforderungstext</translation>
    </message>
    <message>
        <source>Body problem</source>
        <translation>Problem im Text</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anforderung senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Die Anforderung senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anforderung abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the answer (Esc)</source>
        <translation>Nicht mehr auf die Antwort warten (Esc)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the last request as a curl command line; the token is replaced by $TOKEN</source>
        <translation>Die letzte Anforderung als curl-Befehlszeile kopieren; das Token wird durch $TOKEN ersetzt</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anforderung wird ausgeführt</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Noch keine Anforderung gesendet.</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>T&amp;ext</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Finden:</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <source>Ctrl+F; Enter: next, Shift+Enter: previous</source>
        <translation>Ctrl+F; Eingabetaste: nächster, Umschalt+Eingabetaste: vorheriger</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Re&amp;quest headers</source>
        <translation>Anforderungs-&amp;Header</translation>
    </message>
    <message>
        <source>Request headers sent</source>
        <translation>Gesendete Anforderungsheader</translation>
    </message>
    <message>
        <source>Response hea&amp;ders</source>
        <translation>Antwort-He&amp;ader</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwortheader</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Multi-factor authentication:</source>
        <translation>Mehrstufige Authentifizierung:</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Mehrstufige Authentifizierung</translation>
    </message>
    <message>
        <source>Refresh token stored in:</source>
        <translation>Aktualisierungstoken gespeichert in:</translation>
    </message>
    <message>
        <source>Refresh token stored in</source>
        <translation>Aktualisierungstoken gespeichert in</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>Die Anmeldung erneut versuchen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Back-End:</translation>
    </message>
    <message>
        <source>Keychain backend</source>
        <translation>Schlüsselbund-Back-End</translation>
    </message>
    <message>
        <source>Service name:</source>
        <translation>Dienstname:</translation>
    </message>
    <message>
        <source>Keychain service name</source>
        <translation>Dienstname im Schlüsselbund</translation>
    </message>
    <message>
        <source>Run keychain self-test</source>
        <translation>Selbsttest des Schlüsselbunds ausführen</translation>
    </message>
    <message>
        <source>&amp;Run self-test</source>
        <translation>Selbsttest &amp;ausführen</translation>
    </message>
    <message>
        <source>Keychain self-test in progress</source>
        <translation>Selbsttest des Schlüsselbunds läuft</translation>
    </message>
    <message>
        <source>Cancel keychain self-test</source>
        <translation>Selbsttest des Schlüsselbunds abbrechen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Keychain self-test result</source>
        <translation>Ergebnis des Schlüsselbund-Selbsttests</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anforderungen:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anforderungen in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>Customer checks at once</source>
        <translation>Gleichzeitige Kundenprüfungen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Warning window:</source>
        <translation>&amp;Warnzeitraum:</translation>
    </message>
    <message>
        <source>Warning window in days</source>
        <translation>Warnzeitraum in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A profile shows a warning this many days before its 90-day inactivity window ends.</source>
        <translation>Ein Profil zeigt so viele Tage vor dem Ende seines 90-tägigen Inaktivitätsfensters eine Warnung an.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>Wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Tray and keep-alive while running</source>
        <translation>Infobereich und Keep-Alive während der Ausführung</translation>
    </message>
    <message>
        <source>Show the tray icon and notifications</source>
        <translation>Symbol im Infobereich und Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Show the tray icon and &amp;notifications</source>
        <translation>Symbol im Infobereich und Be&amp;nachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Keep tokens alive while PCAuth runs</source>
        <translation>Token aktiv halten, solange PCAuth läuft</translation>
    </message>
    <message>
        <source>&amp;Keep tokens alive while PCAuth runs</source>
        <translation>Token aktiv &amp;halten, solange PCAuth läuft</translation>
    </message>
    <message>
        <source>Ever&amp;y:</source>
        <translation>Al&amp;le:</translation>
    </message>
    <message>
        <source>Keep-alive interval in hours</source>
        <translation>Keep-Alive-Intervall in Stunden</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Keep-alive schedule (outside the app)</source>
        <translation>Keep-Alive-Zeitplan (außerhalb der App)</translation>
    </message>
    <message>
        <source>Keep-alive schedule</source>
        <translation>Keep-Alive-Zeitplan</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Keep-alive schedule status</source>
        <translation>Status des Keep-Alive-Zeitplans</translation>
    </message>
    <message>
        <source>Run e&amp;very:</source>
        <translation>Ausführungs&amp;intervall:</translation>
    </message>
    <message>
        <source>Keep-alive schedule interval</source>
        <translation>Intervall des Keep-Alive-Zeitplans</translation>
    </message>
    <message>
        <source>Install keep-alive schedule</source>
        <translation>Keep-Alive-Zeitplan installieren</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>Ins&amp;tallieren</translation>
    </message>
    <message>
        <source>Remove keep-alive schedule</source>
        <translation>Keep-Alive-Zeitplan entfernen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Keep-alive schedule change in progress</source>
        <translation>Änderung des Keep-Alive-Zeitplans läuft</translation>
    </message>
    <message>
        <source>Stop waiting for the scheduler</source>
        <translation>Nicht mehr auf den Zeitplaner warten</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Keep-alive schedule result</source>
        <translation>Ergebnis des Keep-Alive-Zeitplans</translation>
    </message>
    <message>
        <source>Sandbox and demo</source>
        <translation>Sandbox und Demo</translation>
    </message>
    <message>
        <source>Start on the sandbox next time</source>
        <translation>Beim nächsten Start in der Sandbox starten</translation>
    </message>
    <message>
        <source>Start on the &amp;sandbox next time</source>
        <translation>Beim nächsten Start in der Sandbo&amp;x starten</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>Sandbox-Adresse</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Settings file path</source>
        <translation>Pfad der Einstellungsdatei</translation>
    </message>
    <message>
        <source>No token, secret or key is ever written here.</source>
        <translation>Hier werden niemals Token, Geheimnisse oder Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The request timeout applies to the next request; requests under way keep theirs. The concurrency applies to the next customer check.</source>
        <translation>Das Zeitlimit gilt ab der nächsten Anforderung; laufende Anforderungen behalten ihres. Die Parallelität gilt für die nächste Kundenprüfung.</translation>
    </message>
    <message>
        <source>Quit when the window is closed</source>
        <translation>Beenden, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Closing the window quits PCAuth even when the tray could keep it running to keep the tokens alive</source>
        <translation>Das Schließen des Fensters beendet PCAuth, auch wenn es im Infobereich weiterlaufen könnte, um die Token aktiv zu halten</translation>
    </message>
    <message>
        <source>&amp;Quit when the window is closed</source>
        <translation>B&amp;eenden, wenn das Fenster geschlossen wird</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>Address of the sign-in page</source>
        <translation>Adresse der Anmeldeseite</translation>
    </message>
    <message>
        <source>Connection note</source>
        <translation>Verbindungshinweis</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Ladefortschritt der Seite</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. PCAuth is waiting for the answer on this computer. If no browser opened, copy this link into one:</source>
        <translation>Melden Sie sich in dem geöffneten Browserfenster an. PCAuth wartet auf diesem Computer auf die Antwort. Falls sich kein Browser geöffnet hat, kopieren Sie diesen Link in einen Browser:</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Open in system browser instead</source>
        <translation>Stattdessen im Systembrowser öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>Den Anmeldelink kopieren</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Die Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Open in system b&amp;rowser instead</source>
        <translation>Stattdessen im Systemb&amp;rowser öffnen</translation>
    </message>
    <message>
        <source>C&amp;ancel sign-in</source>
        <translation>Anmeldung abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>TokenInspectorPage</name>
    <message>
        <source>Token inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <source>Paste an access token or id token to see who it is for, what it allows, whether multi-factor authentication was used, and when it expires. The token is decoded on this computer only; it is not sent anywhere or stored.</source>
        <translation>Fügen Sie ein Zugriffstoken oder ID-Token ein, um zu sehen, für wen es bestimmt ist, was es erlaubt, ob eine mehrstufige Authentifizierung verwendet wurde und wann es abläuft. Das Token wird nur auf diesem Computer dekodiert; es wird weder gesendet noch gespeichert.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste token from clipboard</source>
        <translation>Token aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear token</source>
        <translation>Token leeren</translation>
    </message>
    <message>
        <source>Decoding result</source>
        <translation>Dekodierergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Multi-factor authentication:</source>
        <translation>Mehrstufige Authentifizierung:</translation>
    </message>
    <message>
        <source>MFA verdict</source>
        <translation>MFA-Urteil</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Expiry countdown</source>
        <translation>Ablauf-Countdown</translation>
    </message>
    <message>
        <source>Signed-in account:</source>
        <translation>Angemeldetes Konto:</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Ansprüche</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Ansprüche</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Anspruch</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>Token-Header</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
</context>
</TS>
