// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Entra ID side of the sandbox: discovery, JWKS, the authorize forms and the code exchange.

#include "sandboxfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth::SandboxTest;

class TestSandboxEntra : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_f.start()); }
    void cleanup() { m_f.server.reset(); }

    void discovery_data();
    void discovery();
    void discoveryUnknownTenant();
    void signInForms_data();
    void signInForms();
    void authorizeRejects_data();
    void authorizeRejects();
    void loopbackRedirect_data();
    void loopbackRedirect();
    void loginHintPrefilled();
    void codeExchangeV2();
    void codeExchangeV1();
    void v1NonceNeedsOpenIdScope_data();
    void v1NonceNeedsOpenIdScope();
    void plusIsASpaceInQueriesAndForms();
    void authorizeRefusesUnknownScopes_data();
    void authorizeRefusesUnknownScopes();
    void tokenRefusesUnknownScopes_data();
    void tokenRefusesUnknownScopes();
    void codeIsSingleUse();
    void codeExchangeErrors_data();
    void codeExchangeErrors();
    void codeExpires();
    void withoutMfaAmrHasNoMfa();

private:
    Fixture m_f;
};

void TestSandboxEntra::discovery_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("issuer"); // %1 = base, %2 = partner tenant id
    QTest::addRow("v2 by tenant id") << u"{tid}"_s << 2 << u"%1/%2/v2.0"_s;
    QTest::addRow("v2 by domain") << u"{domain}"_s << 2 << u"%1/%2/v2.0"_s;
    QTest::addRow("v1 by tenant id") << u"{tid}"_s << 1 << u"https://sts.windows.net/%2/"_s;
    QTest::addRow("v2 organizations") << u"organizations"_s << 2 << u"%1/{tenantid}/v2.0"_s;
    QTest::addRow("v1 common") << u"common"_s << 1 << u"https://sts.windows.net/{tenantid}/"_s;
}

void TestSandboxEntra::discovery()
{
    QFETCH(QString, segment);
    QFETCH(int, version);
    QFETCH(QString, issuer);
    segment.replace("{tid}"_L1, m_f.partnerId).replace("{domain}"_L1, m_f.partnerDomain);
    const QString path = version == 2 ? u"/%1/v2.0/.well-known/openid-configuration"_s.arg(segment)
                                      : u"/%1/.well-known/openid-configuration"_s.arg(segment);
    const Reply r = m_f.client->get(path);
    QCOMPARE(r.status, 200);
    const QJsonObject d = r.json();
    QCOMPARE(d.value("issuer"_L1).toString(),
             issuer.replace("%1"_L1, m_f.base).replace("%2"_L1, m_f.partnerId));
    const QString v = version == 2 ? u"/v2.0"_s : QString();
    QCOMPARE(d.value("token_endpoint"_L1).toString(),
             u"%1/%2/oauth2%3/token"_s.arg(m_f.base, segment, v));
    QCOMPARE(d.value("authorization_endpoint"_L1).toString(),
             u"%1/%2/oauth2%3/authorize"_s.arg(m_f.base, segment, v));
    const Reply keys = m_f.client->get(d.value("jwks_uri"_L1).toString());
    QCOMPARE(keys.status, 200);
    const QJsonObject key = keys.json().value("keys"_L1).toArray().at(0).toObject();
    QCOMPARE(key.value("kty"_L1).toString(), u"RSA"_s);
    QVERIFY(!key.value("kid"_L1).toString().isEmpty());
    QCOMPARE(key.value("e"_L1).toString(), u"AQAB"_s);
    QCOMPARE(QByteArray::fromBase64(key.value("n"_L1).toString().toLatin1(),
                                    QByteArray::Base64UrlEncoding)
                 .size(),
             256); // RSA 2048
}

void TestSandboxEntra::discoveryUnknownTenant()
{
    const Reply r =
        m_f.client->get(u"/nosuchtenant.onmicrosoft.com/v2.0/.well-known/openid-configuration"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.aadsts(), 90002);
    QVERIFY(r.json()
                .value("error_description"_L1)
                .toString()
                .startsWith("AADSTS90002: Tenant 'nosuchtenant.onmicrosoft.com' not found"_L1));
}

