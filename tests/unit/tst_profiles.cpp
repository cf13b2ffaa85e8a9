// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "support/clock.h"

#include <functional>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace PCAuth;
using namespace Qt::StringLiterals;

namespace {

const QString appId = u"1950a258-227b-4e31-a9cf-717495945fc2"_s;
const QString tenantId = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
const QDateTime start = QDateTime::fromString(u"2026-01-31T12:00:00.000Z"_s, Qt::ISODateWithMs);

Profile validProfile(const QString &name = u"Contoso"_s)
{
    Profile profile;
    profile.name = name;
    profile.cloudId = u"global"_s;
    profile.partnerTenant = u"contoso.onmicrosoft.com"_s;
    profile.clientId = appId;
    return profile;
}

/// A custom cloud file as the sandbox serves it, with the given id.
QByteArray cloudFile(const QString &id)
{
    const QJsonObject endpoints{{u"authority"_s, u"http://127.0.0.1:8443"_s},
                                {u"partnerCenter"_s, u"http://127.0.0.1:8443/pc"_s},
                                {u"graph"_s, u"http://127.0.0.1:8443/graph"_s}};
    const QJsonObject root{{u"pcauthCloud"_s, 1},
                           {u"id"_s, id},
                           {u"name"_s, u"PCAuth sandbox"_s},
                           {u"endpoints"_s, endpoints}};
    return QJsonDocument(root).toJson();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// An x5t as a certificate gives it: the SHA-1 of some bytes in unpadded base64url.
QString x5tOf(const QByteArray &der)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha1)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// Empty `fragment`: the value is valid. Else the message begins with the field's label
/// and contains the fragment. Returns an explanation for QVERIFY2, empty when fine.
QString checkMessage(const QString &message, const QString &label, const QString &fragment)
{
    if (fragment.isEmpty())
        return message.isEmpty() ? QString() : u"refused: "_s + message;
    if (!message.startsWith(label))
        return u"does not begin with the field label "_s + label + u": "_s + message;
    if (!message.contains(fragment))
        return u"does not say "_s + fragment + u": "_s + message;
    return QString();
}

#define CHECK_MESSAGE(message, label, fragment)                          \
    do {                                                                 \
        const QString problem_ = checkMessage(message, label, fragment); \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));              \
    } while (false)

/// POSIX mode bits of a path in octal ("600"), for the permission checks.
QString modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return u"stat failed"_s;
    return QString::number(info.st_mode & 0777, 8);
#else
    Q_UNUSED(path);
    return QString();
#endif
}

/// The profile members as written, one object per profile.
QList<QJsonObject> profileObjects(const QString &path)
{
    QList<QJsonObject> objects;
    const QJsonArray array =
        QJsonDocument::fromJson(readFile(path)).object().value(u"profiles"_s).toArray();
    for (const QJsonValue &value : array)
        objects.append(value.toObject());
    return objects;
}

} // namespace

