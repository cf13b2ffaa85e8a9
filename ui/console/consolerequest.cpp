// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consolerequest.h"

#include <algorithm>

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace PCAuth::Console {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::Console)
};

/// Single quotes for a POSIX shell: nothing inside is expanded.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

const QList<Preset> &presets()
{
    static const QList<Preset> table{
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Partner Center: customers"), Target::PartnerCenter,
         "GET", "/v1/customers?size=20", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Partner Center: one customer"),
         Target::PartnerCenter, "GET", "/v1/customers/{customer}", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Partner Center: organization profile"),
         Target::PartnerCenter, "GET", "/v1/profiles/organization", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Partner Center: legal business profile"),
         Target::PartnerCenter, "GET", "/v1/profiles/legalbusiness?vettingVersion=Current", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Partner Center: MFA adoption status"),
         Target::PartnerCenter, "GET", "/v1/applicationmfaadoptionstatus", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Partner Center: partner requests"),
         Target::PartnerCenter, "GET", "/v1/partnerRequests", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Partner Center: application consent in a customer"),
         Target::PartnerCenter, "POST", "/v1/customers/{customer}/applicationconsents",
         "{\n  \"applicationId\": \"00000000-0000-0000-0000-000000000000\",\n"
         "  \"applicationGrants\": [\n    {\n"
         "      \"enterpriseApplicationId\": \"00000003-0000-0000-c000-000000000000\",\n"
         "      \"scope\": \"Directory.Read.All\"\n    }\n  ]\n}"},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Graph: organization"), Target::Graph, "GET",
         "/v1.0/organization", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Graph: domains"), Target::Graph, "GET",
         "/v1.0/domains", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Graph: first user"), Target::Graph, "GET",
         "/v1.0/users?$top=1", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Graph: signed-in user"), Target::Graph, "GET",
         "/v1.0/me", ""},
        {QT_TRANSLATE_NOOP("PCAuth::Console", "Azure Resource Manager: subscriptions"), Target::Arm,
         "GET", "/subscriptions?api-version=2022-12-01", ""},
    };
    return table;
}

int presetIndex(const char *path)
{
    const QList<Preset> &all = presets();
    for (int i = 0; i < all.size(); ++i) {
        if (qstrcmp(all.at(i).path, path) == 0)
            return i;
    }
    return -1;
}

QString presetPath(const Preset &preset, const QString &tenant)
{
    QString path = QString::fromLatin1(preset.path);
    if (!tenant.trimmed().isEmpty())
        path.replace(u"{customer}"_s, QString::fromUtf8(QUrl::toPercentEncoding(tenant.trimmed())));
    return path;
}

QString audienceOption(Service service)
{
    return serviceId(service);
}

Expected<ResolvedTarget> resolveTarget(const Cloud &cloud, Target target, const QString &text)
{
    const QString typed = text.trimmed();
    if (target != Target::Url) {
        const Service service = target == Target::PartnerCenter ? Service::PartnerCenter
                                : target == Target::Graph       ? Service::Graph
                                                                : Service::Arm;
        if (!typed.startsWith(u'/') || typed.contains(u' '))
            return fail(Text::tr("Path: give a path that starts with /, such as /v1/customers, not "
                                 "\"%1\". For a full URL choose \"Full URL\" as the service.")
                            .arg(typed));
        const QUrl base = cloud.endpoint(service);
        if (base.isEmpty())
            return fail(Text::tr("Service: the cloud %1 has no endpoint for this service.")
                            .arg(cloud.displayName()));
        return ResolvedTarget{service, apiUrl(base, typed), apiKindOf(service),
                              cloud.resource(service)};
    }
    const QUrl url(typed, QUrl::StrictMode);
    if (typed.isEmpty() || !url.isValid() || url.isRelative() || url.host().isEmpty())
        return fail(
            Text::tr("URL: give a full URL such as https://graph.microsoft.com/v1.0/domains, "
                     "not \"%1\".")
                .arg(typed));
    const std::optional<Service> service = cloud.serviceOf(url);
    if (!service)
        return fail(Text::tr("URL: %1 is not an endpoint of the cloud %2; the access token is only "
                             "sent to the cloud's own services.")
                        .arg(url.host(), cloud.displayName()));
    return ResolvedTarget{*service, url, apiKindOf(*service), cloud.resource(*service)};
}

