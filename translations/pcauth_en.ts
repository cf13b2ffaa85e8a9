<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PCAuth::Access</name>
    <message numerus="yes">
        <source>The GDAP request &quot;%1&quot; awaits the customer&apos;s approval; it lapses in %n day(s), on %2.</source>
        <translation>
            <numerusform>The GDAP request &quot;%1&quot; awaits the customer&apos;s approval; it lapses in %n day, on %2.</numerusform>
            <numerusform>The GDAP request &quot;%1&quot; awaits the customer&apos;s approval; it lapses in %n days, on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The GDAP relationship &quot;%1&quot; ends in %n day(s), on %2, and will not extend automatically.</source>
        <translation>
            <numerusform>The GDAP relationship &quot;%1&quot; ends in %n day, on %2, and will not extend automatically.</numerusform>
            <numerusform>The GDAP relationship &quot;%1&quot; ends in %n days, on %2, and will not extend automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security group(s) hold the roles of &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n security group holds the roles of &quot;%1&quot;.</numerusform>
            <numerusform>%n security groups hold the roles of &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph listed no GDAP relationship although the partner has %n customer(s): the signed-in user is probably not in the Admin Agents group.</source>
        <translation>
            <numerusform>Graph listed no GDAP relationship although the partner has %n customer: the signed-in user is probably not in the Admin Agents group.</numerusform>
            <numerusform>Graph listed no GDAP relationship although the partner has %n customers: the signed-in user is probably not in the Admin Agents group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GDAP relationship(s) read.</source>
        <translation>
            <numerusform>%n GDAP relationship read.</numerusform>
            <numerusform>%n GDAP relationships read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 &quot;%2&quot; of the app expires in %n day(s), on %3; Microsoft sends no reminder.</source>
        <translation>
            <numerusform>The %1 &quot;%2&quot; of the app expires in %n day, on %3; Microsoft sends no reminder.</numerusform>
            <numerusform>The %1 &quot;%2&quot; of the app expires in %n days, on %3; Microsoft sends no reminder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n app+user requests of this app in the last 30 days carried MFA.</source>
        <translation>
            <numerusform>The one app+user request of this app in the last 30 days carried MFA.</numerusform>
            <numerusform>All %n app+user requests of this app in the last 30 days carried MFA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app+user requests of this app in the last 30 days carried no MFA.</source>
        <translation>
            <numerusform>%1 of %n app+user request of this app in the last 30 days carried no MFA.</numerusform>
            <numerusform>%1 of %n app+user requests of this app in the last 30 days carried no MFA.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessController</name>
    <message numerus="yes">
        <source>Checking access: %1 of %n customer(s)…</source>
        <translation>
            <numerusform>Checking access: %1 of %n customer…</numerusform>
            <numerusform>Checking access: %1 of %n customers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessNotices</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access: %n items need attention</source>
        <translation>
            <numerusform>Access: %n item needs attention</numerusform>
            <numerusform>Access: %n items need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessSummary</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GDAP ends in %n days</source>
        <translation>
            <numerusform>GDAP ends in %n day</numerusform>
            <numerusform>GDAP ends in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>App secret expires in %n days</source>
        <translation>
            <numerusform>App secret expires in %n day</numerusform>
            <numerusform>App secret expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>App certificate expires in %n days</source>
        <translation>
            <numerusform>App certificate expires in %n day</numerusform>
            <numerusform>App certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers need attention</source>
        <translation>
            <numerusform>%n customer needs attention</numerusform>
            <numerusform>%n customers need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::AccessView</name>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more customer(s))</source>
        <translation>
            <numerusform>%1 (and %n more customer)</numerusform>
            <numerusform>%1 (and %n more customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::ChunkedSecretStore</name>
    <message numerus="yes">
        <source>&quot;%1&quot; was removed from %2, but %n of its parts could not be: %3</source>
        <translation>
            <numerusform>&quot;%1&quot; was removed from %2, but %n of its parts could not be: %3</numerusform>
            <numerusform>&quot;%1&quot; was removed from %2, but %n of its parts could not be: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::Console</name>
    <message numerus="yes">
        <source>(%n chars)</source>
        <translation>
            <numerusform>(%n char)</numerusform>
            <numerusform>(%n chars)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::Ctl</name>
    <message numerus="yes">
        <source>%n customers read</source>
        <translation>
            <numerusform>%n customer read</numerusform>
            <numerusform>%n customers read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n chars)</source>
        <translation>
            <numerusform>(%n char)</numerusform>
            <numerusform>(%n chars)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomerCheckRun</name>
    <message numerus="yes">
        <source>%n customers read</source>
        <translation>
            <numerusform>%n customer read</numerusform>
            <numerusform>%n customers read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers checked</source>
        <extracomment>&quot;3 of 25 customers checked&quot;; %n is the total</extracomment>
        <translation>
            <numerusform>%1 of %n customer checked</numerusform>
            <numerusform>%1 of %n customers checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomerHealthCheck</name>
    <message numerus="yes">
        <source>%n customers checked in %1 s: %2 ok, %3 consent missing, %4 no access, %5 throttled, %6 failed</source>
        <translation>
            <numerusform>%n customer checked in %1 s: %2 ok, %3 consent missing, %4 no access, %5 throttled, %6 failed</numerusform>
            <numerusform>%n customers checked in %1 s: %2 ok, %3 consent missing, %4 no access, %5 throttled, %6 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::CustomersPage</name>
    <message numerus="yes">
        <source>Loaded %n customers.</source>
        <translation>
            <numerusform>Loaded %n customer.</numerusform>
            <numerusform>Loaded %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n customers.</source>
        <translation>
            <numerusform>Loading stopped after %n customer.</numerusform>
            <numerusform>Loading stopped after %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %n customers.</source>
        <translation>
            <numerusform>Loading cancelled after %n customer.</numerusform>
            <numerusform>Loading cancelled after %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 customers</source>
        <extracomment>&quot;1,234 of 5,000 customers&quot;: shown (filtered) of loaded</extracomment>
        <translation>
            <numerusform>%1 of %2 customer</numerusform>
            <numerusform>%1 of %2 customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers as listed at %1; Reload reads them again.</source>
        <extracomment>%1: the time the dashboard or this page last listed them</extracomment>
        <translation>
            <numerusform>%n customer as listed at %1; Reload reads it again.</numerusform>
            <numerusform>%n customers as listed at %1; Reload reads them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chec&amp;k %n shown</source>
        <extracomment>The button checks only the customers the filter shows</extracomment>
        <translation>
            <numerusform>Chec&amp;k %n shown</numerusform>
            <numerusform>Chec&amp;k %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check the access of the %n customers the filter shows (of %1 loaded)</source>
        <translation>
            <numerusform>Check the access of the %n customer the filter shows (of %1 loaded)</numerusform>
            <numerusform>Check the access of the %n customers the filter shows (of %1 loaded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::GdapTimeline</name>
    <message numerus="yes">
        <source>+%n later</source>
        <translation>
            <numerusform>+%n later</numerusform>
            <numerusform>+%n later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) end within 90 days</source>
        <translation>
            <numerusform>%n relationship ends within 90 days</numerusform>
            <numerusform>%n relationships end within 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n ended</numerusform>
            <numerusform>%n ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::GrantConsentController</name>
    <message numerus="yes">
        <source>%1 of %n customers – waiting for Partner Center (throttled)…</source>
        <translation>
            <numerusform>%1 of %n customer – waiting for Partner Center (throttled)…</numerusform>
            <numerusform>%1 of %n customers – waiting for Partner Center (throttled)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customers</source>
        <translation>
            <numerusform>%1 of %n customer</numerusform>
            <numerusform>%1 of %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n granted</source>
        <translation>
            <numerusform>%n granted</numerusform>
            <numerusform>%n granted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. Re-check: %2 of %n customers consented.</source>
        <translation>
            <numerusform>%1. Re-check: %2 of %n customer consented.</numerusform>
            <numerusform>%1. Re-check: %2 of %n customers consented.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::GrantConsentDialog</name>
    <message numerus="yes">
        <source>%1 of %n customers are done. Closing stops the grant: the others are not sent. A request already sent may still be carried out by Partner Center.</source>
        <translation>
            <numerusform>%1 of %n customer is done. Closing stops the grant: the others are not sent. A request already sent may still be carried out by Partner Center.</numerusform>
            <numerusform>%1 of %n customers are done. Closing stops the grant: the others are not sent. A request already sent may still be carried out by Partner Center.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::KeychainSelfTest</name>
    <message numerus="yes">
        <source>Passed in %n ms</source>
        <translation>
            <numerusform>Passed in %n ms</numerusform>
            <numerusform>Passed in %n ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::LoopbackReceiver</name>
    <message numerus="yes">
        <source>No answer from the browser: timed out after %n s.</source>
        <translation>
            <numerusform>No answer from the browser: timed out after %n s.</numerusform>
            <numerusform>No answer from the browser: timed out after %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::RequestConsolePage</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::SettingsPage</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenHealth</name>
    <message numerus="yes">
        <source>%n days (estimate)</source>
        <translation>
            <numerusform>%n day (estimate)</numerusform>
            <numerusform>%n days (estimate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::TokenResponse</name>
    <message numerus="yes">
        <source>The token endpoint answered with success but its body is not a JSON object (%n bytes), so no token could be read.</source>
        <translation>
            <numerusform>The token endpoint answered with success but its body is not a JSON object (%n byte), so no token could be read.</numerusform>
            <numerusform>The token endpoint answered with success but its body is not a JSON object (%n bytes), so no token could be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCAuth::TrayIcon</name>
    <message numerus="yes">
        <source>%1: about %n days left before the refresh token expires from inactivity (estimate). %2</source>
        <translation>
            <numerusform>%1: about %n day left before the refresh token expires from inactivity (estimate). %2</numerusform>
            <numerusform>%1: about %n days left before the refresh token expires from inactivity (estimate). %2</numerusform>
        </translation>
    </message>
</context>
</TS>