class tst_Profiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_temp.isValid()); }

    void credentialKindIds_data()
    {
        QTest::addColumn<CredentialKind>("kind");
        QTest::addColumn<QString>("id");
        QTest::addRow("none") << CredentialKind::None << u"none"_s;
        QTest::addRow("secret") << CredentialKind::Secret << u"secret"_s;
        QTest::addRow("certificate") << CredentialKind::Certificate << u"certificate"_s;
    }

    void credentialKindIds()
    {
        QFETCH(CredentialKind, kind);
        QFETCH(QString, id);
        QCOMPARE(credentialKindId(kind), id);
        QCOMPARE(credentialKindFromId(id), std::optional<CredentialKind>(kind));
        QCOMPARE(credentialKindFromId(id.toUpper()), std::optional<CredentialKind>(kind));
        QCOMPARE(credentialKindFromId(QString(id + u"s"_s)), std::optional<CredentialKind>());
    }

    void validateName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("plain") << u"Contoso"_s << QString();
        QTest::addRow("one character") << u"C"_s << QString();
        QTest::addRow("64 characters") << QString(64, u'x') << QString();
        QTest::addRow("64 emoji count as 64") << QString(u"😀"_s).repeated(64) << QString();
        QTest::addRow("inner spaces and accents") << u"Fabrikam – Zürich prod"_s << QString();
        QTest::addRow("empty") << QString() << u"is empty"_s;
        QTest::addRow("65 characters") << QString(65, u'x') << u"65 characters long"_s;
        QTest::addRow("tab") << u"Contoso\tprod"_s << u"control characters"_s;
        QTest::addRow("newline") << u"Contoso\n"_s << u"control characters"_s;
        QTest::addRow("escape") << u"Con\x1btoso"_s << u"control characters"_s;
        QTest::addRow("line separator") << u"Con\u2028toso"_s << u"control characters"_s;
        QTest::addRow("bidi override") << u"Con\u202etoso"_s << u"control characters"_s;
        QTest::addRow("leading space") << u" Contoso"_s << u"begin or end with a space"_s;
        QTest::addRow("trailing space") << u"Contoso "_s << u"begin or end with a space"_s;
        QTest::addRow("a GUID") << appId << u"must not be a GUID"_s;
    }

    void validateName()
    {
        QFETCH(QString, name);
        QFETCH(QString, fragment);
        CHECK_MESSAGE(Profile::validateName(name), u"Name"_s, fragment);
    }

    void validateTenant_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("GUID") << tenantId << QString();
        QTest::addRow("domain") << u"contoso.onmicrosoft.com"_s << QString();
        QTest::addRow("empty") << QString() << u"Enter a tenant"_s;
        QTest::addRow("space") << u"contoso .com"_s << u"must not contain spaces"_s;
        QTest::addRow("slash") << u"contoso.com/x"_s << u"must not contain “/”"_s;
        QTest::addRow("junk") << u"contoso"_s << u"“contoso” is not a tenant"_s;
        QTest::addRow("organizations") << u"organizations"_s << u"partner's own tenant"_s;
        QTest::addRow("common") << u"common"_s << u"not “common”"_s;
        QTest::addRow("Common, any case") << u"Common"_s << u"not “Common”"_s;
        QTest::addRow("consumers") << u"consumers"_s << u"partner's own tenant"_s;
        QTest::addRow("nil GUID") << u"00000000-0000-0000-0000-000000000000"_s << u"nil GUID"_s;
    }

    void validateTenant()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, fragment);
        CHECK_MESSAGE(Profile::validateTenant(tenant), u"Partner tenant"_s, fragment);
    }

    void validateClientId_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("GUID") << appId << QString();
        QTest::addRow("upper-case GUID") << appId.toUpper() << QString();
        QTest::addRow("empty") << QString() << u"is empty"_s;
        QTest::addRow("braces") << u"{"_s + appId + u"}"_s << u"must be the application"_s;
        QTest::addRow("name") << u"my-app"_s << u"not “my-app”"_s;
        QTest::addRow("one digit short") << appId.chopped(1) << u"a GUID such as"_s;
        QTest::addRow("nil GUID") << u"00000000-0000-0000-0000-000000000000"_s << u"nil GUID"_s;
    }

    void validateClientId()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, fragment);
        CHECK_MESSAGE(Profile::validateClientId(clientId), u"Client ID"_s, fragment);
    }

    void validateRedirectUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("default") << u"http://localhost"_s << QString();
        QTest::addRow("localhost with port and path") << u"http://localhost:8400/cb"_s << QString();
        QTest::addRow("127.0.0.1") << u"http://127.0.0.1:53682/"_s << QString();
        QTest::addRow("[::1]") << u"http://[::1]:8080"_s << QString();
        QTest::addRow("https anywhere") << u"https://pcauth.contoso.com/signin"_s << QString();
        QTest::addRow("https with query") << u"https://contoso.com/cb?x=1"_s << QString();
        QTest::addRow("native client")
            << u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s << QString();
        QTest::addRow("empty") << QString() << u"is empty"_s;
        QTest::addRow("relative") << u"/callback"_s << u"must be absolute"_s;
        QTest::addRow("http elsewhere")
            << u"http://contoso.com/cb"_s << u"http:// with host contoso.com"_s;
        QTest::addRow("http on 127.0.0.2") << u"http://127.0.0.2/"_s << u"127.0.0.2"_s;
        QTest::addRow("custom scheme") << u"msal1950a258://auth"_s << u"not msal1950a258://"_s;
        QTest::addRow("fragment") << u"https://contoso.com/cb#x"_s << u"fragment"_s;
        QTest::addRow("password") << u"https://user:pw@contoso.com/"_s
                                  << u"user name or password"_s;
        QTest::addRow("no host") << u"https:///cb"_s << u"no host"_s;
        QTest::addRow("space inside") << u"https://contoso.com/a b"_s << u"not a valid URI"_s;
        QTest::addRow("trailing space") << u"http://localhost "_s << u"begin or end with a space"_s;
    }

    void validateRedirectUri()
    {
        QFETCH(QString, uri);
        QFETCH(QString, fragment);
        const QString message = Profile::validateRedirectUri(uri);
        CHECK_MESSAGE(message, u"Redirect URI"_s, fragment);
        QVERIFY2(!message.contains(u"pw"_s), "a password in the URI must not be echoed");
    }

    void validateCloud_data()
    {
        QTest::addColumn<QString>("cloudId");
        QTest::addColumn<QString>("file"); // relative to the temporary folder
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("global") << u"global"_s << QString() << QString() << QString();
        QTest::addRow("alias") << u"21Vianet"_s << QString() << QString() << QString();
        QTest::addRow("germany, retired but usable")
            << u"germany"_s << QString() << QString() << QString();
        QTest::addRow("custom") << u"custom"_s << u"sandbox.json"_s << QString() << QString();
        QTest::addRow("custom by its id")
            << u"sandbox"_s << u"sandbox.json"_s << QString() << QString();
        QTest::addRow("file, no id yet")
            << QString() << u"sandbox.json"_s << QString() << QString();
        QTest::addRow("empty") << QString() << QString() << u"Cloud"_s << u"is empty"_s;
        QTest::addRow("unknown") << u"mars"_s << QString() << u"Cloud"_s
                                 << u"“mars” is not a built-in cloud"_s;
        QTest::addRow("custom, no file")
            << u"custom"_s << QString() << u"Cloud file"_s << u"is empty"_s;
        QTest::addRow("built-in with a file")
            << u"global"_s << u"sandbox.json"_s << u"Cloud file"_s << u"is a built-in cloud"_s;
        QTest::addRow("missing file") << u"custom"_s << u"nothere.json"_s << u"Cloud file"_s
                                      << u"nothere.json does not exist"_s;
        QTest::addRow("broken file")
            << u"custom"_s << u"broken.json"_s << u"Cloud file"_s << u"broken.json"_s;
        QTest::addRow("file of another cloud")
            << u"staging"_s << u"sandbox.json"_s << u"Cloud file"_s
            << u"describes cloud “sandbox”, not “staging”"_s;
    }

    void validateCloud()
    {
        QFETCH(QString, cloudId);
        QFETCH(QString, file);
        QFETCH(QString, label);
        QFETCH(QString, fragment);
        QVERIFY(writeFile(m_temp.filePath(u"sandbox.json"_s), cloudFile(u"sandbox"_s)));
        QVERIFY(writeFile(m_temp.filePath(u"broken.json"_s), "{\"pcauthCloud\": 1"_ba));
        const QString path = file.isEmpty() ? QString() : m_temp.filePath(file);
        CHECK_MESSAGE(Profile::validateCloud(cloudId, path), label, fragment);
    }

    void validateCertificateThumbprint_data()
    {
        QTest::addColumn<CredentialKind>("kind");
        QTest::addColumn<QString>("thumbprint");
        QTest::addColumn<QString>("fragment");
        const QString x5t = x5tOf("certificate"_ba);
        QTest::addRow("certificate, x5t") << CredentialKind::Certificate << x5t << QString();
        QTest::addRow("secret, none") << CredentialKind::Secret << QString() << QString();
        QTest::addRow("certificate, none")
            << CredentialKind::Certificate << QString() << u"is empty"_s;
        QTest::addRow("hex SHA-1")
            << CredentialKind::Certificate
            << QString::fromLatin1(
                   QCryptographicHash::hash("c"_ba, QCryptographicHash::Sha1).toHex())
            << u"must be the certificate's x5t"_s;
        QTest::addRow("padded") << CredentialKind::Certificate << x5t + u"="_s
                                << u"must be the certificate's x5t"_s;
        QTest::addRow("not base64url") << CredentialKind::Certificate << u"+"_s + x5t.mid(1)
                                       << u"must be the certificate's x5t"_s;
        QTest::addRow("public client with one")
            << CredentialKind::None << x5t << u"the credential is none"_s;
    }

    void validateCertificateThumbprint()
    {
        QFETCH(CredentialKind, kind);
        QFETCH(QString, thumbprint);
        QFETCH(QString, fragment);
        CHECK_MESSAGE(Profile::validateCertificateThumbprint(kind, thumbprint),
                      u"Certificate thumbprint"_s, fragment);
    }

    void validateListsEveryProblem()
    {
        QCOMPARE(validProfile().validate(), QStringList());
        Profile profile;
        profile.name = u"A\tB"_s;
        profile.cloudId = u"mars"_s;
        profile.partnerTenant = u"common"_s;
        profile.clientId = u"app"_s;
        profile.redirectUri = u"http://contoso.com"_s;
        profile.credential = CredentialKind::Certificate;
        const QStringList problems = profile.validate();
        const QStringList labels{u"Name"_s,      u"Cloud"_s,        u"Partner tenant"_s,
                                 u"Client ID"_s, u"Redirect URI"_s, u"Certificate thumbprint"_s};
        QCOMPARE(problems.size(), labels.size());
        for (qsizetype i = 0; i < labels.size(); ++i)
            QVERIFY2(problems.at(i).startsWith(labels.at(i)), qPrintable(problems.at(i)));
    }

    void jsonRoundTrip()
    {
        Profile profile = validProfile();
        profile.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
        profile.cloudId = u"sandbox"_s;
        profile.customCloudFile = m_temp.filePath(u"sandbox.json"_s);
        profile.credential = CredentialKind::Certificate;
        profile.certificateThumbprint = x5tOf("certificate"_ba);
        profile.protocol = Protocol::V1;
        profile.redirectUri = u"http://127.0.0.1:8400/"_s;
        profile.createdAt = start;
        QJsonObject json = profile.toJson();
        QCOMPARE(json.value(u"credential"_s).toString(), u"certificate"_s);
        QCOMPARE(json.value(u"protocol"_s).toString(), u"v1"_s);
        QCOMPARE(json.value(u"createdAt"_s).toString(), u"2026-01-31T12:00:00.000Z"_s);
        json.insert(u"addedByAFutureVersion"_s, QJsonObject{{u"x"_s, 1}});
        const Expected<Profile> back = Profile::fromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back.value(), profile);
    }

    void fromJsonDefaults()
    {
        const QJsonObject json{{u"id"_s, u"0f8fad5b-d9cb-469f-a165-70867728950e"_s},
                               {u"name"_s, u"Old"_s},
                               {u"cloud"_s, u"global"_s},
                               {u"partnerTenant"_s, tenantId},
                               {u"clientId"_s, appId},
                               {u"credential"_s, u"secret"_s}};
        const Expected<Profile> profile = Profile::fromJson(json);
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        QCOMPARE(profile->protocol, Protocol::V2);
        QCOMPARE(profile->redirectUri, u"http://localhost"_s);
        QCOMPARE(profile->credential, CredentialKind::Secret);
        QVERIFY(!profile->createdAt.isValid());
    }

    void guidsAreStoredLowerCase()
    {
        // Entra writes GUIDs in lower case (aud, tid); a GUID pasted in upper case is the same
        // app or tenant and is kept in lower case.
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        Profile profile = validProfile();
        profile.clientId = appId.toUpper();
        profile.partnerTenant = tenantId.toUpper();
        const Expected<Profile> added = store.add(profile);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->clientId, appId);
        QCOMPARE(added->partnerTenant, tenantId);
        QCOMPARE(ProfileStore(dir.path()).find(u"Contoso"_s)->clientId, appId);

        Profile updated = *added;
        updated.clientId = u"1950A258-227B-4E31-A9CF-717495945FC3"_s;
        updated.partnerTenant = u"Contoso.OnMicrosoft.com"_s; // a domain is kept as entered
        QVERIFY(store.update(updated).ok());
        const Expected<Profile> found = ProfileStore(dir.path()).find(u"Contoso"_s);
        QCOMPARE(found->clientId, u"1950a258-227b-4e31-a9cf-717495945fc3"_s);
        QCOMPARE(found->partnerTenant, u"Contoso.OnMicrosoft.com"_s);

        // A hand-edited file is read the same way.
        const QJsonObject json{{u"id"_s, u"0f8fad5b-d9cb-469f-a165-70867728950e"_s},
                               {u"name"_s, u"Old"_s},
                               {u"cloud"_s, u"global"_s},
                               {u"partnerTenant"_s, tenantId.toUpper()},
                               {u"clientId"_s, appId.toUpper()},
                               {u"credential"_s, u"none"_s}};
        const Expected<Profile> read = Profile::fromJson(json);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->clientId, appId);
        QCOMPARE(read->partnerTenant, tenantId);
    }

    void fromJsonRefuses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: the key is removed
        QTest::addColumn<QString>("message");
        QTest::addRow("no name") << u"name"_s << QJsonValue(QJsonValue::Undefined)
                                 << u"name is missing."_s;
        QTest::addRow("name not a string")
            << u"name"_s << QJsonValue(5) << u"name must be a string."_s;
        QTest::addRow("empty id") << u"id"_s << QJsonValue(u""_s) << u"id is empty."_s;
        QTest::addRow("id with a slash")
            << u"id"_s << QJsonValue(u"a/b"_s)
            << u"id must be a lower-case GUID such as 00000000-0000-0000-0000-000000000000, "
               "not “a/b”."_s;
        QTest::addRow("upper-case id")
            << u"id"_s << QJsonValue(u"0F8FAD5B-D9CB-469F-A165-70867728950E"_s)
            << u"id must be a lower-case GUID such as 00000000-0000-0000-0000-000000000000, "
               "not “0F8FAD5B-D9CB-469F-A165-70867728950E”."_s;
        QTest::addRow("unknown credential")
            << u"credential"_s << QJsonValue(u"password"_s)
            << u"credential must be none, secret or certificate, not “password”."_s;
        QTest::addRow("no credential")
            << u"credential"_s << QJsonValue(QJsonValue::Undefined) << u"credential is missing."_s;
        QTest::addRow("unknown protocol")
            << u"protocol"_s << QJsonValue(u"v3"_s) << u"protocol must be v1 or v2, not “v3”."_s;
        QTest::addRow("bad date")
            << u"createdAt"_s << QJsonValue(u"yesterday"_s)
            << u"createdAt must be a date and time such as 2026-01-31T12:00:00.000Z, not "
               "“yesterday”."_s;
        QTest::addRow("cloud file not a string")
            << u"cloudFile"_s << QJsonValue(true) << u"cloudFile must be a string."_s;
    }

    void fromJsonRefuses()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        Profile profile = validProfile();
        profile.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
        QJsonObject json = profile.toJson();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        QCOMPARE(Profile::fromJson(json).error(), message);
    }

    void missingFileIsEmpty()
    {
        const ProfileStore store(m_temp.filePath(u"missing/folder"_s));
        const Expected<QList<Profile>> profiles = store.load();
        QVERIFY2(profiles.ok(), qPrintable(profiles.error()));
        QVERIFY(profiles->isEmpty());
        QVERIFY(!QFileInfo::exists(store.configDir())); // reading creates nothing
    }

    void addFindUpdateRemove()
    {
        const QTemporaryDir dir;
        ManualClock clock(start);
        ProfileStore store(dir.path(), clock);
        const Expected<Profile> contoso = store.add(validProfile(u"Contoso"_s));
        QVERIFY2(contoso.ok(), qPrintable(contoso.error()));
        clock.advance(std::chrono::seconds(60));
        const Expected<Profile> fabrikam = store.add(validProfile(u"Fabrikam"_s));
        QVERIFY2(fabrikam.ok(), qPrintable(fabrikam.error()));
        QCOMPARE(contoso->createdAt, start);
        QCOMPARE(fabrikam->createdAt, start.addSecs(60));
        QVERIFY(contoso->id != fabrikam->id);

        const Expected<QList<Profile>> all = store.load();
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all.value(), (QList<Profile>{*contoso, *fabrikam}));
        QCOMPARE(store.find(u"fabrikam"_s).value(), *fabrikam);
        QCOMPARE(store.find(contoso->id).value(), *contoso);

        Profile changed = *contoso;
        changed.name = u"Contoso EU"_s;
        changed.partnerTenant = tenantId;
        changed.protocol = Protocol::V1;
        changed.createdAt = start.addYears(1); // not the caller's to change
        const Expected<bool> updated = store.update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QCOMPARE(updated.value(), true);
        const Expected<Profile> found = store.find(u"contoso eu"_s);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->id, contoso->id);
        QCOMPARE(found->partnerTenant, tenantId);
        QCOMPARE(found->protocol, Protocol::V1);
        QCOMPARE(found->createdAt, start);
        QCOMPARE(store.find(u"Contoso"_s).error(),
                 u"No profile named “Contoso”; known: “Contoso EU”, “Fabrikam”."_s);

        const Result removed = store.remove(u"CONTOSO EU"_s);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(store.load().value(), QList<Profile>{*fabrikam});
        QCOMPARE(store.remove(contoso->id).error(),
                 u"No profile named “"_s + contoso->id + u"”; known: “Fabrikam”."_s);
        QVERIFY(store.remove(fabrikam->id).ok());
        QCOMPARE(store.load().value(), QList<Profile>());
    }

    void addRefusesInvalid_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("label");
        QTest::addRow("name") << u"name"_s << QString() << u"Name"_s;
        QTest::addRow("cloud") << u"cloud"_s << u"mars"_s << u"Cloud"_s;
        QTest::addRow("tenant") << u"tenant"_s << u"organizations"_s << u"Partner tenant"_s;
        QTest::addRow("client id") << u"clientId"_s << u"my-app"_s << u"Client ID"_s;
        QTest::addRow("redirect URI")
            << u"redirectUri"_s << u"http://contoso.com"_s << u"Redirect URI"_s;
        QTest::addRow("thumbprint") << u"thumbprint"_s << u"abc"_s << u"Certificate thumbprint"_s;
    }

    void addRefusesInvalid()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, label);
        Profile profile = validProfile();
        const QHash<QString, QString *> members{{u"name"_s, &profile.name},
                                                {u"cloud"_s, &profile.cloudId},
                                                {u"tenant"_s, &profile.partnerTenant},
                                                {u"clientId"_s, &profile.clientId},
                                                {u"redirectUri"_s, &profile.redirectUri},
                                                {u"thumbprint"_s, &profile.certificateThumbprint}};
        *members.value(field) = value;
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        const Expected<Profile> added = store.add(profile);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().startsWith(label), qPrintable(added.error()));
        QCOMPARE(added.error(), profile.validate().join(u'\n'));
        QVERIFY(!QFileInfo::exists(store.filePath()));
    }

    void duplicateNames_data()
    {
        QTest::addColumn<QString>("existing");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addRow("same") << u"Contoso"_s << u"Contoso"_s
                              << u"Name “Contoso” is already used by another profile; choose "
                                 "another name."_s;
        QTest::addRow("other case")
            << u"Contoso"_s << u"CONTOSO"_s
            << u"Name “CONTOSO” is already used by the profile “Contoso”; names must differ in "
               "more than letter case."_s;
        QTest::addRow("accented other case")
            << u"Zürich"_s << u"ZÜRICH"_s
            << u"Name “ZÜRICH” is already used by the profile “Zürich”; names must differ in "
               "more than letter case."_s;
        QTest::addRow("different") << u"Contoso"_s << u"Contoso 2"_s << QString();
    }

    void duplicateNames()
    {
        QFETCH(QString, existing);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        const Expected<Profile> first = store.add(validProfile(existing));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const Expected<Profile> second = store.add(validProfile(name));
        QCOMPARE(second.error(), message);
        QCOMPARE(store.load()->size(), message.isEmpty() ? 2 : 1);

        // Renaming another profile onto the name is refused the same way.
        if (message.isEmpty()) {
            Profile renamed = *second;
            renamed.name = existing.toUpper();
            QVERIFY(store.update(renamed).error().startsWith(u"Name “"_s + renamed.name));
            renamed.name = name.toLower(); // its own name in another case is fine
            QCOMPARE(store.update(renamed).value(), true);
        }
    }

    void addNormalisesCloud_data()
    {
        QTest::addColumn<QString>("cloudId");
        QTest::addColumn<QString>("file"); // relative to the current folder
        QTest::addColumn<QString>("storedId");
        QTest::addRow("alias") << u"public"_s << QString() << u"global"_s;
        QTest::addRow("upper case") << u"USGov"_s << QString() << u"usgov"_s;
        QTest::addRow("custom") << u"custom"_s << u"clouds/sandbox.json"_s << u"sandbox"_s;
        QTest::addRow("custom, by id")
            << u"sandbox"_s << u"clouds/../clouds/sandbox.json"_s << u"sandbox"_s;
    }

    void addNormalisesCloud()
    {
        QFETCH(QString, cloudId);
        QFETCH(QString, file);
        QFETCH(QString, storedId);
        const QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"clouds"_s));
        QVERIFY(writeFile(dir.filePath(u"clouds/sandbox.json"_s), cloudFile(u"sandbox"_s)));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto restore = qScopeGuard([&previous] { QDir::setCurrent(previous); });
        ProfileStore store(dir.filePath(u"config"_s));
        Profile profile = validProfile();
        profile.cloudId = cloudId;
        profile.customCloudFile = file;
        const Expected<Profile> added = store.add(profile);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->cloudId, storedId);
        const QString absolute =
            file.isEmpty() ? QString() : dir.filePath(u"clouds/sandbox.json"_s);
        QCOMPARE(added->customCloudFile, absolute);
        QVERIFY(QDir::setCurrent(QDir::rootPath())); // the stored path does not depend on it
        const Expected<Cloud> cloud = store.find(u"Contoso"_s)->cloud();
        QVERIFY2(cloud.ok(), qPrintable(cloud.error()));
        QCOMPARE(cloud->id(), storedId);
    }

    void customCloudFileChanged()
    {
        const QTemporaryDir dir;
        const QString file = dir.filePath(u"sandbox.json"_s);
        QVERIFY(writeFile(file, cloudFile(u"sandbox"_s)));
        Profile profile = validProfile();
        profile.cloudId = u"sandbox"_s;
        profile.customCloudFile = file;
        QCOMPARE(profile.cloud()->authority(), QUrl(u"http://127.0.0.1:8443"_s));
        QVERIFY(writeFile(file, cloudFile(u"staging"_s)));
        QCOMPARE(profile.cloud().error(),
                 u"Cloud file "_s + QDir::toNativeSeparators(file)
                     + u" describes cloud “staging”, not “sandbox”: choose the file of cloud "
                       "“sandbox”, or choose custom to use this one."_s);
        QVERIFY(QFile::remove(file));
        QCOMPARE(profile.cloud().error(),
                 u"Cloud file "_s + QDir::toNativeSeparators(file) + u" does not exist."_s);
    }

    void idsStableAcrossReload()
    {
        const QTemporaryDir dir;
        QList<Profile> added;
        {
            ProfileStore store(dir.path());
            for (const QString &name : {u"Contoso"_s, u"Fabrikam"_s, u"Tailspin"_s}) {
                const Expected<Profile> profile = store.add(validProfile(name));
                QVERIFY2(profile.ok(), qPrintable(profile.error()));
                added.append(*profile);
            }
        }
        static const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        for (const Profile &profile : std::as_const(added))
            QVERIFY2(uuid.match(profile.id).hasMatch(), qPrintable(profile.id));
        const ProfileStore reopened(dir.path());
        QCOMPARE(reopened.load().value(), added);

        Profile renamed = added.at(1);
        renamed.name = u"Fabrikam (old)"_s;
        QVERIFY(ProfileStore(dir.path()).update(renamed).ok());
        QCOMPARE(ProfileStore(dir.path()).find(u"Fabrikam (old)"_s)->id, added.at(1).id);
    }

    void findMessages_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("query"); // "#1": the id of the first profile
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("message"); // "DIR": the configuration folder
        const QStringList two{u"Contoso"_s, u"Tailspin Toys"_s};
        QTest::addRow("name") << two << u"Tailspin Toys"_s << u"Tailspin Toys"_s << QString();
        QTest::addRow("name, other case")
            << two << u"tailspin toys"_s << u"Tailspin Toys"_s << QString();
        QTest::addRow("id") << two << u"#1"_s << u"Contoso"_s << QString();
        QTest::addRow("unknown") << two << u"Fabrikam"_s << QString()
                                 << u"No profile named “Fabrikam”; known: “Contoso”, “Tailspin "
                                    "Toys”."_s;
        QTest::addRow("prefix is not a match")
            << two << u"Tailspin"_s << QString()
            << u"No profile named “Tailspin”; known: “Contoso”, “Tailspin Toys”."_s;
        QTest::addRow("no profiles") << QStringList() << u"Contoso"_s << QString()
                                     << u"No profile named “Contoso”: there are no profiles in "
                                        "DIR yet."_s;
        QTest::addRow("empty") << two << QString() << QString() << u"Enter a profile name or ID."_s;
    }

    void findMessages()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, query);
        QFETCH(QString, found);
        QFETCH(QString, message);
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        QStringList ids;
        for (const QString &name : std::as_const(names))
            ids.append(store.add(validProfile(name))->id);
        if (query == u"#1"_s)
            query = ids.constFirst();
        message.replace(u"DIR"_s, QDir::toNativeSeparators(dir.path()));
        const Expected<Profile> profile = store.find(query);
        QCOMPARE(profile.error(), message);
        if (!found.isEmpty())
            QCOMPARE(profile->name, found);
    }

    void findAmbiguousHandEditedFile()
    {
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        const Profile first = store.add(validProfile(u"Contoso"_s)).value();
        const Profile second = store.add(validProfile(u"Other"_s)).value();
        QByteArray bytes = readFile(store.filePath());
        bytes.replace("\"Other\"", "\"CONTOSO\"");
        QVERIFY(writeFile(store.filePath(), bytes));
        QCOMPARE(store.find(u"contoso"_s).error(),
                 u"Several profiles are named “contoso”; use the ID of the one you mean: "_s
                     + first.id + u", "_s + second.id + u"."_s);
        QCOMPARE(store.find(second.id)->name, u"CONTOSO"_s);
    }

    void updateUnchangedWritesNothing()
    {
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        const Profile profile = store.add(validProfile()).value();
        // Valid JSON that a rewrite would not reproduce: shows whether the file was written.
        const QByteArray marked = readFile(store.filePath()) + "\n\n";
        QVERIFY(writeFile(store.filePath(), marked));
        QCOMPARE(store.update(profile).value(), false);
        QCOMPARE(readFile(store.filePath()), marked);
        Profile changed = profile;
        changed.redirectUri = u"http://localhost:8400"_s;
        QCOMPARE(store.update(changed).value(), true);
        QVERIFY(readFile(store.filePath()) != marked);
    }

    void changesAreAnnounced()
    {
        // Every view listens to the store rather than to whoever changed it: exactly one
        // changed() per change written, none for a refused or empty change, and the lock is
        // free when it comes (a listener may write again).
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        QSignalSpy changed(&store, &ProfileStore::changed);
        int writtenByListener = 0;
        connect(&store, &ProfileStore::changed, this, [&] {
            if (writtenByListener++ == 0)
                QVERIFY(store.add(validProfile(u"From the listener"_s)).ok());
        });
        const Profile profile = store.add(validProfile()).value();
        QCOMPARE(changed.size(), 2); // the add, and the listener's add inside it
        QCOMPARE(store.load().value().size(), 2);
        QVERIFY(!store.add(validProfile()).ok()); // the name is taken
        QCOMPARE(changed.size(), 2);
        QCOMPARE(store.update(profile).value(), false);
        QCOMPARE(changed.size(), 2);
        Profile renamed = profile;
        renamed.name = u"Renamed"_s;
        QCOMPARE(store.update(renamed).value(), true);
        QCOMPARE(changed.size(), 3);
        QVERIFY(!store.remove(u"nobody"_s).ok());
        QCOMPARE(changed.size(), 3);
        QVERIFY(store.remove(profile.id).ok());
        QCOMPARE(changed.size(), 4);
    }

    void updateUnknownId()
    {
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.add(validProfile()).ok());
        Profile stranger = validProfile(u"Stranger"_s);
        stranger.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
        QCOMPARE(store.update(stranger).error(),
                 u"No profile has the ID “0f8fad5b-d9cb-469f-a165-70867728950e” in "_s
                     + QDir::toNativeSeparators(store.filePath()) + u"."_s);
        QCOMPARE(store.load()->size(), 1);
    }

    void unknownKeysSurviveRewrite()
    {
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        const Profile profile = store.add(validProfile()).value();
        QJsonObject root = QJsonDocument::fromJson(readFile(store.filePath())).object();
        QJsonObject object = root.value(u"profiles"_s).toArray().at(0).toObject();
        object.insert(u"futureMember"_s, u"kept"_s);
        root.insert(u"profiles"_s, QJsonArray{object});
        root.insert(u"futureTopLevel"_s, 7);
        QVERIFY(writeFile(store.filePath(), QJsonDocument(root).toJson()));

        Profile changed = profile;
        changed.name = u"Contoso (renamed)"_s;
        QVERIFY(store.update(changed).value());
        QVERIFY(store.add(validProfile(u"Second"_s)).ok());
        root = QJsonDocument::fromJson(readFile(store.filePath())).object();
        QCOMPARE(root.value(u"futureTopLevel"_s).toInt(), 7);
        const QList<QJsonObject> objects = profileObjects(store.filePath());
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects.at(0).value(u"futureMember"_s).toString(), u"kept"_s);
        QCOMPARE(objects.at(0).value(u"name"_s).toString(), u"Contoso (renamed)"_s);
        QVERIFY(!objects.at(1).contains(u"futureMember"_s));
    }

    void readOnlyFolderKeepsFile_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addRow("add") << u"add"_s;
        QTest::addRow("update") << u"update"_s;
        QTest::addRow("remove") << u"remove"_s;
    }

    void readOnlyFolderKeepsFile()
    {
        QFETCH(QString, operation);
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        const Profile profile = store.add(validProfile()).value();
        const QByteArray before = readFile(store.filePath());
        const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        const QFile::Permissions writable = QFile::permissions(dir.path());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard([&] { QFile::setPermissions(dir.path(), writable); });
        {
            // root (a container, CI) writes anyway: then this row proves nothing.
            QFile probe(dir.filePath(u"probe"_s));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.close();
                probe.remove();
                QSKIP("the folder is still writable after chmod (running as root?)");
            }
        }
        Profile changed = profile;
        changed.name = u"Changed"_s;
        QString error;
        if (operation == u"add"_s)
            error = store.add(validProfile(u"New"_s)).error();
        else if (operation == u"update"_s)
            error = store.update(changed).error();
        else
            error = store.remove(profile.name).error();
        QVERIFY2(error.startsWith(u"Profiles file "_s + QDir::toNativeSeparators(store.filePath())
                                  + u" cannot be written: "_s),
                 qPrintable(error));
        QVERIFY2(error.endsWith(u"The previous file is unchanged."_s), qPrintable(error));
        QCOMPARE(readFile(store.filePath()), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), entriesBefore);
        QCOMPARE(store.load().value(), QList<Profile>{profile});
    }

    void unreadableFileRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fragment");
        const QByteArray valid = R"({"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "name": "A",
            "cloud": "global", "partnerTenant": "contoso.com", "clientId": "x",
            "credential": "none"})"_ba;
        QTest::addRow("newer schema")
            << QByteArray(R"({"schemaVersion": 2, "profiles": [)" + valid + "]}")
            << u": schemaVersion is 2: the file was written by a newer PCAuth, which this version "
               "(schema 1) cannot read; upgrade PCAuth. The file is left as it is."_s;
        QTest::addRow("truncated") << QByteArray(R"({"schemaVersion": 1, "profiles": [)" + valid)
                                   << u"is not valid JSON: "_s;
        QTest::addRow("empty file") << QByteArray() << u"is not valid JSON: "_s;
        QTest::addRow("not an object") << "[1, 2]"_ba << u"does not hold a JSON object."_s;
        QTest::addRow("no schemaVersion")
            << R"({"profiles": []})"_ba << u": schemaVersion is missing or not a whole number."_s;
        QTest::addRow("schemaVersion a string")
            << R"({"schemaVersion": "1"})"_ba << u"schemaVersion is missing or not a whole"_s;
        QTest::addRow("schemaVersion 0")
            << R"({"schemaVersion": 0})"_ba << u": schemaVersion 0 is not a known version."_s;
        QTest::addRow("profiles not a list")
            << R"({"schemaVersion": 1, "profiles": {}})"_ba << u": profiles must be a list."_s;
        QTest::addRow("profile not an object")
            << R"({"schemaVersion": 1, "profiles": ["Contoso"]})"_ba
            << u": profile 1: it is not a JSON object."_s;
        QTest::addRow("bad profile")
            << QByteArray(R"({"schemaVersion": 1, "profiles": [)" + valid + R"(, {"id": 1}]})")
            << u": profile 2: id must be a string."_s;
        QTest::addRow("same id twice")
            << QByteArray(R"({"schemaVersion": 1, "profiles": [)" + valid + "," + valid + "]}")
            << u": profiles 1 and 2 have the same id 0f8fad5b-d9cb-469f-a165-70867728950e."_s;
    }

    void unreadableFileRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fragment);
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(writeFile(store.filePath(), content));
        const QString error = store.load().error();
        QVERIFY2(error.startsWith(u"Profiles file "_s + QDir::toNativeSeparators(store.filePath())),
                 qPrintable(error));
        QVERIFY2(error.contains(fragment), qPrintable(error));
        if (fragment.contains(u"not valid JSON"_s)) {
            QJsonParseError parse;
            QJsonDocument::fromJson(content, &parse);
            QVERIFY2(error.contains(parse.errorString()), qPrintable(error));
        }
        if (!fragment.contains(u"newer PCAuth"_s)) {
            QVERIFY2(
                error.endsWith(u"Fix the file or move it away; PCAuth does not overwrite it."_s),
                qPrintable(error));
        }

        // Nothing that writes may touch it.
        Profile profile = validProfile();
        profile.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
        QCOMPARE(store.find(u"A"_s).error(), error);
        QCOMPARE(store.add(validProfile()).error(), error);
        QCOMPARE(store.update(profile).error(), error);
        QCOMPARE(store.remove(u"A"_s).error(), error);
        QCOMPARE(readFile(store.filePath()), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"profiles.json"_s});
    }

    void defaultConfigDir_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("environment"); // "-": unset
        QTest::addColumn<QString>("expected"); // "DEFAULT": <generic config>/pcauth
        QTest::addRow("override") << u"/srv/a"_s << u"-"_s << u"/srv/a"_s;
        QTest::addRow("environment") << QString() << u"/srv/b"_s << u"/srv/b"_s;
        QTest::addRow("override beats environment") << u"/srv/a"_s << u"/srv/b"_s << u"/srv/a"_s;
        QTest::addRow("relative override")
            << u"conf/../cfg"_s << u"-"_s << QDir::currentPath() + u"/cfg"_s;
        QTest::addRow("empty environment") << QString() << QString() << u"DEFAULT"_s;
        QTest::addRow("neither") << QString() << u"-"_s << u"DEFAULT"_s;
    }

    void defaultConfigDir()
    {
        QFETCH(QString, override);
        QFETCH(QString, environment);
        QFETCH(QString, expected);
        const QByteArray saved = qgetenv("PCAUTH_CONFIG_DIR");
        const bool wasSet = qEnvironmentVariableIsSet("PCAUTH_CONFIG_DIR");
        const auto restore = qScopeGuard([&] {
            if (wasSet)
                qputenv("PCAUTH_CONFIG_DIR", saved);
            else
                qunsetenv("PCAUTH_CONFIG_DIR");
            QStandardPaths::setTestModeEnabled(false);
        });
        if (environment == u"-"_s)
            qunsetenv("PCAUTH_CONFIG_DIR");
        else
            qputenv("PCAUTH_CONFIG_DIR", environment.toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        if (expected == u"DEFAULT"_s) {
#ifdef Q_OS_LINUX
            expected = QDir::homePath() + u"/.qttest/config/pcauth"_s; // Qt's test location
#else
            expected = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                       + u"/pcauth"_s;
#endif
        }
        QCOMPARE(ProfileStore::defaultConfigDir(override), QDir::cleanPath(expected));
    }

    void defaultConfigDirSameForGuiAndCtl()
    {
        const QString savedName = QCoreApplication::applicationName();
        const auto restore = qScopeGuard([&] {
            QCoreApplication::setApplicationName(savedName);
            QStandardPaths::setTestModeEnabled(false);
        });
        QStandardPaths::setTestModeEnabled(true);
        const QByteArray saved = qgetenv("PCAUTH_CONFIG_DIR");
        qunsetenv("PCAUTH_CONFIG_DIR");
        const auto restoreEnv = qScopeGuard([&] {
            if (!saved.isNull())
                qputenv("PCAUTH_CONFIG_DIR", saved);
        });
        QCoreApplication::setApplicationName(u"pcauthctl"_s);
        const QString ctl = ProfileStore::defaultConfigDir();
        const QString ctlAppLocation =
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QCoreApplication::setApplicationName(u"pcauth"_s);
        QCOMPARE(ProfileStore::defaultConfigDir(), ctl);
        // What this guards against: the per-application location differs between the two.
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                != ctlAppLocation);
    }

    void filePermissions()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX file modes only");
