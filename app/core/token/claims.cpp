// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "token/claims.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

constexpr char Context[] = "PCAuth::Claims";

/// Translates a string marked with QT_TRANSLATE_NOOP in the Context below.
QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

struct KnownClaim
{
    const char16_t *name;
    const char *label;
    const char *explanation;
};

// The display order: who the token is for and from, who it acts as, which app asked, what it
// may do, how the user signed in, when it is valid, the rest, and Entra's internal claims.
// clang-format off
const KnownClaim KnownClaims[] = {
    {u"aud", QT_TRANSLATE_NOOP("PCAuth::Claims", "Audience"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The service this token is for. A Partner Center token names https://api.partnercenter.microsoft.com (or its application ID fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd); other services reject it.")},
    {u"iss", QT_TRANSLATE_NOOP("PCAuth::Claims", "Issuer"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "Who issued the token: Entra ID, for the tenant and cloud in the address (https://sts.windows.net/{tenant}/ for version 1.0 tokens, https://login.microsoftonline.com/{tenant}/v2.0 for version 2.0).")},
    {u"tid", QT_TRANSLATE_NOOP("PCAuth::Claims", "Tenant ID"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The Entra ID tenant the token was issued in. For Partner Center calls this is your partner tenant; for calls on behalf of a customer, the customer's tenant.")},
    {u"upn", QT_TRANSLATE_NOOP("PCAuth::Claims", "User principal name"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The sign-in name of the user the token acts for.")},
    {u"unique_name", QT_TRANSLATE_NOOP("PCAuth::Claims", "Unique name"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "A readable name for the user, usually the sign-in name (version 1.0 tokens). For display only: it can change.")},
    {u"preferred_username", QT_TRANSLATE_NOOP("PCAuth::Claims", "Preferred username"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The user's sign-in name as shown to people (version 2.0 tokens). For display only: it can change.")},
    {u"name", QT_TRANSLATE_NOOP("PCAuth::Claims", "Display name"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The user's display name, for showing only.")},
    {u"given_name", QT_TRANSLATE_NOOP("PCAuth::Claims", "Given name"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The user's first name.")},
    {u"family_name", QT_TRANSLATE_NOOP("PCAuth::Claims", "Family name"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The user's last name.")},
    {u"email", QT_TRANSLATE_NOOP("PCAuth::Claims", "Email"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "An email address of the user, when the account has one. For display only: it can change.")},
    {u"oid", QT_TRANSLATE_NOOP("PCAuth::Claims", "Object ID"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The ID of the user (or, in an app-only token, the application's service principal) in this tenant. It is the same for every application.")},
    {u"sub", QT_TRANSLATE_NOOP("PCAuth::Claims", "Subject"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "An ID of the user that is different for each application; use oid to recognise the same user across applications.")},
    {u"appid", QT_TRANSLATE_NOOP("PCAuth::Claims", "Application ID"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The client ID of the application that requested the token (version 1.0 tokens): for Partner Center, the app registered for the Secure Application Model.")},
    {u"azp", QT_TRANSLATE_NOOP("PCAuth::Claims", "Authorized party"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The client ID of the application that requested the token (version 2.0 tokens; version 1.0 tokens use appid).")},
    {u"appidacr", QT_TRANSLATE_NOOP("PCAuth::Claims", "Application authentication"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "How the application proved its identity: 0 = public client (no secret), 1 = client secret, 2 = certificate.")},
    {u"azpacr", QT_TRANSLATE_NOOP("PCAuth::Claims", "Application authentication"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "How the application proved its identity (version 2.0 tokens): 0 = public client (no secret), 1 = client secret, 2 = certificate.")},
    {u"idtyp", QT_TRANSLATE_NOOP("PCAuth::Claims", "Identity type"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "'app' for an app-only token (no user), 'user' for a token that acts for a signed-in user. Many Partner Center calls accept only app+user tokens.")},
    {u"scp", QT_TRANSLATE_NOOP("PCAuth::Claims", "Delegated permissions"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The permissions (scopes) the application has to act for the user, separated by spaces. Partner Center needs user_impersonation.")},
    {u"roles", QT_TRANSLATE_NOOP("PCAuth::Claims", "Application roles"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The application permissions granted to the app (in app-only tokens), or the app roles assigned to the user.")},
    {u"wids", QT_TRANSLATE_NOOP("PCAuth::Claims", "Directory roles"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The template IDs of the Entra ID roles the user holds in this tenant; for example 62e90394-69f5-4237-9190-012177145e10 is Global Administrator.")},
    {u"amr", QT_TRANSLATE_NOOP("PCAuth::Claims", "Authentication methods"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "How the user signed in. 'mfa' or 'ngcmfa' means multi-factor authentication was performed; Partner Center requires it for app+user calls.")},
    {u"authenticationmethod", QT_TRANSLATE_NOOP("PCAuth::Claims", "Federated authentication method"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "How a federated identity provider (such as AD FS) signed the user in. Partner Center counts it as multi-factor only when it is http://schemas.microsoft.com/claims/multipleauthn.")},
    {u"http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod", QT_TRANSLATE_NOOP("PCAuth::Claims", "Federated authentication method"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "How a federated identity provider (such as AD FS) signed the user in. Partner Center counts it as multi-factor only when it is http://schemas.microsoft.com/claims/multipleauthn.")},
    {u"acr", QT_TRANSLATE_NOOP("PCAuth::Claims", "Authentication level"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "'1' for a normal sign-in, '0' when the sign-in did not meet ISO/IEC 29115 (for example anonymous). It does not say whether MFA was used: see amr.")},
    {u"auth_time", QT_TRANSLATE_NOOP("PCAuth::Claims", "Sign-in time"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "When the user last entered their credentials. Tokens obtained later with a refresh token keep this time.")},
    {u"iat", QT_TRANSLATE_NOOP("PCAuth::Claims", "Issued at"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "When this token was issued.")},
    {u"nbf", QT_TRANSLATE_NOOP("PCAuth::Claims", "Not before"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The token is not valid before this time.")},
    {u"exp", QT_TRANSLATE_NOOP("PCAuth::Claims", "Expires"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The token is not valid from this time on. Access tokens last about 60 to 90 minutes; a new one is obtained with the refresh token.")},
    {u"ver", QT_TRANSLATE_NOOP("PCAuth::Claims", "Token version"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The token format, '1.0' or '2.0'. For an access token the API it is for chooses the format, not the endpoint that issued it.")},
    {u"ipaddr", QT_TRANSLATE_NOOP("PCAuth::Claims", "IP address"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "The IP address the user signed in from, as Entra ID saw it. Useful when checking Conditional Access location rules.")},
    {u"nonce", QT_TRANSLATE_NOOP("PCAuth::Claims", "Nonce"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "A random value the application sent when sign-in started; finding it again in the ID token shows the token answers that sign-in and is not a replay.")},
    {u"xms_tcdt", QT_TRANSLATE_NOOP("PCAuth::Claims", "Tenant creation time"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "When the tenant was created.")},
    {u"sid", QT_TRANSLATE_NOOP("PCAuth::Claims", "Session ID"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "Internal to Entra ID (the sign-in session); it can be ignored.")},
    {u"uti", QT_TRANSLATE_NOOP("PCAuth::Claims", "Token ID"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "Internal to Entra ID (an ID of this token); it can be ignored.")},
    {u"rh", QT_TRANSLATE_NOOP("PCAuth::Claims", "Refresh hint"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "Internal to Entra ID; it can be ignored.")},
    {u"aio", QT_TRANSLATE_NOOP("PCAuth::Claims", "Internal data"),
     QT_TRANSLATE_NOOP("PCAuth::Claims", "Internal to Entra ID; it can be ignored.")},
};
// clang-format on

/// NumericDate claims shown as times.
constexpr QStringView TimeClaims[] = {u"auth_time", u"iat", u"nbf", u"exp", u"xms_tcdt"};

const KnownClaim *findKnown(QStringView name)
{
    const auto it =
        std::find_if(std::begin(KnownClaims), std::end(KnownClaims),
                     [name](const KnownClaim &claim) { return name == QStringView(claim.name); });
    return it == std::end(KnownClaims) ? nullptr : it;
}

bool isTimeClaim(QStringView name)
{
    return std::find(std::begin(TimeClaims), std::end(TimeClaims), name) != std::end(TimeClaims);
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

QString numberText(double number)
{
    constexpr double exactLimit = 9007199254740992.0; // 2^53: integers print without exponent
    if (std::isfinite(number) && std::floor(number) == number && std::abs(number) < exactLimit)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return compactJson(value);
    }
}

QString arrayText(const QJsonArray &array)
{
    QStringList parts;
    parts.reserve(array.size());
    for (const QJsonValue &element : array)
        parts.append(jsonText(element));
    return parts.join(u", "_s);
}

QString valueText(const Jwt &jwt, QStringView name, const Clock &clock)
{
    const QJsonValue value = jwt.claims().value(name);
    if (isTimeClaim(name)) {
        if (const auto time = jwt.timeClaim(name))
            return formatTime(*time, clock);
    }
    if (value.isArray())
        return arrayText(value.toArray());
    return jsonText(value);
}

ClaimRow makeRow(const Jwt &jwt, const QString &name, const Clock &clock)
{
    ClaimRow row;
    row.name = displaySafe(name);
    row.value = displaySafe(valueText(jwt, name, clock));
    if (const KnownClaim *known = findKnown(name)) {
        row.label = translated(known->label);
        row.explanation = translated(known->explanation);
    } else {
        row.label = row.name;
    }
    return row;
}

QString amount(quint64 big, const char *bigUnit, quint64 small, const char *smallUnit)
{
    const QString first = u"%1 %2"_s.arg(QString::number(big), translated(bigUnit));
    if (small == 0)
        return first;
    return first + u' ' + u"%1 %2"_s.arg(QString::number(small), translated(smallUnit));
}

} // namespace

QList<ClaimRow> explainClaims(const Jwt &jwt, const Clock &clock)
{
    QList<ClaimRow> rows;
    const QJsonObject &claims = jwt.claims();
    rows.reserve(claims.size());
    for (const KnownClaim &known : KnownClaims) {
        const QString name = QString::fromUtf16(known.name);
        if (claims.contains(name))
            rows.append(makeRow(jwt, name, clock));
    }
    // QJsonObject::keys() is sorted already.
    const QStringList names = claims.keys();
    for (const QString &name : names) {
        if (!findKnown(name))
            rows.append(makeRow(jwt, name, clock));
    }
    return rows;
}

QString explainClaim(QStringView name)
{
    const KnownClaim *known = findKnown(name);
    return known ? translated(known->explanation) : QString();
}

QString claimLabel(QStringView name)
{
    const KnownClaim *known = findKnown(name);
    return known ? translated(known->label) : QString();
}

QString formatRelative(qint64 seconds)
{
    if (seconds == 0)
        return QCoreApplication::translate("PCAuth::Claims", "now");
    // Unsigned magnitude: -INT64_MIN does not fit in qint64.
    const quint64 magnitude = seconds < 0 ? quint64(0) - quint64(seconds) : quint64(seconds);
    constexpr quint64 minute = 60;
    constexpr quint64 hour = 60 * minute;
    constexpr quint64 day = 24 * hour;
    QString span;
    if (magnitude < minute)
        span = amount(magnitude, QT_TRANSLATE_NOOP("PCAuth::Claims", "s"), 0, nullptr);
    else if (magnitude < hour)
        span = amount(magnitude / minute, QT_TRANSLATE_NOOP("PCAuth::Claims", "min"), 0, nullptr);
    else if (magnitude < day)
        span = amount(magnitude / hour, QT_TRANSLATE_NOOP("PCAuth::Claims", "h"),
                      magnitude % hour / minute, QT_TRANSLATE_NOOP("PCAuth::Claims", "min"));
    else
        span = amount(magnitude / day, QT_TRANSLATE_NOOP("PCAuth::Claims", "d"),
                      magnitude % day / hour, QT_TRANSLATE_NOOP("PCAuth::Claims", "h"));
    return seconds < 0 ? QCoreApplication::translate("PCAuth::Claims", "%1 ago").arg(span)
                       : QCoreApplication::translate("PCAuth::Claims", "in %1").arg(span);
}

QString displaySafe(QStringView text)
{
    const auto unsafe = [](QChar c) {
        const char16_t u = c.unicode();
        return c.category() == QChar::Other_Control || (u >= 0x202a && u <= 0x202e)
               || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
    };
    if (std::none_of(text.begin(), text.end(), unsafe))
        return text.toString();
    QString safe;
    safe.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (unsafe(c))
            safe += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            safe += c;
    }
    return safe;
}

QString formatTime(const QDateTime &time, const Clock &clock)
{
    const QString absolute = time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const qint64 relative = clock.now().secsTo(time);
    return QCoreApplication::translate("PCAuth::Claims", "%1 UTC (%2)")
        .arg(absolute, formatRelative(relative));
}

} // namespace PCAuth
