// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Profile: its cloud, its JSON form and the ids of its enums. The per-field validators are
// in profilevalidation.cpp.

#include "profiles/profile.h"

#include "profiles/profile_p.h"

#include <QDir>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth {

using ProfileInternal::quoted;

namespace {

const auto customKeyword = "custom"_L1;

struct CredentialRow
{
    CredentialKind kind;
    QLatin1String id;
};

const CredentialRow credentialRows[] = {
    {CredentialKind::None, "none"_L1},
    {CredentialKind::Secret, "secret"_L1},
    {CredentialKind::Certificate, "certificate"_L1},
};

/// A string member: absent or null gives an empty string, or an error when `required`;
/// any other type is an error naming the key.
Expected<QString> stringMember(const QJsonObject &object, const QString &key, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(Profile::tr("%1 is missing.").arg(key));
        return QString();
    }
    if (!value.isString())
        return fail(Profile::tr("%1 must be a string.").arg(key));
    if (required && value.toString().isEmpty())
        return fail(Profile::tr("%1 is empty.").arg(key));
    return value.toString();
}

/// The form ProfileStore generates. Checked on load because the id becomes part of keychain
/// keys ("<service>/<id>/<kind>"): a hand-edited "a/b" must not reach them.
bool isProfileId(const QString &id)
{
    static const QRegularExpression pattern(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return pattern.match(id).hasMatch();
}

/// The members that are plain strings, with whether they are required. Read in a loop so
/// every one gets the same checks and messages.
struct StringField
{
    QString Profile::*member;
    QLatin1String key;
    bool required;
};

const StringField stringFields[] = {
    {&Profile::id, "id"_L1, true},
    {&Profile::name, "name"_L1, true},
    {&Profile::cloudId, "cloud"_L1, true},
    {&Profile::customCloudFile, "cloudFile"_L1, false},
    {&Profile::partnerTenant, "partnerTenant"_L1, true},
    {&Profile::clientId, "clientId"_L1, true},
    {&Profile::certificateThumbprint, "certificateThumbprint"_L1, false},
};

/// protocol, redirectUri and createdAt: optional members with a default.
QString readOptionalMembers(const QJsonObject &object, Profile &profile)
{
    const Expected<QString> protocol = stringMember(object, u"protocol"_s, false);
    if (!protocol.ok())
        return protocol.error();
    if (!protocol->isEmpty()) {
        const std::optional<Protocol> parsed = protocolFromId(*protocol);
        if (!parsed)
            return Profile::tr("protocol must be v1 or v2, not %1.").arg(quoted(*protocol));
        profile.protocol = *parsed;
    }
    const Expected<QString> redirect = stringMember(object, u"redirectUri"_s, false);
    if (!redirect.ok())
        return redirect.error();
    if (!redirect->isEmpty())
        profile.redirectUri = *redirect;
    const Expected<QString> created = stringMember(object, u"createdAt"_s, false);
    if (!created.ok())
        return created.error();
    if (!created->isEmpty()) {
        profile.createdAt = QDateTime::fromString(*created, Qt::ISODateWithMs);
        if (!profile.createdAt.isValid()) {
            return Profile::tr("createdAt must be a date and time such as "
                               "2026-01-31T12:00:00.000Z, not %1.")
                .arg(quoted(*created));
        }
    }
    return QString();
}

} // namespace

