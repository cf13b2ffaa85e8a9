// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "token/jwt.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

enum class Part { Header, Payload, Signature };

QString partName(Part part)
{
    switch (part) {
    case Part::Header:
        return QCoreApplication::translate("PCAuth::Jwt", "header");
    case Part::Payload:
        return QCoreApplication::translate("PCAuth::Jwt", "payload");
    case Part::Signature:
        return QCoreApplication::translate("PCAuth::Jwt", "signature");
    }
    return {};
}

/// Names one character without printing control characters into a message.
QString describeCharacter(char32_t ch)
{
    const QString code = u"U+%1"_s.arg(uint(ch), 4, 16, QLatin1Char('0')).toUpper();
    switch (ch) {
    case U' ':
        return QCoreApplication::translate("PCAuth::Jwt", "a space (%1)").arg(code);
    case U'\t':
        return QCoreApplication::translate("PCAuth::Jwt", "a tab (%1)").arg(code);
    case U'\n':
    case U'\r':
        return QCoreApplication::translate("PCAuth::Jwt", "a line break (%1)").arg(code);
    default:
        break;
    }
    if (QChar::isPrint(ch) && !QChar::isSpace(ch))
        return u"'%1' (%2)"_s.arg(QString::fromUcs4(&ch, 1), code);
    return code;
}

bool isBase64UrlCharacter(QChar ch)
{
    const char16_t c = ch.unicode();
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
           || c == u'-' || c == u'_';
}

/// Up to two '=' at the end are tolerated (some tools pad); JWTs themselves never pad.
QStringView withoutPadding(QStringView segment)
{
    qsizetype end = segment.size();
    while (end > 0 && segment.size() - end < 2 && segment.at(end - 1) == u'=')
        --end;
    return segment.first(end);
}

/// Checks the alphabet first so the message can say which character, where, and why.
/// `offset` is where the segment starts in the token, for a 1-based character position.
std::optional<Failure> checkBase64Url(QStringView segment, Part part, qsizetype offset)
{
    const QStringView body = withoutPadding(segment);
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar ch = segment.at(i);
        if (i < body.size() ? isBase64UrlCharacter(ch) : ch == u'=')
            continue;
        char32_t code = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < segment.size() && segment.at(i + 1).isLowSurrogate())
            code = QChar::surrogateToUcs4(ch, segment.at(i + 1));
        QString message =
            QCoreApplication::translate(
                "PCAuth::Jwt", "The %1 contains %2 at character %3 of the token, which cannot "
                               "appear in a JWT (only letters, digits, '-', '_' and two dots).")
                .arg(partName(part), describeCharacter(code), QString::number(offset + i + 1));
        if (ch == u'+' || ch == u'/')
            message += u' '
                       + QCoreApplication::translate(
                           "PCAuth::Jwt", "It looks like standard base64, not base64url.");
        return fail(message);
    }
    if (body.size() % 4 == 1) {
        return fail(QCoreApplication::translate(
                        "PCAuth::Jwt",
                        "The %1 is not valid base64url: its length (%2) leaves a last group of "
                        "one character, which cannot encode a byte. Was the token cut short "
                        "when it was copied?")
                        .arg(partName(part), QString::number(body.size())));
    }
    if (segment.size() != body.size() && segment.size() % 4 != 0) {
        return fail(QCoreApplication::translate(
                        "PCAuth::Jwt",
                        "The %1 is not valid base64url: the '=' padding at its end is wrong.")
                        .arg(partName(part)));
    }
    return std::nullopt;
}

Expected<QByteArray> decodeSegment(QStringView segment, Part part, qsizetype offset)
{
    if (const auto failure = checkBase64Url(segment, part, offset))
        return *failure;
    auto result = QByteArray::fromBase64Encoding(segment.toLatin1(),
                                                 QByteArray::Base64UrlEncoding
                                                     | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return fail(QCoreApplication::translate("PCAuth::Jwt", "The %1 is not valid base64url.")
                        .arg(partName(part)));
    return std::move(result.decoded);
}

QString jsonKind(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QCoreApplication::translate("PCAuth::Jwt", "an array");
    case QJsonValue::String:
        return QCoreApplication::translate("PCAuth::Jwt", "a string");
    case QJsonValue::Double:
        return QCoreApplication::translate("PCAuth::Jwt", "a number");
    case QJsonValue::Bool:
        return QCoreApplication::translate("PCAuth::Jwt", "true or false");
    case QJsonValue::Null:
        return QCoreApplication::translate("PCAuth::Jwt", "null");
    default:
        return QCoreApplication::translate("PCAuth::Jwt", "not an object");
    }
}

