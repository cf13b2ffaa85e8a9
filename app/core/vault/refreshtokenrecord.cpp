// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "vault/refreshtokenrecord.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Fills `out` from `json[name]` (absent or "" leaves it invalid); false on a bad value.
bool readTime(const QJsonObject &json, const QString &name, QDateTime &out)
{
    const QString text = json.value(name).toString();
    if (text.isEmpty())
        return true;
    out = QDateTime::fromString(text, Qt::ISODateWithMs);
    return out.isValid();
}

/// `expected` is the JSON type each member must have when present.
const QList<std::pair<QString, QJsonValue::Type>> &memberTypes()
{
    static const QList<std::pair<QString, QJsonValue::Type>> types{
        {u"refreshToken"_s, QJsonValue::String}, {u"clientId"_s, QJsonValue::String},
        {u"tenant"_s, QJsonValue::String},       {u"cloud"_s, QJsonValue::String},
        {u"upn"_s, QJsonValue::String},          {u"obtainedVia"_s, QJsonValue::String},
        {u"issuedAt"_s, QJsonValue::String},     {u"lastRedeemedAt"_s, QJsonValue::String},
        {u"mfa"_s, QJsonValue::String},          {u"acceptedWithoutMfa"_s, QJsonValue::Bool},
        {u"consentId"_s, QJsonValue::String},    {u"authority"_s, QJsonValue::String}};
    return types;
}

} // namespace

QString mfaEvidenceId(MfaEvidence mfa)
{
    switch (mfa) {
    case MfaEvidence::Present:
        return u"present"_s;
    case MfaEvidence::Absent:
        return u"absent"_s;
    case MfaEvidence::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<MfaEvidence> mfaEvidenceFromId(QStringView id)
{
    for (MfaEvidence mfa : {MfaEvidence::Present, MfaEvidence::Absent, MfaEvidence::Unknown}) {
        if (id.compare(mfaEvidenceId(mfa), Qt::CaseInsensitive) == 0)
            return mfa;
    }
    return std::nullopt;
}

MfaEvidence mfaEvidenceOf(MfaVerdict::State state)
{
    switch (state) {
    case MfaVerdict::State::Present:
        return MfaEvidence::Present;
    case MfaVerdict::State::Absent:
        return MfaEvidence::Absent;
    case MfaVerdict::State::Unknown:
        break;
    }
    return MfaEvidence::Unknown;
}

QJsonObject RefreshTokenRecord::metadataJson() const
{
    return QJsonObject{{u"format"_s, FormatVersion},
                       {u"clientId"_s, clientId},
                       {u"tenant"_s, tenant},
                       {u"cloud"_s, cloudId},
                       {u"upn"_s, upn},
                       {u"obtainedVia"_s, obtainedVia},
                       {u"issuedAt"_s, isoTime(issuedAt)},
                       {u"lastRedeemedAt"_s, isoTime(lastRedeemedAt)},
                       {u"mfa"_s, mfaEvidenceId(mfa)},
                       {u"acceptedWithoutMfa"_s, acceptedWithoutMfa},
                       {u"consentId"_s, consentId},
                       {u"authority"_s, authority}};
}

QByteArray RefreshTokenRecord::toJson() const
{
    QJsonObject json = metadataJson();
    json.insert(u"refreshToken"_s, refreshToken);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Expected<RefreshTokenRecord> RefreshTokenRecord::fromMetadataJson(const QJsonObject &json)
{
    const int format = json.value(u"format"_s).toInt(0);
    if (format < 1)
        return fail(tr("The refresh-token record has no valid \"format\"."));
    if (format > FormatVersion)
        return fail(tr("The refresh-token record has format %1, written by a newer PCAuth "
                       "(this one reads up to %2). Update PCAuth.")
                        .arg(format)
                        .arg(FormatVersion));
    for (const auto &[name, type] : memberTypes()) {
        if (json.contains(name) && json.value(name).type() != type)
            return fail(tr("The refresh-token record has a \"%1\" of the wrong type.").arg(name));
    }
    RefreshTokenRecord record;
    record.clientId = json.value(u"clientId"_s).toString();
    record.tenant = json.value(u"tenant"_s).toString();
    record.cloudId = json.value(u"cloud"_s).toString();
    record.upn = json.value(u"upn"_s).toString();
    record.obtainedVia = json.value(u"obtainedVia"_s).toString();
    record.acceptedWithoutMfa = json.value(u"acceptedWithoutMfa"_s).toBool(false);
    record.consentId = json.value(u"consentId"_s).toString();
    record.authority = json.value(u"authority"_s).toString();
    for (const auto &[name, field] : {std::pair{u"issuedAt"_s, &record.issuedAt},
                                      std::pair{u"lastRedeemedAt"_s, &record.lastRedeemedAt}}) {
        if (!readTime(json, name, *field))
            return fail(tr("The refresh-token record has an invalid \"%1\" (expected an ISO "
                           "8601 date and time).")
                            .arg(name));
    }
    const std::optional<MfaEvidence> mfa =
        mfaEvidenceFromId(json.value(u"mfa"_s).toString(u"unknown"_s));
    if (!mfa)
        return fail(tr("The refresh-token record has an invalid \"mfa\" (expected present, "
                       "absent or unknown)."));
    record.mfa = *mfa;
    return record;
}

Expected<RefreshTokenRecord> RefreshTokenRecord::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    // The parser's message and offset only: quoting the text would quote the token.
    if (error.error != QJsonParseError::NoError)
        return fail(tr("The refresh-token record is not valid JSON (%1 at byte %2).")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!document.isObject())
        return fail(tr("The refresh-token record is not a JSON object."));
    Expected<RefreshTokenRecord> record = fromMetadataJson(document.object());
    if (!record)
        return record;
    record.value().refreshToken = document.object().value(u"refreshToken"_s).toString();
    if (record->refreshToken.isEmpty())
        return fail(tr("The refresh-token record has no \"refreshToken\"."));
    return record;
}

TokenMetadata RefreshTokenRecord::tokenMetadata() const
{
    TokenMetadata meta;
    meta.refreshTokenPresent = true;
    meta.obtainedAt = issuedAt;
    meta.lastRedeemedAt = lastRedeemedAt;
    meta.mfa = mfa;
    meta.acceptedWithoutMfa = acceptedWithoutMfa;
    return meta;
}

bool operator==(const RefreshTokenRecord &a, const RefreshTokenRecord &b)
{
    return a.refreshToken == b.refreshToken && a.clientId == b.clientId && a.tenant == b.tenant
           && a.cloudId == b.cloudId && a.upn == b.upn && a.obtainedVia == b.obtainedVia
           && a.issuedAt == b.issuedAt && a.lastRedeemedAt == b.lastRedeemedAt && a.mfa == b.mfa
           && a.acceptedWithoutMfa == b.acceptedWithoutMfa && a.consentId == b.consentId
           && a.authority == b.authority;
}

QString RefreshTokenRecord::newConsentId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool RefreshTokenRecord::sameConsent(const RefreshTokenRecord &other) const
{
    return consentId == other.consentId
           && clientId.compare(other.clientId, Qt::CaseInsensitive) == 0
           && tenant.compare(other.tenant, Qt::CaseInsensitive) == 0 && cloudId == other.cloudId;
}

} // namespace PCAuth