#endif
        const QTemporaryDir dir;
        const QString folder = dir.filePath(u"new/pcauth"_s);
        ProfileStore store(folder);
        const Profile profile = store.add(validProfile()).value();
        QCOMPARE(modeOf(store.filePath()), u"600"_s);
        QCOMPARE(modeOf(folder), u"700"_s);
        // A rewrite restores 0600 even if someone loosened it.
        QVERIFY(QFile::setPermissions(store.filePath(), QFile::ReadOwner | QFile::WriteOwner
                                                            | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(modeOf(store.filePath()), u"644"_s);
        Profile changed = profile;
        changed.name = u"Changed"_s;
        QVERIFY(store.update(changed).value());
        QCOMPARE(modeOf(store.filePath()), u"600"_s);
        // An existing folder is the user's: its mode is left alone.
        const QString parentMode = modeOf(dir.filePath(u"new"_s));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadGroup | QFile::ExeGroup));
        QVERIFY(store.remove(u"Changed"_s).ok());
        QCOMPARE(modeOf(folder), u"750"_s);
        QCOMPARE(modeOf(dir.filePath(u"new"_s)), parentMode);
    }

    void noSecretsInFile()
    {
        const QTemporaryDir dir;
        ProfileStore store(dir.path());
        Profile secret = validProfile(u"Secret app"_s);
        secret.credential = CredentialKind::Secret;
        Profile certificate = validProfile(u"Certificate app"_s);
        certificate.credential = CredentialKind::Certificate;
        certificate.certificateThumbprint = x5tOf("der"_ba);
        QVERIFY(store.add(secret).ok());
        QVERIFY(store.add(certificate).ok());

        // The only keys a profile has; a new one must be added here on purpose.
        const QStringList keys{u"certificateThumbprint"_s,
                               u"clientId"_s,
                               u"cloud"_s,
                               u"createdAt"_s,
                               u"credential"_s,
                               u"id"_s,
                               u"name"_s,
                               u"partnerTenant"_s,
                               u"protocol"_s,
                               u"redirectUri"_s};
        const QList<QJsonObject> objects = profileObjects(store.filePath());
        QCOMPARE(objects.size(), 2);
        QStringList withoutThumbprint = keys;
        withoutThumbprint.removeOne(u"certificateThumbprint"_s);
        QCOMPARE(objects.at(0).keys(), withoutThumbprint);
        QCOMPARE(objects.at(1).keys(), keys);

        // "secret" appears only as the credential kind and in the name chosen above.
        QString text = QString::fromUtf8(readFile(store.filePath()));
        QCOMPARE(text.count(u"\"credential\": \"secret\""_s), 1);
        text.remove(u"\"credential\": \"secret\""_s);
        text.remove(u"Secret app"_s);
        for (const QString &word : {u"secret"_s, u"password"_s, u"refresh"_s, u"token"_s})
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
    }
};

QTEST_GUILESS_MAIN(tst_Profiles)
#include "tst_profiles.moc"