/// QJsonDocument refuses a top-level scalar as "illegal value"; parsing it again inside an
/// array tells "JSON but not an object" apart from "not JSON" for the message.
Expected<QJsonObject> parseObject(const QByteArray &bytes, Part part)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isObject())
        return document.object();
    if (document.isArray()) {
        return fail(QCoreApplication::translate("PCAuth::Jwt",
                                                "The %1 is JSON but not an object: it is %2.")
                        .arg(partName(part), jsonKind(QJsonValue(QJsonValue::Array))));
    }
    QJsonParseError wrappedError{};
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + bytes + ']', &wrappedError);
    if (wrapped.isArray() && wrapped.array().size() == 1) {
        return fail(QCoreApplication::translate("PCAuth::Jwt",
                                                "The %1 is JSON but not an object: it is %2.")
                        .arg(partName(part), jsonKind(wrapped.array().at(0))));
    }
    return fail(QCoreApplication::translate(
                    "PCAuth::Jwt", "The %1 is not JSON: %2 near byte %3 of the decoded %1.")
                    .arg(partName(part), error.errorString(), QString::number(error.offset)));
}

QStringView stripBearer(QStringView token)
{
    const QStringView trimmed = token.trimmed();
    constexpr QStringView bearer = u"Bearer";
    if (!trimmed.startsWith(bearer, Qt::CaseInsensitive))
        return trimmed;
    if (trimmed.size() == bearer.size())
        return {};
    if (!trimmed.at(bearer.size()).isSpace())
        return trimmed;
    return trimmed.sliced(bearer.size()).trimmed();
}

std::optional<Failure> checkShape(QStringView token)
{
    if (token.isEmpty())
        return fail(QCoreApplication::translate("PCAuth::Jwt", "The token is empty."));
    if (token.size() > Jwt::MaxInputSize) {
        return fail(
            QCoreApplication::translate(
                "PCAuth::Jwt", "The token is %1 characters long; the limit is %2 characters.")
                .arg(token.size())
                .arg(Jwt::MaxInputSize));
    }
    const qsizetype parts = token.count(u'.') + 1;
    if (parts == 5) {
        return fail(QCoreApplication::translate(
            "PCAuth::Jwt", "The token has 5 parts, so it is an encrypted token (JWE): it cannot "
                           "be read without the recipient's key."));
    }
    if (parts != 3) {
        return fail(QCoreApplication::translate(
                        "PCAuth::Jwt",
                        "A JWT has 3 parts separated by dots (header.payload.signature); this "
                        "token has %1. Refresh tokens and other opaque tokens cannot be "
                        "decoded.")
                        .arg(parts));
    }
    return std::nullopt;
}

QString numberText(double number)
{
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(number) && std::floor(number) == number && std::abs(number) < exactLimit)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberText(value.toDouble());
    return {};
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &value : values)
        quoted.append(u'"' + value + u'"');
    return u'[' + quoted.join(u", "_s) + u']';
}

