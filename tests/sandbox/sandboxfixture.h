// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// An in-process sandbox on a free loopback port plus the demo scenario as the sandbox itself
// describes it (GET /_sandbox/scenario), and the client-side moves the tests repeat.

#include "sandboxserver.h"
#include "sandboxtest.h"

#include <memory>

#include <QTest>

namespace PCAuth::SandboxTest {

struct DemoUser
{
    QString upn;
    QString password;
    QString mfaCode;
};

class Fixture
{
public:
    bool start()
    {
        server = std::make_unique<Sandbox::SandboxServer>(Sandbox::Scenario::demo());
        QString error;
        if (!server->start(QHostAddress::LocalHost, 0, &error)) {
            qWarning("cannot start sandbox: %s", qPrintable(error));
            return false;
        }
        base = server->baseUrl().toString();
        client = std::make_unique<Client>(server->baseUrl());
        scenario = client->get(u"/_sandbox/scenario"_s).json();
        const QJsonObject partner = scenario.value("partner"_L1).toObject();
        partnerId = partner.value("tenantId"_L1).toString();
        partnerDomain = partner.value("domain"_L1).toString();
        for (const auto &a : scenario.value("apps"_L1).toArray()) {
            const QJsonObject app = a.toObject();
            if (app.value("type"_L1).toString() == "public"_L1) {
                publicApp = app.value("appId"_L1).toString();
                continue;
            }
            webApp = app.value("appId"_L1).toString();
            for (const auto &s : app.value("secrets"_L1).toArray()) {
                const QJsonObject so = s.toObject();
                const bool expired =
                    QDateTime::fromString(so.value("expires"_L1).toString(), Qt::ISODate)
                    < QDateTime::currentDateTimeUtc();
                (expired ? expiredSecret : webSecret) = so.value("value"_L1).toString();
            }
            const QJsonObject cert = app.value("certificates"_L1).toArray().at(0).toObject();
            certPem = cert.value("certificatePem"_L1).toString().toUtf8();
            keyPem = cert.value("privateKeyPem"_L1).toString().toUtf8();
        }
        for (const auto &g : scenario.value("securityGroups"_L1).toArray()) {
            if (g.toObject().value("displayName"_L1).toString() == "AdminAgents"_L1)
                adminAgentsGroup = g.toObject().value("id"_L1).toString();
        }
        for (const auto &u : scenario.value("users"_L1).toArray()) {
            const QJsonObject uo = u.toObject();
            const DemoUser d{uo.value("upn"_L1).toString(), uo.value("password"_L1).toString(),
                             uo.value("mfaCode"_L1).toString()};
            const bool adminAgent =
                uo.value("groups"_L1).toArray().contains(QJsonValue(adminAgentsGroup));
            if (!uo.value("enabled"_L1).toBool())
                disabledUser = d;
            else if (uo.value("mfaRegistered"_L1).toBool())
                (adminAgent ? mfaUser : notAdminAgentUser) = d;
            else
                noMfaUser = d;
        }
        for (const auto &c : scenario.value("customers"_L1).toArray()) {
            const QJsonObject co = c.toObject();
            const bool consented =
                co.value("consentedApps"_L1).toArray().contains(QJsonValue(publicApp));
            (consented ? consentedCustomers : unconsentedCustomers)
                .append(co.value("tenantId"_L1).toString());
        }
        return !webApp.isEmpty() && !publicApp.isEmpty() && !mfaUser.upn.isEmpty();
    }

    SignIn signInAs(const DemoUser &u, const QString &clientId) const
    {
        SignIn s;
        s.clientId = clientId;
        s.login = u.upn;
        s.password = u.password;
        s.otc = u.mfaCode;
        return s;
    }

    QString tokenPath(const QString &tenant, int version) const
    {
        return u"/%1/oauth2/%2token"_s.arg(tenant, version == 2 ? u"v2.0/"_s : QString());
    }