void TestSandboxEntra::signInForms_data()
{
    QTest::addColumn<QString>("who"); // mfa, nomfa, disabled
    QTest::addColumn<QString>("password"); // empty = the right one
    QTest::addColumn<QString>("otc"); // empty = the right one
    QTest::addColumn<QString>("consent");
    QTest::addColumn<QStringList>("extra"); // key=value
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<int>("pageError");
    QTest::addColumn<QString>("redirectError");
    QTest::addColumn<int>("redirectCode");

    const QString accept = u"accept"_s;
    QTest::addRow("mfa user signs in")
        << u"mfa"_s << QString() << QString() << accept << QStringList()
        << QStringList{u"login"_s, u"mfa"_s} << 0 << QString() << 0;
    QTest::addRow("prompt=login honoured")
        << u"mfa"_s << QString() << QString() << accept << QStringList{u"prompt=login"_s}
        << QStringList{u"login"_s, u"mfa"_s} << 0 << QString() << 0;
    QTest::addRow("wrong password")
        << u"mfa"_s << u"nope"_s << QString() << accept << QStringList()
        << QStringList{u"login"_s, u"login"_s} << 50126 << QString() << 0;
    QTest::addRow("unknown user") << u"unknown"_s << QString() << QString() << accept
                                  << QStringList() << QStringList{u"login"_s, u"login"_s} << 50034
                                  << QString() << 0;
    QTest::addRow("disabled user")
        << u"disabled"_s << QString() << QString() << accept << QStringList()
        << QStringList{u"login"_s, u"error"_s} << 50057 << QString() << 0;
    QTest::addRow("wrong MFA code")
        << u"mfa"_s << QString() << u"000000"_s << accept << QStringList()
        << QStringList{u"login"_s, u"mfa"_s, u"mfa"_s} << 500121 << QString() << 0;
    QTest::addRow("no MFA registered, amr_values=mfa")
        << u"nomfa"_s << QString() << QString() << accept << QStringList{u"amr_values=mfa"_s}
        << QStringList{u"login"_s} << 0 << u"interaction_required"_s << 50076;
    QTest::addRow("no MFA registered, no MFA asked")
        << u"nomfa"_s << QString() << QString() << accept << QStringList()
        << QStringList{u"login"_s} << 0 << QString() << 0;
    QTest::addRow("consent cancelled")
        << u"mfa"_s << QString() << QString() << u"cancel"_s << QStringList{u"prompt=consent"_s}
        << QStringList{u"login"_s, u"mfa"_s, u"consent"_s} << 0 << u"access_denied"_s << 65004;
    QTest::addRow("consent accepted")
        << u"mfa"_s << QString() << QString() << accept << QStringList{u"prompt=consent"_s}
        << QStringList{u"login"_s, u"mfa"_s, u"consent"_s} << 0 << QString() << 0;
    QTest::addRow("prompt=none") << u"mfa"_s << QString() << QString() << accept
                                 << QStringList{u"prompt=none"_s} << QStringList() << 0
                                 << u"login_required"_s << 50058;
}

void TestSandboxEntra::signInForms()
{
    QFETCH(QString, who);
    QFETCH(QString, password);
    QFETCH(QString, otc);
    QFETCH(QString, consent);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, pages);
    QFETCH(int, pageError);
    QFETCH(QString, redirectError);
    QFETCH(int, redirectCode);

    DemoUser user = who == "mfa"_L1     ? m_f.mfaUser
                    : who == "nomfa"_L1 ? m_f.noMfaUser
                    : who == "disabled"_L1
                        ? m_f.disabledUser
                        : DemoUser{u"ghost@contosopartner.onmicrosoft.com"_s, u"x"_s, {}};
    SignIn s = m_f.signInAs(user, m_f.publicApp);
    if (!password.isEmpty())
        s.password = password;
    if (!otc.isEmpty())
        s.otc = otc;
    s.consent = consent;
    for (const QString &e : extra)
        s.extra.append({e.section(u'=', 0, 0), e.section(u'=', 1)});
    const SignInResult r = signIn(*m_f.client, s);
    QCOMPARE(r.pages, pages);
    QCOMPARE(r.pageError, pageError);
    if (pageError != 0) {
        QCOMPARE(r.last.status, 200);
        return;
    }
    QCOMPARE(r.last.status, 302);
    QCOMPARE(r.location.host(), u"localhost"_s);
    QCOMPARE(r.location.port(), 53123);
    QCOMPARE(queryValue(r.redirect, u"state"_s), s.state);
    QCOMPARE(queryValue(r.redirect, u"error"_s), redirectError);
    if (redirectError.isEmpty()) {
        QVERIFY(!queryValue(r.redirect, u"code"_s).isEmpty());
        return;
    }
    QVERIFY(!r.redirect.hasQueryItem(u"code"_s));
    const QString description = queryValue(r.redirect, u"error_description"_s);
    QVERIFY2(description.startsWith(u"AADSTS%1: "_s.arg(redirectCode)), qPrintable(description));
    QVERIFY(description.contains("\r\nTrace ID: "_L1));
}

