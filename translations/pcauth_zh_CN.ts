<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>PCAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PCAuth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::ApiResult</name>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1 · correlation id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 (HTTP %2) is not valid JSON: %3 at byte %4. It may have been cut off on the way; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::AuthorizationRequest</name>
    <message>
        <source>The application (client) id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an absolute URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI must not contain a fragment (#...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is empty: a v1 sign-in needs the audience (resource).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope list is empty: a v2 sign-in needs at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state is empty: it is needed to recognise the answer of this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nonce is empty: it is needed to check the id_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCE pair is empty: the code could be redeemed by anyone who sees it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::ChunkedSecretStore</name>
    <message>
        <source>The item &quot;%1&quot; in %2 is damaged (%3). Store it again; for a refresh token, run consent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of parts is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parts do not add up to the stored length and checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes need more than %2 parts of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is too large for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was removed from %2, but %n of its parts could not be: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::Claims</name>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service this token is for. A Partner Center token names https://api.partnercenter.microsoft.com (or its application ID fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd); other services reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued the token: Entra ID, for the tenant and cloud in the address (https://sts.windows.net/{tenant}/ for version 1.0 tokens, https://login.microsoftonline.com/{tenant}/v2.0 for version 2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Entra ID tenant the token was issued in. For Partner Center calls this is your partner tenant; for calls on behalf of a customer, the customer&apos;s tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in name of the user the token acts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A readable name for the user, usually the sign-in name (version 1.0 tokens). For display only: it can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name as shown to people (version 2.0 tokens). For display only: it can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s display name, for showing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address of the user, when the account has one. For display only: it can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the user (or, in an app-only token, the application&apos;s service principal) in this tenant. It is the same for every application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID of the user that is different for each application; use oid to recognise the same user across applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID of the application that requested the token (version 1.0 tokens): for Partner Center, the app registered for the Secure Application Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID of the application that requested the token (version 2.0 tokens; version 1.0 tokens use appid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the application proved its identity: 0 = public client (no secret), 1 = client secret, 2 = certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the application proved its identity (version 2.0 tokens): 0 = public client (no secret), 1 = client secret, 2 = certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;app&apos; for an app-only token (no user), &apos;user&apos; for a token that acts for a signed-in user. Many Partner Center calls accept only app+user tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions (scopes) the application has to act for the user, separated by spaces. Partner Center needs user_impersonation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application permissions granted to the app (in app-only tokens), or the app roles assigned to the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template IDs of the Entra ID roles the user holds in this tenant; for example 62e90394-69f5-4237-9190-012177145e10 is Global Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the user signed in. &apos;mfa&apos; or &apos;ngcmfa&apos; means multi-factor authentication was performed; Partner Center requires it for app+user calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a federated identity provider (such as AD FS) signed the user in. Partner Center counts it as multi-factor only when it is http://schemas.microsoft.com/claims/multipleauthn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;1&apos; for a normal sign-in, &apos;0&apos; when the sign-in did not meet ISO/IEC 29115 (for example anonymous). It does not say whether MFA was used: see amr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the user last entered their credentials. Tokens obtained later with a refresh token keep this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this token was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid before this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid from this time on. Access tokens last about 60 to 90 minutes; a new one is obtained with the refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token format, &apos;1.0&apos; or &apos;2.0&apos;. For an access token the API it is for chooses the format, not the endpoint that issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address the user signed in from, as Entra ID saw it. Useful when checking Conditional Access location rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random value the application sent when sign-in started; finding it again in the ID token shows the token answers that sign-in and is not a replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the tenant was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal to Entra ID (the sign-in session); it can be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal to Entra ID (an ID of this token); it can be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal to Entra ID; it can be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::ClientAssertion</name>
    <message>
        <source>No certificate is loaded to sign the client assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is empty: the client assertion needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client assertion cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::ClientCertificate</name>
    <message>
        <source>The private key is encrypted: give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key: check the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text holds no private key: put the certificate and its private key in one PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in the PEM text is damaged or in an unsupported format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is larger than %1 bytes: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text holds no certificate (no &quot;BEGIN CERTIFICATE&quot; block): put the certificate and its private key in one PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in the PEM text is damaged: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file is larger than %1 bytes: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 (PFX) file: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX password is wrong: the file&apos;s integrity check fails with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file is protected by a password: give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file cannot be decrypted although its password is right: it probably uses a legacy cipher (RC2 or 3DES) that OpenSSL 3 no longer enables. Export it again with AES-256 (openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file holds no private key: export the certificate again with its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is of type %1, not RSA: client assertions are signed RS256, which needs an RSA key. Create the certificate with an RSA key of 2048 bits or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate (the certificate holds another public key): use the key created with this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not sign with the certificate&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::ClientCredential</name>
    <message>
        <source>The client secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate key of profile &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate stored for profile &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::Cloud</name>
    <message>
        <source>Global (Azure public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>21Vianet (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthCloud is missing: this is not a PCAuth cloud file (expected &quot;pcauthCloud&quot;: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthCloud must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthCloud must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthCloud is %1: the file was written by a newer PCAuth. This version reads format %2; update PCAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthCloud is %1, which is not a known format (expected 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id must be 1 to 40 characters from a-z, 0-9 and “-”, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id “%1” belongs to a built-in cloud: choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is empty: give the cloud a name to show in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud file is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud file must hold a JSON object ({…}) at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoints must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file %1 is too large (%2 bytes; a cloud file is at most 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file %1 is too large (a cloud file is at most 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: enter an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an absolute URL starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https://, not %2://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…) or a fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses http:// with host %2: tokens would cross the network unencrypted. Use https://; http:// is allowed only for loopback hosts (localhost, 127.0.0.1, ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: enter the token audience, an https:// URI or an application ID (GUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an absolute https:// URI or an application ID (GUID), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a tenant: its ID (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant must not contain “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant must not contain “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tenant: enter a tenant ID (a GUID such as 00000000-0000-0000-0000-000000000000), a domain such as contoso.onmicrosoft.com, or organizations, common or consumers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::ConsentFlow</name>
    <message>
        <source>This consent is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not come back with an answer; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra returned no refresh token (was offline_access granted?); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra returned no id_token although the sign-in asked for openid, so the sign-in cannot be verified; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in cannot be verified: the OpenID configuration could not be fetched (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in cannot be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in cannot be verified: the signing keys could not be fetched (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token of the sign-in was refused, nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token carries no amr claim; the access token&apos;s was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra sent no signed id_token and the access token cannot be read, so MFA cannot be checked; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra sent no signed id_token (v1), so the MFA evidence was taken from the access token&apos;s amr claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 shows no multi-factor authentication (%2). Partner Center refuses app+user calls without MFA, so the refresh token was NOT stored. Sign in again with MFA, or accept a token without MFA explicitly (health will flag it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent stored for %1 (MFA: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent stored for %1 WITHOUT evidence of MFA (%2), as you accepted; health flags this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in succeeded, but the refresh token could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::Ctl</name>
    <message>
        <source>Decode a token: claims, MFA verdict, expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pcauthctl [--json] [--config-dir DIR] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center authentication for scripts: the engine of PCAuth without the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output (stable JSON on stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DIR for profiles instead of the user&apos;s config folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; `pcauthctl COMMAND --help` for a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show versions of PCAuth, Qt, QtKeychain and OpenSSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthctl: --config-dir needs a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthctl: unknown option %1; see pcauthctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthctl: unknown command %1; see pcauthctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO: %1 (Partner Center refuses app+user calls without MFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:    JWT, %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (app-only token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded only: the signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token, or - (the default) to read it from standard input, which keeps it out of the process list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain every claim in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthctl inspect: give one token (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthctl inspect: not a readable token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: give a path such as /v1/customers or a full URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1 is not an endpoint of the cloud %2; the access token is only sent to the cloud&apos;s own endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: give GET, POST, PUT, PATCH or DELETE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tenant (default: the partner&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH or DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path or URL on the profile&apos;s cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --profile P, a METHOD and a PATH_OR_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: give --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customers read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add, list, show or remove partner profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner consent in the browser; stores the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an access token (redacted unless --show-token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check profiles (and customers): exit 0/1/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the partner&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Partner Center or Graph: METHOD PATH_OR_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem refresh tokens to reset the 90-day clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install, remove or show the keepalive schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a refresh token to Azure Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the engine&apos;s log on stderr (requests, retries; never a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 warnings, 2 failure (reason on stderr), 64 usage error (a wrong value: the message names the field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--secret-stdin) or files, never from the command line. Tokens are shown redacted unless --show-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: PCAUTH_CONFIG_DIR (profiles folder), PCAUTH_KEYCHAIN_SERVICE (keychain service name, default pcauth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, open this URL to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this URL in a browser and sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded for %1 (MFA: %2); refresh token stored in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system (open the browser) or print (print the URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a token without MFA evidence (health will flag it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser: must be system or print, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: give 10 to 3600 seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n chars)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audience: %1 is not available in the cloud %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience: give partner-center, graph, arm, keyvault, aad-graph or a resource URI, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 customers checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n days left (estimate)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every customer tenant too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers checked at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency: give a number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token redeemed; the 90-day inactivity clock starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every profile with a consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --profile P or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault URL: %1 is not a Key Vault of the cloud %2 (expected a host under %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the refresh token to %1 as secret %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1 · correlation id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: keyvault export --profile P --vault URL [--name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --profile P and --vault URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global, china, usgov, germany or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom cloud file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner tenant: GUID or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate with its private key: PEM or PFX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PFX password or PEM key passphrase from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1 (resource) or v2 (scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1 is too large to be a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: give --cloud (global, china, usgov, germany or custom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: must be v1 or v2, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential: give --secret-stdin or --certificate, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential: --certificate-password-stdin needs --certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret: standard input was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles. Add one with: pcauthctl profile add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:    x5t %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:        %1, MFA %2, issued %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last redeemed:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:        none recorded (pcauthctl consent --profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one profile name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile was kept because its keychain items could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile %1 and its keychain items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pcauthctl profile add|list|show NAME|remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected add, list, show NAME or remove NAME; see pcauthctl profile add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthctl schedule: the scheduler was not updated; run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the keepalive schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepalive schedule: installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepalive schedule: not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected install, remove or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval: Nh (dividing 24) or Nd (1-28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every: give Nh (a divisor of 24) or Nd (1 to 28 days), not &quot;%1&quot;; refresh tokens expire after 90 days without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 token for %2 (%3) in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --show-token to print the token itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner-center, graph, arm, keyvault, aad-graph or a URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App-only token (client credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the token itself on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauthctl token: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomerHealthCheck</name>
    <message>
        <source>There is no token source for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers checked in %2 s: %3 ok, %4 consent missing, %5 no access, %6 throttled, %7 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 not checked: cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concurrency must be between 1 and %1 customers at a time; %2 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the health check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Graph token for this tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph answered for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph answered for this tenant (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph refused the token for %1 (HTTP %2): the partner has no admin role that may read this customer&apos;s directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the GDAP relationship with this customer: a security group the account belongs to needs a role that reads the directory, such as Directory Readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph was still throttling after %1 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this customer again in %1 seconds, or lower the concurrency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this customer again later, or lower the concurrency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::ErrorCatalogue</name>
    <message>
        <source>Multi-factor authentication is required now (a Conditional Access or security policy asks for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the partner consent again and complete multi-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account must register security information for multi-factor authentication before it can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register security info for the account (https://aka.ms/mysecurityinfo); a federated identity provider must send the multipleauthn claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multi-factor authentication proof has expired under the tenant&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and complete multi-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token expired because it was not used for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the partner consent again, then enable keep-alive so the token is used regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired under a Conditional Access sign-in frequency policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again, and ask an admin to review the sign-in frequency policy for this service account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was revoked: the password was changed or an admin revoked the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: run the partner consent to get a new refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is no longer valid because the password was changed or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s password has expired, which invalidates its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password, then sign in again: run the partner consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has not been granted consent in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner tenant: grant admin consent to the app; customer tenant: create the application consent and check the GDAP relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is not authorized in the customer tenant for delegated admin access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-consent the application in the customer tenant (Partner Center application consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated admin access is blocked because of risk detected on the account in the partner tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the risk for the account in the partner tenant (Entra ID Protection), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was issued to a different application (client id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the application the token was obtained with: each token is stored with its client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI sent does not match any redirect URI registered for the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the exact redirect URI of this profile (for example http://localhost) in the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is invalid (a new secret can take a minute to replicate before it works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or rotate the client secret; better, use a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the client secret (a new one can take a minute to replicate); better, use a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not found in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the application id, the tenant id and the cloud of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant id and the cloud of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant belongs to another cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was blocked by a Conditional Access policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a tenant admin to review the Conditional Access policy; the sign-in log finds it by the ids below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest or external account cannot sign in to this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a member account of the partner tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center rejected the token: it carries no multi-factor authentication claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the partner consent again with a fresh sign-in (prompt=login) and complete multi-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no commerce relationship between the partner and this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the customer relationship in Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token (or authorization code) is invalid or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the partner consent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client secret or certificate of the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the partner consent again and accept the requested permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service had a temporary problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, quote the ids to Microsoft support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent an error without an HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this exact redirect URI in the app registration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is throttling requests: too many were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait %1 seconds before retrying; send fewer requests in parallel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the time given in Retry-After, then retry with exponential back-off and fewer parallel requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had a temporary problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the details below; quote the ids to Microsoft support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong cloud selected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::HttpClient</name>
    <message>
        <source>The request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB; PCAuth refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (attempts: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. PCAuth never ignores certificate errors: check the system clock and any proxy that inspects TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before retrying (HTTP %3), longer than PCAuth waits (%4 s). Try again after %5 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still busy (HTTP %2; attempts: %3). Try again after %4 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(attempts: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::IdTokenValidator</name>
    <message>
        <source>The id_token header has no &quot;alg&quot;: refused; an id_token must be signed RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token is unsigned (alg &quot;none&quot;): refused; an id_token must be signed RS256 by a key of the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token uses alg &quot;%1&quot;, a shared-secret signature: refused; only RS256 signatures by a key in the authority&apos;s key set count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token uses alg &quot;%1&quot;: refused; only RS256 is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token header has no &quot;kid&quot;, so no key of the key set can check its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token signature does not verify against the signing key %1: the token was altered or not issued by this authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token has no &quot;tid&quot; claim, needed to check its issuer against &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token has no &quot;iss&quot; (issuer) claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token issuer (iss) is &quot;%1&quot;; expected &quot;%2&quot;: the token comes from another authority or tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token has no &quot;aud&quot; (audience) claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token audience (aud) is &quot;%1&quot;; expected the client id &quot;%2&quot;: the token was issued to another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token has several audiences but its authorized party (azp) is not the client id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nonce was recorded for this sign-in, so the id_token cannot be tied to it: start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token has no &quot;nonce&quot; claim although the sign-in request sent one: start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token nonce does not match the one sent with this sign-in: the response may belong to another sign-in (a replay); start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token claim &quot;%1&quot; is not a date (NumericDate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed clock difference %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token has no &quot;exp&quot; (expiry) claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token expired at %1 (now %2, %3): sign in again, and check this computer&apos;s clock if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token &quot;%1&quot; is %2, in the future (now %3, %4): check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issuer or client id was given to check the id_token against: it cannot be validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id_token is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::JsonWebKeySet</name>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 (kid &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;%2&quot; is missing or not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;%2&quot; is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;x5c&quot; does not hold a readable certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RSA key (kty &quot;%1&quot;): skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a signing key (use &quot;%1&quot;): skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meant for alg &quot;%1&quot;, not RS256: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kid, so no token can name it: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set&apos;s %1: &quot;n&quot; and &quot;e&quot; do not form an RSA public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its x5c certificate does not hold an RSA key: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA key of %1 bits, under the %2-bit minimum: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set is larger than %1 bytes: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set (JWKS) is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set (JWKS) is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set (JWKS) has no &quot;keys&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set (JWKS) has an empty &quot;keys&quot; array: the authority publishes no signing keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set&apos;s key %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second key with this kid: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key set (JWKS) has no usable RSA signing key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 is not in the key set: the keys may have rotated; fetch the JWKS again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not set up an RS256 signature check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::Jwt</name>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains %2 at character %3 of the token, which cannot appear in a JWT (only letters, digits, &apos;-&apos;, &apos;_&apos; and two dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like standard base64, not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: its length (%2) leaves a last group of one character, which cannot encode a byte. Was the token cut short when it was copied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid base64url: the &apos;=&apos; padding at its end is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is JSON but not an object: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not JSON: %2 near byte %3 of the decoded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is %1 characters long; the limit is %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has 5 parts, so it is an encrypted token (JWE): it cannot be read without the recipient&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT has 3 parts separated by dots (header.payload.signature); this token has %1. Refresh tokens and other opaque tokens cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is empty: there is nothing before the first dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is empty: there is nothing between the two dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amr contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticationmethod is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amr or authenticationmethod claim: cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amr is %1: no MFA method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticationmethod is %1: not multipleauthn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::KeyVaultClient</name>
    <message>
        <source>The Key Vault secret name &quot;%1&quot; is not valid: use 1 to 127 letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::KeychainItemStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS Keychain is not available. Log in to your macOS user session and try again. PCAuth never stores tokens in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS Keychain refused access. Allow PCAuth when macOS asks (Always Allow), or unlock the login keychain in Keychain Access, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS Keychain could not complete the request. Check the login keychain in Keychain Access and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager is not available. Make sure the Credential Manager service is running and you are signed in with your own account, then try again. PCAuth never stores tokens in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager refused access. Sign in to Windows with your own account (not a session without a user profile) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager could not complete the request. Check the Windows Credentials in Credential Manager and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service answered on D-Bus. Start GNOME Keyring or KWallet (or log in to a desktop session) and try again. PCAuth never stores tokens in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service (GNOME Keyring, KWallet) refused access: the keyring is locked or the request was declined. Unlock your keyring (Passwords and Keys, or KWallet Manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service (GNOME Keyring, KWallet) could not complete the request. Make sure a default keyring exists and is unlocked (Passwords and Keys, or KWallet Manager), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no item &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(QtKeychain: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::LoopbackReceiver</name>
    <message numerus="yes">
        <source>No answer from the browser: timed out after %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect URI %1 cannot be served by PCAuth: use http://127.0.0.1/ or http://localhost/ (any port, optional path) for the system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state was given to check the answer against; the sign-in cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled in PCAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for PCAuth&apos;s sign-in receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request names another host; PCAuth only answers requests for its own loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has a malformed header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCAuth&apos;s sign-in receiver only answers GET requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCAuth is not waiting for a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only takes the answer of a sign-in started by PCAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to PCAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCAuth is still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the sign-in in the tab PCAuth opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCAuth sign-in receiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::MainWindow</name>
    <message>
        <source>Token inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PCAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PCAuth %1&lt;/h3&gt;&lt;p&gt;Partner consent, token health and test calls for Microsoft Cloud Solution Provider partners.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::OpenIdConfiguration</name>
    <message>
        <source>The OpenID configuration has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the OpenID configuration, &quot;%1&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the OpenID configuration, &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the OpenID configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenID configuration is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenID configuration is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::PartnerCenterClient</name>
    <message>
        <source>Partner Center sent a customer without an id (%1.id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center&apos;s customer page %1 has no items array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center kept sending further customer pages (%1 pages read); the listing was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::Profile</name>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol must be v1 or v2, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>createdAt must be a date and time such as 2026-01-31T12:00:00.000Z, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud is empty: choose global, china, usgov or germany, or a custom cloud file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file is empty: a custom cloud is read from its file; choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud %1 is not a built-in cloud (global, china, usgov, germany); for another cloud choose its custom cloud file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file is set, but cloud %1 is a built-in cloud: clear the file, or choose custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file %1 describes cloud %2, not %3: choose the file of cloud %3, or choose custom to use this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id must be a lower-case GUID such as 00000000-0000-0000-0000-000000000000, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential must be none, secret or certificate, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is empty: enter 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name must not contain control characters (tabs, line breaks or text-direction overrides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name must not be a GUID: a GUID is looked up as a profile ID, so a profile with this name could not be found by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner tenant must name the partner&apos;s own tenant (its ID or a domain such as contoso.onmicrosoft.com), not %1: the refresh token is kept for one tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner tenant is the nil GUID, which is no tenant: enter the tenant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID is empty: enter the application (client) ID of the app registration, a GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID must be the application (client) ID of the app registration, a GUID such as 00000000-0000-0000-0000-000000000000, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID is the nil GUID, which no app has: enter the application (client) ID of the app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI is empty: enter http://localhost (the default) or an https:// URI registered for the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI is not a valid URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI must be absolute, starting with https:// or http://localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI must use https:// (or http:// on a loopback host), not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI must not contain a fragment (#…): Entra refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI uses http:// with host %1: the authorization code would cross the network unencrypted. Use https://; http:// is allowed only for localhost, 127.0.0.1 and [::1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint is set but the credential is %1: a thumbprint belongs to certificate credentials only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint is empty: a certificate profile records the x5t thumbprint of its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint must be the certificate&apos;s x5t (27 characters of base64url encoding a SHA-1 hash), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::ProfileStore</name>
    <message>
        <source>Configuration folder %1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles file %1 is being changed by another PCAuth process; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file or move it away; PCAuth does not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemaVersion is missing or not a whole number. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemaVersion is %1: the file was written by a newer PCAuth, which this version (schema %2) cannot read; upgrade PCAuth. The file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemaVersion %1 is not a known version. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration folder is known (no home folder): set PCAUTH_CONFIG_DIR or pass --config-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles file %1 is not valid JSON: %2 at byte %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles file %1 does not hold a JSON object. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles must be a list. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles %1 and %2 have the same id %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles file %1 cannot be written: %2. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a profile name or ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several profiles are named %1; use the ID of the one you mean: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named %1: there are no profiles in %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named %1; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name %1 is already used by another profile; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name %1 is already used by the profile %2; names must differ in more than letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile has the ID %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::Redirect</name>
    <message>
        <source>The sign-in was cancelled or the consent was declined (access_denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the consent again and accept the requested permissions; an admin of the partner tenant may have to grant them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer carries &quot;%1&quot; more than once; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no state: this answer was not started by PCAuth, ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s state does not match this sign-in: it comes from an older browser tab or another sign-in, or was forged (cross-site request forgery). It was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has neither a code nor an error; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not the registered redirect URI %1; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer arrived in the URL fragment (response_mode=fragment) instead of the query that PCAuth asks for; check what rewrites the sign-in request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::RefreshTokenRecord</name>
    <message>
        <source>The refresh-token record has no valid &quot;format&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh-token record has format %1, written by a newer PCAuth (this one reads up to %2). Update PCAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh-token record has a &quot;%1&quot; of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh-token record has an invalid &quot;%1&quot; (expected an ISO 8601 date and time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh-token record has an invalid &quot;mfa&quot; (expected present, absent or unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh-token record is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh-token record is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh-token record has no &quot;refreshToken&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenBroker</name>
    <message>
        <source>The token broker has been shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audience was given: say which API the token is for (Partner Center, Graph, ARM, Key Vault or a resource URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is a public client: app-only tokens need a client secret or a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the partner consent for profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token stored for profile &quot;%1&quot; was issued to app %2, but the profile uses app %3: Entra would refuse it (AADSTS700007). Run the partner consent again with this profile&apos;s app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new refresh token could not be saved (%1); the previous one is still stored and valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of this redemption could not be recorded (%1); the stored refresh token is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenEndpointClient</name>
    <message>
        <source>code redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh-token redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app-only token request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs the app&apos;s client secret, and none was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs the app&apos;s certificate, and none was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client assertion for the %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenHealth</name>
    <message>
        <source>Run the partner consent again, then enable keep-alive so the token is used regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last use of the refresh token failed on %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last use of the refresh token failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was %1, %2 days ago: it has most likely expired after %3 days of inactivity (an estimate: the token itself does not say when it expires).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful use of the refresh token has been recorded, so the end of its %1-day inactivity window cannot be estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a test call to record a successful use of the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obtained on %1 and not used since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated days left before the refresh token expires from inactivity: %1 (%2; %3-day window). This is an estimate: the token itself does not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the token now (a test call or keep-alive) to restart its %1-day inactivity window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated days left in the %1-day inactivity window: %2 (%3). This is an estimate: the token itself does not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether multi-factor authentication was used is unknown: the token does not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no multi-factor authentication evidence; it was accepted without MFA by the user, but Partner Center rejects app+user calls without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no multi-factor authentication evidence; Partner Center rejects app+user calls without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the partner consent again and complete multi-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner consent has been recorded: there is no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the partner consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenInspectorPage</name>
    <message>
        <source>Decoded. The signature is not checked here: use this view to understand a token, not to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1. Partner Center refuses app+user calls without MFA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (app-only token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>claim label: explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenResponse</name>
    <message numerus="yes">
        <source>The token endpoint answered with success but its body is not a JSON object (%n bytes), so no token could be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The token endpoint answered with success but without &quot;access_token&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered with success but without &quot;expires_in&quot; or &quot;expires_on&quot;, and the access token has no expiry: it cannot be cached safely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::Vault</name>
    <message>
        <source>Profile id &quot;%1&quot; cannot name a keychain item: it is empty or contains a slash or a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run consent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the client secret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the certificate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token to store for profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 to store is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of profile %2 was not stored; nothing was changed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of profile %2 was not stored in %3; %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be verified in %3 (%4), and putting the previous one back failed too: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be verified in %3 (%4); the previous one was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be verified in %3 (%4); it was removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of profile %2 is stored in %3, but the vault index was not updated: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token of profile %1 in %2 cannot be used: %3 Run consent again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of profile %2 could not be read. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned no %2 for profile %3, although one was stored on %4. If the keyring is locked, unlock it and try again; if the item was deleted, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is stored for profile %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of profile %2 was not removed. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::VaultIndex</name>
    <message>
        <source>Folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault index %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file or move it away; PCAuth does not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault index %1 is not a valid JSON object. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault index %1 has schemaVersion %2, written by a newer PCAuth (this one reads up to %3). Update PCAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault index %1 lacks a valid &quot;%2&quot; or &quot;%3&quot;. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault index %1 cannot be written: %2. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault index %1 is being changed by another PCAuth process; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault index %1: profile %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PCAuth::main</name>
    <message>
        <source>Partner consent, token health and test calls for Microsoft CSP partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show versions of PCAuth, Qt, QtKeychain and OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Token Inspector on the token in FILE (- reads standard input, e.g. from pcauthctl token --show-token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcauth: cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInspectorPage</name>
    <message>
        <source>Token inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token or id token to see who it is for, what it allows, whether multi-factor authentication was used, and when it expires. The token is decoded on this computer only; it is not sent anywhere or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste token from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