/// The seed document writes the value with https, Microsoft's other docs with http.
bool isMultipleAuthn(const QString &value)
{
    for (const QStringView accepted : {u"http://schemas.microsoft.com/claims/multipleauthn",
                                       u"https://schemas.microsoft.com/claims/multipleauthn"}) {
        if (value.compare(accepted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

constexpr QStringView AuthMethodShort = u"authenticationmethod";
constexpr QStringView AuthMethodUri =
    u"http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod";

} // namespace

QString mfaStateId(MfaVerdict::State state)
{
    switch (state) {
    case MfaVerdict::State::Present:
        return u"present"_s;
    case MfaVerdict::State::Absent:
        return u"absent"_s;
    case MfaVerdict::State::Unknown:
        break;
    }
    return u"unknown"_s;
}

Expected<Jwt> Jwt::decode(QStringView input)
{
    const QStringView token = stripBearer(input);
    if (const auto failure = checkShape(token))
        return *failure;

    const qsizetype firstDot = token.indexOf(u'.');
    const qsizetype secondDot = token.indexOf(u'.', firstDot + 1);
    const QStringView headerText = token.first(firstDot);
    const QStringView payloadText = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QStringView signatureText = token.sliced(secondDot + 1);
    if (headerText.isEmpty())
        return fail(QCoreApplication::translate(
            "PCAuth::Jwt", "The header is empty: there is nothing before the first dot."));
    if (payloadText.isEmpty())
        return fail(QCoreApplication::translate(
            "PCAuth::Jwt", "The payload is empty: there is nothing between the two dots."));

    const auto headerBytes = decodeSegment(headerText, Part::Header, 0);
    if (!headerBytes)
        return fail(headerBytes.error());
    const auto payloadBytes = decodeSegment(payloadText, Part::Payload, firstDot + 1);
    if (!payloadBytes)
        return fail(payloadBytes.error());
    auto signature = decodeSegment(signatureText, Part::Signature, secondDot + 1);
    if (!signature)
        return fail(signature.error());

    auto header = parseObject(*headerBytes, Part::Header);
    if (!header)
        return fail(header.error());
    auto claims = parseObject(*payloadBytes, Part::Payload);
    if (!claims)
        return fail(claims.error());

    Jwt jwt;
    jwt.m_header = std::move(header).value();
    jwt.m_claims = std::move(claims).value();
    jwt.m_signingInput = token.first(secondDot).toLatin1();
    jwt.m_signature = std::move(signature).value();
    return jwt;
}

QString Jwt::algorithm() const
{
    return m_header.value(u"alg").toString();
}

QString Jwt::keyId() const
{
    return m_header.value(u"kid").toString();
}

QString Jwt::stringClaim(QStringView name) const
{
    return scalarText(m_claims.value(name));
}

QStringList Jwt::stringListClaim(QStringView name) const
{
    const QJsonValue value = m_claims.value(name);
    if (!value.isArray()) {
        const QString text = scalarText(value);
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array) {
        if (element.isString() || element.isDouble())
            list.append(scalarText(element));
    }
    return list;
}

std::optional<QDateTime> Jwt::timeClaim(QStringView name) const
{
    const QJsonValue value = m_claims.value(name);
    double seconds = 0;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    constexpr double lastSecondOf9999 = 253402300799.0;
    if (!std::isfinite(seconds) || seconds < 0 || seconds > lastSecondOf9999)
        return std::nullopt;
    const auto msecs = qint64(std::floor(seconds * 1000.0));
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()).toUTC();
}

QStringList Jwt::scopes() const
{
    return stringClaim(u"scp").split(u' ', Qt::SkipEmptyParts);
}

bool Jwt::isAppOnly() const
{
    // An explicit idtyp decides; the heuristic is for v1 tokens that lack it.
    const QString identityType = stringClaim(u"idtyp");
    if (!identityType.isEmpty())
        return identityType.compare(u"app"_s, Qt::CaseInsensitive) == 0;
    return m_claims.contains(u"roles") && !m_claims.contains(u"scp") && !m_claims.contains(u"upn")
           && !m_claims.contains(u"unique_name");
}

QString Jwt::subjectName() const
{
    for (const QStringView name : {u"upn", u"unique_name", u"preferred_username", u"email"}) {
        const QString value = stringClaim(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

MfaVerdict Jwt::mfa() const
{
    const bool hasAmr = m_claims.contains(u"amr");
    const QStringList amr = stringListClaim(u"amr");
    for (const QString &method : amr) {
        if (method.compare(u"mfa"_s, Qt::CaseInsensitive) == 0
            || method.compare(u"ngcmfa"_s, Qt::CaseInsensitive) == 0) {
            return {MfaVerdict::State::Present,
                    QCoreApplication::translate("PCAuth::Jwt", "amr contains \"%1\"").arg(method)};
        }
    }

    QStringList methods = stringListClaim(AuthMethodShort);
    methods += stringListClaim(AuthMethodUri);
    const bool hasMethod = m_claims.contains(AuthMethodShort) || m_claims.contains(AuthMethodUri);
    for (const QString &method : std::as_const(methods)) {
        if (isMultipleAuthn(method))
            return {MfaVerdict::State::Present,
                    QCoreApplication::translate("PCAuth::Jwt", "authenticationmethod is \"%1\"")
                        .arg(method)};
    }

    if (!hasAmr && !hasMethod) {
        return {MfaVerdict::State::Unknown,
                QCoreApplication::translate("PCAuth::Jwt",
                                            "no amr or authenticationmethod claim: cannot tell")};
    }
    QStringList reasons;
    if (hasAmr)
        reasons.append(QCoreApplication::translate("PCAuth::Jwt", "amr is %1: no MFA method")
                           .arg(quotedList(amr)));
    if (hasMethod) {
        reasons.append(QCoreApplication::translate("PCAuth::Jwt",
                                                   "authenticationmethod is %1: not multipleauthn")
                           .arg(methods.size() == 1 ? QString(u'"' + methods.first() + u'"')
                                                    : quotedList(methods)));
    }
    return {MfaVerdict::State::Absent, reasons.join(u"; "_s)};
}

Jwt::Validity Jwt::validity(const Clock &clock) const
{
    const QDateTime now = clock.now();
    const auto notBeforeTime = notBefore();
    if (notBeforeTime && now < *notBeforeTime)
        return Validity::NotYetValid;
    const auto expiry = expiresAt();
    if (!expiry)
        return Validity::NoExpiry;
    return now >= *expiry ? Validity::Expired : Validity::Valid;
}

std::optional<qint64> Jwt::secondsUntilExpiry(const Clock &clock) const
{
    const auto expiry = expiresAt();
    if (!expiry)
        return std::nullopt;
    const qint64 msecs = clock.now().msecsTo(*expiry);
    // Floor, not truncation: half a second past expiry is -1, not 0.
    return msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
}

} // namespace PCAuth