void TestSandboxEntra::authorizeRejects_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("client"); // web, public, or an id
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<bool>("pkce");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("pageError"); // shown as a page (no redirect)
    QTest::addColumn<QString>("redirectError"); // or sent back to the app

    const QString ok = u"http://localhost:53123/"_s;
    QTest::addRow("unknown tenant") << u"nosuch.onmicrosoft.com"_s << u"public"_s << ok << true
                                    << QStringList() << 90002 << QString();
    QTest::addRow("unknown app") << u"organizations"_s << u"11111111-2222-3333-4444-555555555555"_s
                                 << ok << true << QStringList() << 700016 << QString();
    QTest::addRow("unregistered redirect")
        << u"organizations"_s << u"public"_s << u"https://evil.example/cb"_s << true
        << QStringList() << 50011 << QString();
    QTest::addRow("public client without PKCE") << u"organizations"_s << u"public"_s << ok << false
                                                << QStringList() << 0 << u"invalid_request"_s;
    QTest::addRow("response_mode=fragment, unregistered redirect")
        << u"organizations"_s << u"public"_s << u"https://evil.example/cb"_s << true
        << QStringList{u"response_mode=fragment"_s} << 50011 << QString();
    QTest::addRow("response_mode=fragment")
        << u"organizations"_s << u"public"_s << ok << true
        << QStringList{u"response_mode=fragment"_s} << 0 << u"invalid_request"_s;
    QTest::addRow("unknown resource scope")
        << u"organizations"_s << u"public"_s << ok << true
        << QStringList{u"scope=https://nosuch.example/.default"_s} << 0 << u"invalid_scope"_s;
}

void TestSandboxEntra::authorizeRejects()
{
    QFETCH(QString, tenant);
    QFETCH(QString, client);
    QFETCH(QString, redirectUri);
    QFETCH(bool, pkce);
    QFETCH(QStringList, extra);
    QFETCH(int, pageError);
    QFETCH(QString, redirectError);

    SignIn s = m_f.signInAs(m_f.mfaUser, client == "public"_L1 ? m_f.publicApp : client);
    s.tenant = tenant;
    s.redirectUri = redirectUri;
    s.pkce = pkce;
    for (const QString &e : extra) {
        if (e.startsWith("scope="_L1))
            s.scope = e.mid(6);
        else
            s.extra.append({e.section(u'=', 0, 0), e.section(u'=', 1)});
    }
    const Reply r = m_f.client->send("GET"_ba, authorizeUrl(*m_f.client, s, Pkce::make()));
    if (pageError != 0) {
        QCOMPARE(r.status, 200);
        QCOMPARE(pageOf(r), u"error"_s);
        QCOMPARE(pageErrorCode(r), pageError);
        return;
    }
    QCOMPARE(r.status, 302);
    const QUrlQuery q(r.location());
    QCOMPARE(queryValue(q, u"error"_s), redirectError);
    QCOMPARE(queryValue(q, u"state"_s), s.state);
}

void TestSandboxEntra::loopbackRedirect_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("localhost, any port") << u"http://localhost:1234/"_s << true;
    QTest::addRow("127.0.0.1, any port, no slash") << u"http://127.0.0.1:65000"_s << true;
    QTest::addRow("localhost, default port") << u"http://localhost/"_s << true;
    QTest::addRow("loopback with another path") << u"http://localhost:1234/other"_s << false;
    QTest::addRow("https on a loopback port") << u"https://localhost:1234/"_s << false;
    QTest::addRow("another host") << u"http://example.com/"_s << false;
}