    Reply redeem(const SignIn &s, const SignInResult &r,
                 const QList<QPair<QString, QString>> &extra = {})
    {
        QList<QPair<QString, QString>> f{
            {u"grant_type"_s, u"authorization_code"_s},
            {u"client_id"_s, s.clientId},
            {u"code"_s, queryValue(r.redirect, u"code"_s)},
            {u"redirect_uri"_s, s.redirectUri},
            {u"code_verifier"_s, QString::fromLatin1(r.pkce.verifier)}};
        if (s.clientId == webApp)
            f.append({u"client_secret"_s, webSecret});
        f.append(extra);
        return client->post(tokenPath(s.tenant, s.version), form(f));
    }

    // Signs `u` in with the public client (v2) and returns the redeemed token response.
    Reply consentAndRedeem(const DemoUser &u, const QString &clientId)
    {
        const SignIn s = signInAs(u, clientId);
        return redeem(s, signIn(*client, s));
    }

    Reply refresh(const QString &tenant, int version, const QString &clientId,
                  const QString &refreshToken, const QString &target,
                  const QList<QPair<QString, QString>> &extra = {})
    {
        QList<QPair<QString, QString>> f{{u"grant_type"_s, u"refresh_token"_s},
                                         {u"client_id"_s, clientId},
                                         {u"refresh_token"_s, refreshToken},
                                         {version == 2 ? u"scope"_s : u"resource"_s, target}};
        if (clientId == webApp)
            f.append({u"client_secret"_s, webSecret});
        f.append(extra);
        return client->post(tokenPath(tenant, version), form(f));
    }

    // A delegated token for `resource` ("https://...") in `tenant`, from a sign-in of `user`
    // with the public client; empty (and a warning) when the token endpoint refuses.
    QByteArray userToken(const DemoUser &user, const QString &tenant, const QString &resource)
    {
        const QString rt =
            consentAndRedeem(user, publicApp).json().value("refresh_token"_L1).toString();
        const Reply r = refresh(tenant, 2, publicApp, rt, resource + u"/.default"_s);
        if (r.status != 200)
            qWarning("token request failed: %s", r.body.constData());
        return r.json().value("access_token"_L1).toString().toLatin1();
    }

    // An app-only token of the web app (client secret) for `resource` in `tenant`.
    QByteArray appToken(const QString &tenant, const QString &resource)
    {
        const Reply r =
            client->post(tokenPath(tenant, 2), form({{u"grant_type"_s, u"client_credentials"_s},
                                                     {u"client_id"_s, webApp},
                                                     {u"client_secret"_s, webSecret},
                                                     {u"scope"_s, resource + u"/.default"_s}}));
        return r.json().value("access_token"_L1).toString().toLatin1();
    }

    // A resource API call with a bearer token (none when empty) and a JSON body.
    Reply call(const QByteArray &method, const QString &path, const QByteArray &token,
               const QByteArray &body = {}, const Headers &extra = {})
    {
        Headers h = extra;
        if (!token.isEmpty())
            h.append({"Authorization"_ba, "Bearer "_ba + token});
        h.append({"Accept"_ba, "application/json"_ba});
        return client->send(method, client->url(path), body, h, "application/json"_ba);
    }

    // A control call with a JSON body (POST, PUT or DELETE).
    Reply control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return client->send(method, client->url(u"/_sandbox/"_s + path),
                            QJsonDocument(body).toJson(QJsonDocument::Compact), {},
                            "application/json"_ba);
    }

    void advanceClock(qint64 seconds)
    {
        const Reply r = client->postJson(u"/_sandbox/clock"_s,
                                         QJsonObject{{"advanceSeconds"_L1, double(seconds)}});
        QVERIFY2(r.status == 200, r.body.constData());
    }

    std::unique_ptr<Sandbox::SandboxServer> server;
    std::unique_ptr<Client> client;
    QString base;
    QJsonObject scenario;
    QString partnerId, partnerDomain, webApp, publicApp, webSecret, expiredSecret;
    QByteArray certPem, keyPem;
    QString adminAgentsGroup;
    DemoUser mfaUser, noMfaUser, disabledUser;
    DemoUser notAdminAgentUser; // MFA registered, outside Admin Agents
    QStringList consentedCustomers, unconsentedCustomers;
};

} // namespace PCAuth::SandboxTest