QString credentialKindId(CredentialKind kind)
{
    for (const CredentialRow &row : credentialRows) {
        if (row.kind == kind)
            return QString(row.id);
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<CredentialKind> credentialKindFromId(QStringView id)
{
    for (const CredentialRow &row : credentialRows) {
        if (id.compare(row.id, Qt::CaseInsensitive) == 0)
            return row.kind;
    }
    return std::nullopt;
}

Expected<Cloud> ProfileInternal::resolveCloud(const QString &cloudId,
                                              const QString &customCloudFile)
{
    const bool customKeywordGiven = cloudId.compare(customKeyword, Qt::CaseInsensitive) == 0;
    const std::optional<Cloud> builtIn = Cloud::builtIn(cloudId);
    if (customCloudFile.isEmpty()) {
        if (cloudId.isEmpty()) {
            return fail(Profile::tr("Cloud is empty: choose global, china, usgov or germany, "
                                    "or a custom cloud file."));
        }
        if (builtIn)
            return *builtIn;
        if (customKeywordGiven) {
            return fail(Profile::tr("Cloud file is empty: a custom cloud is read from its "
                                    "file; choose the file."));
        }
        return fail(Profile::tr("Cloud %1 is not a built-in cloud (global, china, usgov, "
                                "germany); for another cloud choose its custom cloud file.")
                        .arg(quoted(cloudId)));
    }
    if (builtIn) {
        return fail(Profile::tr("Cloud file is set, but cloud %1 is a built-in cloud: clear "
                                "the file, or choose custom.")
                        .arg(quoted(cloudId)));
    }
    // Cloud::fromFile's messages all begin with "Cloud file <path>".
    Expected<Cloud> cloud = Cloud::fromFile(customCloudFile);
    if (!cloud.ok())
        return cloud;
    if (!cloudId.isEmpty() && !customKeywordGiven && cloudId != cloud->id()) {
        return fail(Profile::tr("Cloud file %1 describes cloud %2, not %3: choose the file of "
                                "cloud %3, or choose custom to use this one.")
                        .arg(QDir::toNativeSeparators(customCloudFile), quoted(cloud->id()),
                             quoted(cloudId)));
    }
    return cloud;
}

Expected<Cloud> Profile::cloud() const
{
    return ProfileInternal::resolveCloud(cloudId, customCloudFile);
}

QString Profile::validateCloud(const QString &cloudId, const QString &customCloudFile)
{
    return ProfileInternal::resolveCloud(cloudId, customCloudFile).error();
}

QJsonObject Profile::toJson(QJsonObject base) const
{
    for (const StringField &field : stringFields) {
        const QString &value = this->*field.member;
        if (value.isEmpty() && !field.required)
            base.remove(field.key);
        else
            base.insert(field.key, value);
    }
    base.insert("credential"_L1, credentialKindId(credential));
    base.insert("protocol"_L1, protocolId(protocol));
    base.insert("redirectUri"_L1, redirectUri);
    if (createdAt.isValid())
        base.insert("createdAt"_L1, createdAt.toUTC().toString(Qt::ISODateWithMs));
    else
        base.remove("createdAt"_L1);
    return base;
}

Expected<Profile> Profile::fromJson(const QJsonObject &object)
{
    Profile profile;
    for (const StringField &field : stringFields) {
        Expected<QString> value = stringMember(object, QString(field.key), field.required);
        if (!value.ok())
            return fail(value.error());
        profile.*field.member = std::move(value).value();
    }
    if (!isProfileId(profile.id)) {
        return fail(tr("id must be a lower-case GUID such as "
                       "00000000-0000-0000-0000-000000000000, not %1.")
                        .arg(quoted(profile.id)));
    }
    const Expected<QString> credential = stringMember(object, u"credential"_s, true);
    if (!credential.ok())
        return fail(credential.error());
    const std::optional<CredentialKind> kind = credentialKindFromId(*credential);
    if (!kind) {
        return fail(
            tr("credential must be none, secret or certificate, not %1.").arg(quoted(*credential)));
    }
    profile.credential = *kind;
    const QString problem = readOptionalMembers(object, profile);
    if (!problem.isEmpty())
        return fail(problem);
    profile.partnerTenant = ProfileInternal::canonicalGuid(profile.partnerTenant);
    profile.clientId = ProfileInternal::canonicalGuid(profile.clientId);
    return profile;
}

bool Profile::operator==(const Profile &other) const
{
    return id == other.id && name == other.name && cloudId == other.cloudId
           && customCloudFile == other.customCloudFile && partnerTenant == other.partnerTenant
           && clientId == other.clientId && credential == other.credential
           && protocol == other.protocol && redirectUri == other.redirectUri
           && certificateThumbprint == other.certificateThumbprint && createdAt == other.createdAt;
}

} // namespace PCAuth