void TestSandboxEntra::loopbackRedirect()
{
    QFETCH(QString, redirectUri);
    QFETCH(bool, accepted);
    SignIn s = m_f.signInAs(m_f.mfaUser, m_f.publicApp);
    s.redirectUri = redirectUri;
    const SignInResult r = signIn(*m_f.client, s);
    if (!accepted) {
        QCOMPARE(r.pages, QStringList{u"error"_s});
        QCOMPARE(r.pageError, 50011);
        return;
    }
    QCOMPARE(r.last.status, 302);
    QVERIFY(r.location.toString().startsWith(redirectUri));
    const Reply token = m_f.redeem(s, r);
    QCOMPARE(token.status, 200);
}

void TestSandboxEntra::loginHintPrefilled()
{
    SignIn s = m_f.signInAs(m_f.mfaUser, m_f.publicApp);
    s.extra.append({u"login_hint"_s, u"someone+tag@contosopartner.onmicrosoft.com"_s});
    const Reply r = m_f.client->send("GET"_ba, authorizeUrl(*m_f.client, s, Pkce::make()));
    QCOMPARE(pageOf(r), u"login"_s);
    QCOMPARE(inputValue(r, u"login"_s), u"someone+tag@contosopartner.onmicrosoft.com"_s);
    QVERIFY(r.body.contains("id=\"passwd\""));
    QVERIFY(r.body.contains("id=\"signin-form\""));
    // The account is known: the password field takes the keyboard, as Entra's page does.
    QVERIFY(!htmlMatch(r.body, u"(<input[^>]*id=\"passwd\"[^>]*autofocus)"_s).isEmpty());
    QVERIFY(htmlMatch(r.body, u"(<input[^>]*id=\"login\"[^>]*autofocus)"_s).isEmpty());
    // Without a hint the account field does.
    const SignIn plain = m_f.signInAs(m_f.mfaUser, m_f.publicApp);
    const Reply first = m_f.client->send("GET"_ba, authorizeUrl(*m_f.client, plain, Pkce::make()));
    QVERIFY(!htmlMatch(first.body, u"(<input[^>]*id=\"login\"[^>]*autofocus)"_s).isEmpty());
}

void TestSandboxEntra::codeExchangeV2()
{
    const SignIn s = m_f.signInAs(m_f.mfaUser, m_f.webApp);
    const Reply r = m_f.redeem(s, signIn(*m_f.client, s));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QVERIFY(o.value("expires_in"_L1).isDouble()); // v2: numbers
    QCOMPARE(o.value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(o.value("scope"_L1).toString(),
             u"https://api.partnercenter.microsoft.com/user_impersonation"_s);
    QVERIFY(o.value("refresh_token"_L1).toString().size() > 40);
    const QByteArray at = o.value("access_token"_L1).toString().toLatin1();
    const QJsonObject c = jwtClaims(at);
    QCOMPARE(c.value("aud"_L1).toString(), u"https://api.partnercenter.microsoft.com"_s);
    QCOMPARE(c.value("iss"_L1).toString(), u"%1/%2/v2.0"_s.arg(m_f.base, m_f.partnerId));
    QCOMPARE(c.value("tid"_L1).toString(), m_f.partnerId);
    QCOMPARE(c.value("azp"_L1).toString(), m_f.webApp);
    QCOMPARE(c.value("upn"_L1).toString(), m_f.mfaUser.upn);
    QCOMPARE(c.value("scp"_L1).toString(), u"user_impersonation"_s);
    QCOMPARE(c.value("ver"_L1).toString(), u"2.0"_s);
    QCOMPARE(c.value("amr"_L1).toArray(), (QJsonArray{u"pwd"_s, u"mfa"_s}));
    QCOMPARE(c.value("exp"_L1).toInteger() - c.value("iat"_L1).toInteger(), 3599);
    const QJsonObject jwks = m_f.client->get(u"/common/discovery/v2.0/keys"_s).json();
    QVERIFY(verifyWithJwks(at, jwks));
    const QByteArray idToken = o.value("id_token"_L1).toString().toLatin1();
    QVERIFY(verifyWithJwks(idToken, jwks));
    const QJsonObject id = jwtClaims(idToken);
    QCOMPARE(id.value("aud"_L1).toString(), m_f.webApp);
    QCOMPARE(id.value("nonce"_L1).toString(), s.nonce);
    QCOMPARE(id.value("preferred_username"_L1).toString(), m_f.mfaUser.upn);
    QCOMPARE(id.value("amr"_L1).toArray(), (QJsonArray{u"pwd"_s, u"mfa"_s}));
    QVERIFY(!jwtHeader(at).value("kid"_L1).toString().isEmpty());
}

void TestSandboxEntra::codeExchangeV1()
{
    SignIn s = m_f.signInAs(m_f.mfaUser, m_f.webApp);
    s.version = 1;
    s.tenant = m_f.partnerDomain;
    const Reply r = m_f.redeem(s, signIn(*m_f.client, s));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value("expires_in"_L1).toString(), u"3599"_s); // v1: numbers as strings
    QVERIFY(o.value("expires_on"_L1).isString());
    QCOMPARE(o.value("resource"_L1).toString(), u"https://api.partnercenter.microsoft.com"_s);
    const QJsonObject c = jwtClaims(o.value("access_token"_L1).toString().toLatin1());
    QCOMPARE(c.value("iss"_L1).toString(), u"https://sts.windows.net/%1/"_s.arg(m_f.partnerId));
    QCOMPARE(c.value("appid"_L1).toString(), m_f.webApp);
    QCOMPARE(c.value("ver"_L1).toString(), u"1.0"_s);
    QCOMPARE(o.value("expires_on"_L1).toString().toLongLong(), c.value("exp"_L1).toInteger());
    QVERIFY(!o.value("id_token"_L1).toString().isEmpty());
    QVERIFY(!o.value("refresh_token"_L1).toString().isEmpty());
}