bool methodHasBody(const QString &method)
{
    return method == "POST"_L1 || method == "PUT"_L1 || method == "PATCH"_L1;
}

Expected<QByteArray> checkJsonBody(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QByteArray();
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error{};
    (void)QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return utf8;
    // The offset is in bytes of UTF-8; count lines and columns in characters for the user.
    const QString before = QString::fromUtf8(utf8.left(error.offset));
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return fail(Text::tr("Body: not valid JSON: %1 at line %2, column %3. Nothing was sent.")
                    .arg(error.errorString())
                    .arg(before.count(u'\n') + 1)
                    .arg(before.size() - lineStart + 1));
}

QString redactToken(const QString &token)
{
    if (token.isEmpty())
        return QString();
    return token.left(6) + u'\u2026' + Text::tr("(%n chars)", nullptr, int(token.size()));
}

QByteArray redactAuthorization(const QByteArray &value)
{
    const qsizetype space = value.indexOf(' ');
    const QString scheme = space < 0 ? QString() : QString::fromLatin1(value.left(space));
    const QString token = QString::fromLatin1(space < 0 ? value : value.mid(space + 1));
    const QString redacted = redactToken(token);
    return (scheme.isEmpty() ? redacted : scheme + u' ' + redacted).toUtf8();
}

QString formatHeaders(const HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value);
    return lines.join(u'\n');
}

QString curlCommand(const SentRequest &sent, const QString &profileName, const QString &tenant,
                    const QString &audience, const CtlInvocation &ctl)
{
    QString tokenCommand;
    if (!ctl.keychainService.isEmpty() && ctl.keychainService != "pcauth"_L1)
        tokenCommand += u"PCAUTH_KEYCHAIN_SERVICE="_s + shellQuote(ctl.keychainService) + u' ';
    tokenCommand += ctl.program.isEmpty() ? u"pcauthctl"_s : shellQuote(ctl.program);
    if (!ctl.configDir.isEmpty())
        tokenCommand += u" --config-dir "_s + shellQuote(ctl.configDir);
    tokenCommand +=
        u" token --profile "_s + shellQuote(profileName) + u" --audience "_s + shellQuote(audience);
    if (!tenant.isEmpty())
        tokenCommand += u" --tenant "_s + shellQuote(tenant);
    tokenCommand += u" --show-token"_s;
    const QString comment =
        u"# "_s
        + Text::tr("pcauthctl fetches the access token when this runs; the token itself is not "
                   "part of this text.")
        + u'\n';
    QStringList lines{u"TOKEN=\"$("_s + tokenCommand + u")\" &&"_s,
                      u"curl -sS -i -X "_s + QString::fromLatin1(sent.method) + u' '
                          + shellQuote(sent.url.toString(QUrl::FullyEncoded))};
    for (const auto &[name, value] : sent.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            lines << u"  -H \"Authorization: Bearer $TOKEN\""_s;
        else
            lines << u"  -H "_s
                         + shellQuote(QString::fromLatin1(name) + u": "_s
                                      + QString::fromUtf8(value));
    }
    if (!sent.body.isEmpty())
        lines << u"  --data-binary "_s + shellQuote(QString::fromUtf8(sent.body));
    return comment + lines.join(u" \\\n"_s) + u'\n';
}

bool hasProfile(const QList<Profile> &profiles, const QString &id)
{
    return std::any_of(profiles.cbegin(), profiles.cend(),
                       [&id](const Profile &profile) { return profile.id == id; });
}

QString keptProfile(const QList<Profile> &profiles, const QString &current)
{
    if (hasProfile(profiles, current))
        return current;
    return profiles.isEmpty() ? QString() : profiles.constFirst().id;
}

QString reasonPhrase(int status)
{
    static const QHash<int, const char *> phrases{
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {304, "Not Modified"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {409, "Conflict"},
        {412, "Precondition Failed"},
        {413, "Content Too Large"},
        {415, "Unsupported Media Type"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    const char *phrase = phrases.value(status, nullptr);
    return phrase ? QString::fromLatin1(phrase) : QString();
}

} // namespace PCAuth::Console
