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
        <source>Exit codes: 0 success, 1 warnings, 2 failure (reason on stderr), 64 usage error.</source>
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