void TestSandboxEntra::v1NonceNeedsOpenIdScope_data()
{
    // A strict OpenID Connect provider: a nonce is about an id_token, which scope=openid asks
    // for; the sandbox refuses a v1 request that sends one without the other.
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<QString>("error"); // empty: the sign-in goes on to the login page
    QTest::addRow("nonce without scope") << QString() << u"nonce-456"_s << u"invalid_request"_s;
    QTest::addRow("nonce with scope=profile")
        << u"profile"_s << u"nonce-456"_s << u"invalid_request"_s;
    QTest::addRow("nonce with scope=openid") << u"openid"_s << u"nonce-456"_s << QString();
    QTest::addRow("nonce with scope=openid profile")
        << u"openid profile"_s << u"nonce-456"_s << QString();
    QTest::addRow("neither") << QString() << QString() << QString();
}

void TestSandboxEntra::v1NonceNeedsOpenIdScope()
{
    QFETCH(QString, scope);
    QFETCH(QString, nonce);
    QFETCH(QString, error);
    SignIn s = m_f.signInAs(m_f.mfaUser, m_f.webApp);
    s.version = 1;
    s.tenant = m_f.partnerDomain;
    s.v1Scope = scope;
    s.nonce = nonce;
    const Reply r = m_f.client->send("GET"_ba, authorizeUrl(*m_f.client, s, Pkce::make()));
    if (error.isEmpty()) {
        QCOMPARE(r.status, 200);
        QCOMPARE(pageOf(r), u"login"_s);
        return;
    }
    QCOMPARE(r.status, 302);
    const QUrlQuery q(r.location());
    QCOMPARE(queryValue(q, u"error"_s), error);
    QVERIFY2(queryValue(q, u"error_description"_s).contains(u"openid"_s),
             qPrintable(queryValue(q, u"error_description"_s)));
    QCOMPARE(queryValue(q, u"state"_s), s.state);
}

