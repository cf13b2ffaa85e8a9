// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "errors/errorcatalogue.h"

#include "support/redaction.h"

#include <cmath>
#include <iterator>
#include <utility>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

constexpr const char *kContext = "PCAuth::ErrorCatalogue";
constexpr qsizetype kRawLimit = 2048; // bytes of a body kept in ServiceError::raw
constexpr qsizetype kJsonLimit = 1024 * 1024; // larger bodies are not parsed at all
constexpr qsizetype kShownLimit = 500; // characters of service text put in a message

/// Gives lupdate a context for the sentences built here (this file has no QObject).
class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::ErrorCatalogue)
};

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

/// One row of PROTOCOL.md §5. Several keys may share a row; texts are translated on use.
struct CatalogueEntry
{
    const char *keys[4];
    ErrorCategory category;
    const char *explanation;
    const char *action;
    bool wrongCloud;
};

// clang-format off
const CatalogueEntry kCatalogue[] = {
    {{"AADSTS50076", "interaction_required"}, ErrorCategory::MfaRequired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Multi-factor authentication is required now (a Conditional Access or security policy asks for it)."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again and complete multi-factor authentication."), false},
    {{"AADSTS50079", "AADSTS50072"}, ErrorCategory::MfaRegistrationRequired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The account must register security information for multi-factor authentication before it can sign in."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Register security info for the account (https://aka.ms/mysecurityinfo); a federated identity provider must send the multipleauthn claim."), false},
    {{"AADSTS50078"}, ErrorCategory::SignInAgain,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The multi-factor authentication proof has expired under the tenant's policy."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in again and complete multi-factor authentication."), false},
    {{"AADSTS700082", "AADSTS70008"}, ErrorCategory::RefreshTokenExpired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The refresh token expired because it was not used for 90 days."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again, then enable keep-alive so the token is used regularly."), false},
    {{"AADSTS70043"}, ErrorCategory::SignInAgain,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The token expired under a Conditional Access sign-in frequency policy."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in again, and ask an admin to review the sign-in frequency policy for this service account."), false},
    {{"AADSTS50173"}, ErrorCategory::Revoked,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The refresh token was revoked: the password was changed or an admin revoked the sessions."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in again: run the partner consent to get a new refresh token."), false},
    {{"AADSTS50132", "AADSTS50133"}, ErrorCategory::Revoked,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The session is no longer valid because the password was changed or has expired."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in again: run the partner consent to get a new refresh token."), false},
    {{"AADSTS50055"}, ErrorCategory::Revoked,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The account's password has expired, which invalidates its tokens."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Change the password, then sign in again: run the partner consent."), false},
    {{"AADSTS65001"}, ErrorCategory::ConsentMissing,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The application has not been granted consent in this tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Partner tenant: grant admin consent to the app; customer tenant: create the application consent and check the GDAP relationship."), false},
    {{"AADSTS90099"}, ErrorCategory::ConsentMissing,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The application is not authorized in the customer tenant for delegated admin access."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Pre-consent the application in the customer tenant (Partner Center application consent)."), false},
    {{"AADSTS530034"}, ErrorCategory::DelegatedAdminBlocked,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Delegated admin access is blocked because of risk detected on the account in the partner tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Resolve the risk for the account in the partner tenant (Entra ID Protection), then try again."), false},
    {{"AADSTS700007"}, ErrorCategory::WrongClient,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The refresh token was issued to a different application (client id)."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Use the application the token was obtained with: each token is stored with its client id."), false},
    {{"AADSTS50011"}, ErrorCategory::RedirectMismatch,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The redirect URI sent does not match any redirect URI registered for the application."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Register the exact redirect URI of this profile (for example http://localhost) in the app registration."), false},
    {{"AADSTS7000215"}, ErrorCategory::ClientCredentials,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The client secret is invalid (a new secret can take a minute to replicate before it works)."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check or rotate the client secret; better, use a certificate."), false},
    {{"AADSTS7000222"}, ErrorCategory::ClientCredentials,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The client secret has expired."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Rotate the client secret (a new one can take a minute to replicate); better, use a certificate."), false},
    {{"AADSTS700016"}, ErrorCategory::WrongTenantOrCloud,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The application was not found in this tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the application id, the tenant id and the cloud of the profile."), true},
    {{"AADSTS90002"}, ErrorCategory::WrongTenantOrCloud,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The tenant was not found."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the tenant id and the cloud of the profile."), true},
    {{"AADSTS90038"}, ErrorCategory::WrongTenantOrCloud,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The tenant belongs to another cloud."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the tenant id and the cloud of the profile."), true},
    {{"AADSTS53003"}, ErrorCategory::ConditionalAccess,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Access was blocked by a Conditional Access policy."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Ask a tenant admin to review the Conditional Access policy; the sign-in log finds it by the ids below."), false},
    {{"AADSTS50020", "AADSTS50177"}, ErrorCategory::WrongAccount,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "A guest or external account cannot sign in to this tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in with a member account of the partner tenant."), false},
    {{"PC10001"}, ErrorCategory::MfaRequired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Partner Center rejected the token: it carries no multi-factor authentication claim."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again with a fresh sign-in (prompt=login) and complete multi-factor authentication."), false},
    {{"PC20002"}, ErrorCategory::NoRelationship,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "There is no commerce relationship between the partner and this customer."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the customer relationship in Partner Center."), false},
    {{"invalid_grant"}, ErrorCategory::RefreshTokenExpired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The refresh token (or authorization code) is invalid or has expired."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again."), false},
    {{"invalid_client"}, ErrorCategory::ClientCredentials,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The client credentials were rejected."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the client secret or certificate of the app registration."), false},
    {{"consent_required"}, ErrorCategory::ConsentMissing,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The application has not been granted consent in this tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again and accept the requested permissions."), false},
    {{"temporarily_unavailable", "server_error"}, ErrorCategory::ServiceUnavailable,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The sign-in service had a temporary problem."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Try again in a few minutes; if it persists, quote the ids to Microsoft support."), false},
};
// clang-format on

const CatalogueEntry *findEntry(const QString &key)
{
    if (key.isEmpty())
        return nullptr;
    for (const CatalogueEntry &entry : kCatalogue) {
        for (const char *k : entry.keys) {
            if (k && key == QLatin1String(k))
                return &entry;
        }
    }
    return nullptr;
}

// ---- parsing helpers ----------------------------------------------------------------------

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    if (body.isEmpty() || body.size() > kJsonLimit)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// Strings as they are; integral numbers without a decimal point (PC codes come both ways).
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return {};
}

int intOf(const QJsonValue &value)
{
    bool ok = false;
    const int n = textOf(value).toInt(&ok);
    return ok ? n : 0;
}

int aadstsFromDescription(const QString &description)
{
    static const QRegularExpression re(u"^\\s*AADSTS(\\d{1,9})\\b"_s);
    const QRegularExpressionMatch m = re.match(description);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// Entra repeats its ids inside the description ("\r\nTrace ID: …"); used when the body
/// fields are missing, as on the redirect.
/// The same as matching `label:\s*(\S+)`, without compiling a pattern on every error.
QString descriptionField(const QString &description, const QString &label)
{
    for (qsizetype at = description.indexOf(label); at >= 0;
         at = description.indexOf(label, at + 1)) {
        qsizetype i = at + label.size();
        if (i >= description.size() || description.at(i) != u':')
            continue;
        ++i;
        while (i < description.size() && description.at(i).isSpace())
            ++i;
        qsizetype end = i;
        while (end < description.size() && !description.at(end).isSpace())
            ++end;
        if (end > i)
            return description.mid(i, end - i);
    }
    return QString();
}

ServiceError unrecognised(const QByteArray &body, int httpStatus)
{
    ServiceError e;
    e.source = ServiceError::Source::Http;
    e.httpStatus = httpStatus;
    e.raw = Redaction::redactBody(body, kRawLimit);
    return e;
}

void fillEntraIdsFromDescription(ServiceError &e)
{
    if (e.aadsts == 0)
        e.aadsts = aadstsFromDescription(e.description);
    if (e.traceId.isEmpty())
        e.traceId = descriptionField(e.description, u"Trace ID"_s);
    if (e.correlationId.isEmpty())
        e.correlationId = descriptionField(e.description, u"Correlation ID"_s);
    if (e.timestamp.isEmpty()) {
        static const QRegularExpression re(u"Timestamp:\\s*([^\\r\\n]+)"_s);
        const QRegularExpressionMatch m = re.match(e.description);
        if (m.hasMatch())
            e.timestamp = m.captured(1).trimmed();
    }
}

ServiceError entraFrom(const QJsonObject &o, const QByteArray &body, int httpStatus)
{
    ServiceError e;
    e.source = ServiceError::Source::Entra;
    e.httpStatus = httpStatus;
    e.error = textOf(o.value("error"_L1));
    e.description = o.value("error_description"_L1).toString();
    const QJsonArray codes = o.value("error_codes"_L1).toArray();
    for (const QJsonValue &code : codes) {
        if (const int n = intOf(code))
            e.errorCodes.append(n);
    }
    e.traceId = textOf(o.value("trace_id"_L1));
    e.correlationId = textOf(o.value("correlation_id"_L1));
    e.timestamp = textOf(o.value("timestamp"_L1));
    e.raw = Redaction::redactBody(body, kRawLimit);
    e.aadsts = aadstsFromDescription(e.description);
    if (e.aadsts == 0 && !e.errorCodes.isEmpty())
        e.aadsts = e.errorCodes.first();
    fillEntraIdsFromDescription(e);
    return e;
}

std::optional<int> retryAfterFromText(const QString &text)
{
    static const QRegularExpression re(u"try again in (\\d{1,6}) seconds?"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

ServiceError partnerCenterFrom(const QJsonObject &o, const QByteArray &body, int httpStatus)
{
    ServiceError e;
    e.source = ServiceError::Source::PartnerCenter;
    e.httpStatus = httpStatus > 0 ? httpStatus : intOf(o.value("statusCode"_L1));
    e.error = textOf(o.value("code"_L1));
    e.description = o.value("description"_L1).toString();
    if (e.description.isEmpty())
        e.description = o.value("message"_L1).toString();
    e.correlationId = textOf(o.value("correlationId"_L1));
    e.raw = Redaction::redactBody(body, kRawLimit);
    e.retryAfterSeconds = retryAfterFromText(e.description);
    return e;
}

QJsonObject innerErrorOf(const QJsonObject &error)
{
    for (auto it = error.constBegin(); it != error.constEnd(); ++it) {
        if (it.key().compare("innerError"_L1, Qt::CaseInsensitive) == 0)
            return it.value().toObject();
    }
    return {};
}

ServiceError graphFrom(const QJsonObject &o, const QByteArray &body, int httpStatus)
{
    const QJsonObject error = o.value("error"_L1).toObject();
    const QJsonObject inner = innerErrorOf(error);
    ServiceError e;
    e.source = ServiceError::Source::Graph;
    e.httpStatus = httpStatus;
    e.error = textOf(error.value("code"_L1));
    e.description = error.value("message"_L1).toString();
    e.traceId = textOf(inner.value("request-id"_L1));
    e.correlationId = textOf(inner.value("client-request-id"_L1));
    e.timestamp = textOf(inner.value("date"_L1));
    e.raw = Redaction::redactBody(body, kRawLimit);
    e.retryAfterSeconds = retryAfterFromText(e.description);
    return e;
}

bool looksLikeEntra(const QJsonObject &o)
{
    return o.value("error"_L1).isString();
}

bool looksLikeGraph(const QJsonObject &o)
{
    return o.value("error"_L1).isObject();
}

bool looksLikePartnerCenter(const QJsonObject &o)
{
    return !o.contains("error"_L1)
           && (o.contains("code"_L1) || o.contains("statusCode"_L1) || o.contains("errorName"_L1));
}

// ---- advice helpers -----------------------------------------------------------------------

QString httpReason(int status)
{
    static const std::pair<int, const char *> reasons[] = {
        {400, "Bad Request"},         {401, "Unauthorized"},          {403, "Forbidden"},
        {404, "Not Found"},           {408, "Request Timeout"},       {409, "Conflict"},
        {429, "Too Many Requests"},   {500, "Internal Server Error"}, {502, "Bad Gateway"},
        {503, "Service Unavailable"}, {504, "Gateway Timeout"}};
    for (const auto &[code, text] : reasons) {
        if (code == status)
            return QString::fromLatin1(text);
    }
    return {};
}

QString statusSentence(int status)
{
    if (status <= 0)
        return Tr::tr("The service sent an error without an HTTP status.");
    const QString reason = httpReason(status);
    if (reason.isEmpty())
        return Tr::tr("The service answered with HTTP status %1.").arg(status);
    return Tr::tr("The service answered with HTTP status %1 (%2).").arg(status).arg(reason);
}

/// The first line of what the service said, without the AADSTS prefix (the ids line has it).
QString firstLine(const QString &description)
{
    static const QRegularExpression prefix(u"^\\s*AADSTS\\d+:\\s*"_s);
    QString line = description.section(QLatin1Char('\n'), 0, 0).trimmed();
    line.remove(prefix);
    if (line.size() > kShownLimit)
        line = line.left(kShownLimit) + u"…"_s;
    return line;
}

QString redirectUriFrom(const QString &description)
{
    static const QRegularExpression re(u"redirect URI '([^']{1,300})'"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(description);
    return m.hasMatch() ? m.captured(1) : QString();
}

ErrorAdvice adviceFrom(const CatalogueEntry &entry, const ServiceError &error)
{
    ErrorAdvice advice;
    advice.category = entry.category;
    advice.explanation = translated(entry.explanation);
    advice.action = translated(entry.action);
    advice.wrongCloudHint = entry.wrongCloud;
    if (entry.category == ErrorCategory::RedirectMismatch) {
        const QString uri = redirectUriFrom(error.description);
        if (!uri.isEmpty())
            advice.action =
                Tr::tr("Register this exact redirect URI in the app registration: %1").arg(uri);
    }
    return advice;
}

ErrorAdvice throttledAdvice(const ServiceError &error)
{
    ErrorAdvice advice;
    advice.category = ErrorCategory::Throttled;
    advice.explanation = Tr::tr("The service is throttling requests: too many were sent.");
    if (error.retryAfterSeconds && *error.retryAfterSeconds >= 0)
        advice.action = Tr::tr("Wait %1 seconds before retrying; send fewer requests in "
                               "parallel.")
                            .arg(*error.retryAfterSeconds);
    else
        advice.action =
            Tr::tr("Wait for the time given in Retry-After, then retry with exponential "
                   "back-off and fewer parallel requests.");
    return advice;
}

ErrorAdvice unavailableAdvice(const ServiceError &error)
{
    ErrorAdvice advice;
    advice.category = ErrorCategory::ServiceUnavailable;
    advice.explanation =
        Tr::tr("The service had a temporary problem (HTTP %1).").arg(error.httpStatus);
    advice.action = Tr::tr("Try again in a few minutes; if it persists, quote the ids to Microsoft "
                           "support.");
    return advice;
}

ErrorAdvice unknownAdvice(const ServiceError &error)
{
    ErrorAdvice advice;
    const QString said = firstLine(error.description);
    advice.explanation = said.isEmpty() ? statusSentence(error.httpStatus) : said;
    advice.action = Tr::tr("Check the details below; quote the ids to Microsoft support.");
    return advice;
}

/// advise() plus whether the match was specific (a code) or only generic (an error value),
/// in which case describe() also shows the service's own words.
struct Match
{
    ErrorAdvice advice;
    bool specific = false;
};

Match lookup(const ServiceError &error)
{
    if (error.aadsts > 0) {
        if (const CatalogueEntry *entry = findEntry(u"AADSTS"_s + QString::number(error.aadsts)))
            return {adviceFrom(*entry, error), true};
    }
    if (error.source == ServiceError::Source::PartnerCenter && !error.error.isEmpty()) {
        if (const CatalogueEntry *entry = findEntry(u"PC"_s + error.error))
            return {adviceFrom(*entry, error), true};
    }
    if (error.httpStatus == 429)
        return {throttledAdvice(error), true};
    if (error.source != ServiceError::Source::PartnerCenter) {
        if (const CatalogueEntry *entry = findEntry(error.error))
            return {adviceFrom(*entry, error), false};
    }
    if (error.httpStatus >= 500 && error.httpStatus <= 599)
        return {unavailableAdvice(error), false};
    return {unknownAdvice(error), false};
}

QString idsLine(const ServiceError &error)
{
    const bool graph = error.source == ServiceError::Source::Graph;
    QStringList parts;
    if (error.aadsts > 0)
        parts << u"AADSTS"_s + QString::number(error.aadsts);
    else if (error.source == ServiceError::Source::PartnerCenter && !error.error.isEmpty())
        parts << Tr::tr("Partner Center code %1").arg(error.error);
    else if (!error.error.isEmpty())
        parts << error.error;
    else if (error.httpStatus > 0)
        parts << Tr::tr("HTTP %1").arg(error.httpStatus);
    if (!error.traceId.isEmpty())
        parts << (graph ? Tr::tr("request id %1") : Tr::tr("trace id %1")).arg(error.traceId);
    if (!error.correlationId.isEmpty())
        parts << (graph ? Tr::tr("client request id %1") : Tr::tr("correlation id %1"))
                     .arg(error.correlationId);
    if (!error.timestamp.isEmpty())
        parts << Tr::tr("time %1").arg(error.timestamp);
    return parts.join(u" · "_s);
}

} // namespace

QString ServiceError::key() const
{
    if (aadsts > 0)
        return u"AADSTS"_s + QString::number(aadsts);
    if (source == Source::PartnerCenter && !error.isEmpty())
        return u"PC"_s + error;
    if (!error.isEmpty())
        return error;
    if (httpStatus > 0)
        return u"HTTP"_s + QString::number(httpStatus);
    return {};
}

namespace {

constexpr qsizetype kStoredDescriptionLimit = 500;

QString sourceId(ServiceError::Source source)
{
    switch (source) {
    case ServiceError::Source::Entra:
        return u"entra"_s;
    case ServiceError::Source::PartnerCenter:
        return u"partner-center"_s;
    case ServiceError::Source::Graph:
        return u"graph"_s;
    case ServiceError::Source::Http:
        break;
    }
    return u"http"_s;
}

std::optional<ServiceError::Source> sourceFromId(const QString &id)
{
    for (auto source : {ServiceError::Source::Entra, ServiceError::Source::PartnerCenter,
                        ServiceError::Source::Graph, ServiceError::Source::Http}) {
        if (id == sourceId(source))
            return source;
    }
    return std::nullopt;
}

} // namespace

QJsonObject toJson(const ServiceError &error)
{
    QJsonArray codes;
    for (int code : error.errorCodes)
        codes.append(code);
    QString description = error.description.section(QLatin1Char('\n'), 0, 0);
    if (description.endsWith(QLatin1Char('\r')))
        description.chop(1);
    return QJsonObject{{u"source"_s, sourceId(error.source)},
                       {u"httpStatus"_s, error.httpStatus},
                       {u"error"_s, error.error},
                       {u"aadsts"_s, error.aadsts},
                       {u"errorCodes"_s, codes},
                       {u"description"_s, description.left(kStoredDescriptionLimit)},
                       {u"traceId"_s, error.traceId},
                       {u"correlationId"_s, error.correlationId},
                       {u"timestamp"_s, error.timestamp}};
}

std::optional<ServiceError> serviceErrorFromJson(const QJsonObject &json)
{
    const std::optional<ServiceError::Source> source =
        sourceFromId(json.value(u"source"_s).toString());
    if (!source)
        return std::nullopt;
    ServiceError error;
    error.source = *source;
    error.httpStatus = json.value(u"httpStatus"_s).toInt(0);
    error.error = json.value(u"error"_s).toString();
    error.aadsts = json.value(u"aadsts"_s).toInt(0);
    const QJsonArray codes = json.value(u"errorCodes"_s).toArray();
    for (const QJsonValue &code : codes)
        error.errorCodes.append(code.toInt());
    error.description = json.value(u"description"_s).toString();
    error.traceId = json.value(u"traceId"_s).toString();
    error.correlationId = json.value(u"correlationId"_s).toString();
    error.timestamp = json.value(u"timestamp"_s).toString();
    return error;
}

namespace ErrorCatalogue {

ServiceError parseEntra(const QByteArray &body, int httpStatus)
{
    const std::optional<QJsonObject> o = jsonObject(body);
    if (!o || !looksLikeEntra(*o))
        return unrecognised(body, httpStatus);
    return entraFrom(*o, body, httpStatus);
}

ServiceError parsePartnerCenter(const QByteArray &body, int httpStatus)
{
    const std::optional<QJsonObject> o = jsonObject(body);
    if (!o || !looksLikePartnerCenter(*o))
        return unrecognised(body, httpStatus);
    return partnerCenterFrom(*o, body, httpStatus);
}

ServiceError parseGraph(const QByteArray &body, int httpStatus)
{
    const std::optional<QJsonObject> o = jsonObject(body);
    if (!o || !looksLikeGraph(*o))
        return unrecognised(body, httpStatus);
    return graphFrom(*o, body, httpStatus);
}

ServiceError parse(const QByteArray &body, int httpStatus)
{
    const std::optional<QJsonObject> o = jsonObject(body);
    if (!o)
        return unrecognised(body, httpStatus);
    if (looksLikeGraph(*o))
        return graphFrom(*o, body, httpStatus);
    if (looksLikeEntra(*o))
        return entraFrom(*o, body, httpStatus);
    if (looksLikePartnerCenter(*o))
        return partnerCenterFrom(*o, body, httpStatus);
    return unrecognised(body, httpStatus);
}

ServiceError fromEntraRedirect(const QString &error, const QString &errorDescription)
{
    ServiceError e;
    e.source = ServiceError::Source::Entra;
    e.error = error.trimmed();
    e.description = errorDescription;
    fillEntraIdsFromDescription(e);
    return e;
}

ErrorAdvice advise(const ServiceError &error)
{
    return lookup(error).advice;
}

QString describe(const ServiceError &error)
{
    const Match match = lookup(error);
    QStringList lines;
    lines << match.advice.explanation;
    if (match.advice.wrongCloudHint)
        lines << Tr::tr("Wrong cloud selected?");
    lines << match.advice.action;
    const QString said = firstLine(error.description);
    const bool unknown = match.advice.category == ErrorCategory::Unknown;
    if (!match.specific && !unknown && !said.isEmpty())
        lines << Tr::tr("The service said: %1").arg(said);
    if (unknown && error.source == ServiceError::Source::Http && !error.raw.isEmpty()) {
        QString shown = error.raw.simplified();
        if (shown.size() > kShownLimit)
            shown = shown.left(kShownLimit) + u"…"_s;
        lines << Tr::tr("Response: %1").arg(shown);
    }
    const QString ids = idsLine(error);
    if (!ids.isEmpty())
        lines << ids;
    return lines.join(QLatin1Char('\n'));
}

QString categoryId(ErrorCategory category)
{
    // In enum order; the ids are written to JSON, never change one.
    static const char *const ids[] = {"mfa-required",
                                      "mfa-registration-required",
                                      "sign-in-again",
                                      "refresh-token-expired",
                                      "revoked",
                                      "consent-missing",
                                      "delegated-admin-blocked",
                                      "wrong-client",
                                      "redirect-mismatch",
                                      "client-credentials",
                                      "wrong-tenant-or-cloud",
                                      "conditional-access",
                                      "wrong-account",
                                      "no-relationship",
                                      "throttled",
                                      "service-unavailable",
                                      "unknown"};
    static_assert(std::size(ids) == static_cast<std::size_t>(ErrorCategory::Unknown) + 1);
    const auto index = static_cast<std::size_t>(category);
    return QString::fromLatin1(index < std::size(ids) ? ids[index] : "unknown");
}

} // namespace ErrorCatalogue

} // namespace PCAuth