void TestSandboxEntra::plusIsASpaceInQueriesAndForms()
{
    // Browsers and OAuth libraries write a space as '+' in a query and a form body; Entra
    // reads it as a space (tokenRefusesUnknownScopes sends a '+' form body).
    SignIn s = m_f.signInAs(m_f.mfaUser, m_f.webApp);
    s.scope = u"https://graph.microsoft.com/.default offline_access openid"_s;
    Pkce pkce = Pkce::make();
    QUrl url = authorizeUrl(*m_f.client, s, pkce);
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    QVERIFY(query.contains("%20"));
    query.replace("%20", "+");
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QVERIFY(url.toEncoded().contains(".default+offline_access+openid"));
    Reply r = m_f.client->send("GET"_ba, url);
    QCOMPARE(pageOf(r), u"login"_s);
    for (int step = 0; step < 6 && r.status == 200; ++step) {
        const QString page = pageOf(r);
        QList<QPair<QString, QString>> fields{{u"flowToken"_s, inputValue(r, u"flowToken"_s)}};
        if (page == "login"_L1)
            fields << qMakePair(u"login"_s, s.login) << qMakePair(u"passwd"_s, s.password);
        else if (page == "mfa"_L1)
            fields << qMakePair(u"otc"_s, s.otc);
        else if (page == "consent"_L1)
            fields << qMakePair(u"consent"_s, s.consent);
        r = m_f.client->post(htmlMatch(r.body, u"<form[^>]*action=\"([^\"]+)\""_s), form(fields));
    }
    QCOMPARE(r.status, 302);
    const QUrlQuery answer(r.location());
    QVERIFY2(!queryValue(answer, u"code"_s).isEmpty(), r.location().toEncoded().constData());
    // No scope in the redemption: what is granted is what the authorize query asked for.
    const Reply token = m_f.client->post(
        m_f.tokenPath(s.tenant, 2), form({{u"grant_type"_s, u"authorization_code"_s},
                                          {u"client_id"_s, s.clientId},
                                          {u"code"_s, queryValue(answer, u"code"_s)},
                                          {u"redirect_uri"_s, s.redirectUri},
                                          {u"code_verifier"_s, QString::fromLatin1(pkce.verifier)},
                                          {u"client_secret"_s, m_f.webSecret}}));
    QCOMPARE(token.status, 200);
    const QJsonObject o = token.json();
    QVERIFY(!o.value("refresh_token"_L1).toString().isEmpty());
    QVERIFY(!o.value("id_token"_L1).toString().isEmpty());
    const QJsonObject at = jwtClaims(o.value("access_token"_L1).toString().toLatin1());
    QCOMPARE(at.value("aud"_L1).toString(), u"https://graph.microsoft.com"_s);
    QCOMPARE(at.value("scp"_L1).toString(), u"Directory.Read.All User.Read"_s);
}

void TestSandboxEntra::authorizeRefusesUnknownScopes_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::addRow("unknown bare scope")
        << u"a offline_access openid"_s << u"invalid_scope"_s << 70011;
    QTest::addRow("unknown Partner Center permission")
        << u"https://api.partnercenter.microsoft.com/Everything.Write offline_access"_s
        << u"invalid_scope"_s << 70011;
    QTest::addRow("unknown Graph permission")
        << u"https://graph.microsoft.com/NoSuch.Permission"_s << u"invalid_scope"_s << 70011;
    QTest::addRow("known: Graph permission")
        << u"https://graph.microsoft.com/Directory.Read.All offline_access openid"_s << QString()
        << 0;
    QTest::addRow("known: Key Vault user_impersonation")
        << u"https://vault.azure.net/user_impersonation offline_access"_s << QString() << 0;
    QTest::addRow("known: ARM .default, email")
        << u"https://management.azure.com/.default email profile"_s << QString() << 0;
}

void TestSandboxEntra::authorizeRefusesUnknownScopes()
{
    QFETCH(QString, scope);
    QFETCH(QString, error);
    QFETCH(int, code);
    SignIn s = m_f.signInAs(m_f.mfaUser, m_f.publicApp);
    s.scope = scope;
    const Reply r = m_f.client->send("GET"_ba, authorizeUrl(*m_f.client, s, Pkce::make()));
    if (error.isEmpty()) {
        QCOMPARE(r.status, 200);
        QCOMPARE(pageOf(r), u"login"_s);
        return;
    }
    QCOMPARE(r.status, 302);
    const QUrlQuery q(r.location());
    QCOMPARE(queryValue(q, u"error"_s), error);
    QVERIFY2(queryValue(q, u"error_description"_s).startsWith(u"AADSTS%1: "_s.arg(code)),
             qPrintable(queryValue(q, u"error_description"_s)));
    QCOMPARE(queryValue(q, u"state"_s), s.state);
}

void TestSandboxEntra::tokenRefusesUnknownScopes_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("plus"); // spaces written as '+'
    QTest::addRow("unknown bare scope") << u"a offline_access openid"_s << false;
    QTest::addRow("unknown bare scope, '+' form") << u"a offline_access openid"_s << true;
    QTest::addRow("unknown resource permission")
        << u"https://api.partnercenter.microsoft.com/Everything.Write"_s << false;
}

void TestSandboxEntra::tokenRefusesUnknownScopes()
{
    QFETCH(QString, scope);
    QFETCH(bool, plus);
    const Reply consented = m_f.consentAndRedeem(m_f.mfaUser, m_f.publicApp);
    QCOMPARE(consented.status, 200);
    const QString refreshToken = consented.json().value("refresh_token"_L1).toString();
    QVERIFY(!refreshToken.isEmpty());
    QByteArray body = form({{u"grant_type"_s, u"refresh_token"_s},
                            {u"client_id"_s, m_f.publicApp},
                            {u"refresh_token"_s, refreshToken},
                            {u"scope"_s, scope}});
    if (plus)
        body.replace("%20", "+");
    const Reply r = m_f.client->post(m_f.tokenPath(m_f.partnerId, 2), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error"_L1).toString(), u"invalid_scope"_s);
    QCOMPARE(r.json().value("error_codes"_L1).toArray(), QJsonArray{70011});
    QCOMPARE(r.aadsts(), 70011);
}

void TestSandboxEntra::codeIsSingleUse()
{
    const SignIn s = m_f.signInAs(m_f.mfaUser, m_f.publicApp);
    const SignInResult sr = signIn(*m_f.client, s);
    QCOMPARE(m_f.redeem(s, sr).status, 200);
    const Reply again = m_f.redeem(s, sr);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value("error"_L1).toString(), u"invalid_grant"_s);
    QCOMPARE(again.aadsts(), 54005);
}

void TestSandboxEntra::codeExchangeErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::addRow("wrong PKCE verifier")
        << u"code_verifier"_s << QString(QLatin1Char('a')).repeated(43) << 400 << u"invalid_grant"_s
        << 501481;
    QTest::addRow("no PKCE verifier")
        << u"code_verifier"_s << QString() << 400 << u"invalid_grant"_s << 501481;
    QTest::addRow("another registered redirect")
        << u"redirect_uri"_s << u"http://127.0.0.1:9/"_s << 400 << u"invalid_grant"_s << 500112;
    QTest::addRow("unregistered redirect")
        << u"redirect_uri"_s << u"https://evil.example/"_s << 400 << u"invalid_client"_s << 50011;
    QTest::addRow("unknown code") << u"code"_s << u"0.SBXnotacode"_s << 400 << u"invalid_grant"_s
                                  << 70000;
    QTest::addRow("bad client secret")
        << u"client_secret"_s << u"wrong"_s << 401 << u"invalid_client"_s << 7000215;
}

void TestSandboxEntra::codeExchangeErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    const SignIn s = m_f.signInAs(m_f.mfaUser, m_f.webApp);
    const SignInResult sr = signIn(*m_f.client, s);
    QList<QPair<QString, QString>> f{{u"grant_type"_s, u"authorization_code"_s},
                                     {u"client_id"_s, s.clientId},
                                     {u"code"_s, queryValue(sr.redirect, u"code"_s)},
                                     {u"redirect_uri"_s, s.redirectUri},
                                     {u"code_verifier"_s, QString::fromLatin1(sr.pkce.verifier)},
                                     {u"client_secret"_s, m_f.webSecret}};
    for (auto &p : f) {
        if (p.first == field)
            p.second = value;
    }
    const Reply r = m_f.client->post(m_f.tokenPath(s.tenant, 2), form(f));
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value("error"_L1).toString(), error);
    QCOMPARE(r.aadsts(), code);
    QVERIFY(!r.json().value("trace_id"_L1).toString().isEmpty());
    QVERIFY(!r.json().value("correlation_id"_L1).toString().isEmpty());
    QVERIFY(!r.body.contains(m_f.webSecret.toUtf8()));
}

void TestSandboxEntra::codeExpires()
{
    const SignIn s = m_f.signInAs(m_f.mfaUser, m_f.publicApp);
    const SignInResult sr = signIn(*m_f.client, s);
    m_f.advanceClock(11 * 60);
    const Reply r = m_f.redeem(s, sr);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.aadsts(), 70008);
}

void TestSandboxEntra::withoutMfaAmrHasNoMfa()
{
    const Reply r = m_f.consentAndRedeem(m_f.noMfaUser, m_f.publicApp);
    QCOMPARE(r.status, 200);
    const QJsonObject c = jwtClaims(r.json().value("access_token"_L1).toString().toLatin1());
    QCOMPARE(c.value("amr"_L1).toArray(), QJsonArray{u"pwd"_s});
}

QTEST_GUILESS_MAIN(TestSandboxEntra)
#include "tst_sandbox_entra.moc"
