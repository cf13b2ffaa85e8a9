// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

#include "profiles/profilestore.h"

#include "profiles/profile_p.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth {

using ProfileInternal::quoted;

namespace {

const auto fileName = "profiles.json"_L1;
const auto schemaKey = "schemaVersion"_L1;
const auto profilesKey = "profiles"_L1;
constexpr int lockTimeoutMs = 10000;

/// Creates `dir` (0700) if it is not there; parents are created with the usual mode, as
/// they may be shared (~/.config). An existing folder keeps its mode: it may be the user's.
QString ensureFolder(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.isDir())
        return QString();
    const QString shown = QDir::toNativeSeparators(dir);
    if (info.exists())
        return ProfileStore::tr("Configuration folder %1 is a file, not a folder.").arg(shown);
    QDir maker;
    const bool made = maker.mkpath(info.absolutePath())
                      && maker.mkdir(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Another process may have made it meanwhile, which is fine.
    if (!made && !QFileInfo(dir).isDir())
        return ProfileStore::tr("Configuration folder %1 cannot be created.").arg(shown);
    return QString();
}

/// Serialises read-modify-write cycles of several processes (the GUI and a pcauthctl
/// started by a script). A folder where no lock can be made (read-only, say) is not locked:
/// the write that follows fails as well and says why, which is the more useful message.
QString acquire(QLockFile &lock, const QString &shownPath)
{
    if (lock.tryLock(lockTimeoutMs))
        return QString();
    if (lock.error() == QLockFile::LockFailedError) {
        return ProfileStore::tr("Profiles file %1 is being changed by another PCAuth process; "
                                "try again when it has finished.")
            .arg(shownPath);
    }
    return QString();
}

QString unreadableAdvice()
{
    return ProfileStore::tr("Fix the file or move it away; PCAuth does not overwrite it.");
}

/// Empty when this version can read the file; a newer schema is not the file's fault, so
/// its message asks for an upgrade rather than a repair.
QString schemaProblem(const QJsonObject &root)
{
    const QJsonValue version = root.value(schemaKey);
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != std::floor(number)) {
        return ProfileStore::tr("schemaVersion is missing or not a whole number. %1")
            .arg(unreadableAdvice());
    }
    if (number > ProfileStore::SchemaVersion) {
        return ProfileStore::tr("schemaVersion is %1: the file was written by a newer PCAuth, "
                                "which this version (schema %2) cannot read; upgrade PCAuth. "
                                "The file is left as it is.")
            .arg(QString::number(number), QString::number(ProfileStore::SchemaVersion));
    }
    if (number < 1) {
        return ProfileStore::tr("schemaVersion %1 is not a known version. %2")
            .arg(QString::number(number), unreadableAdvice());
    }
    return QString();
}

} // namespace

ProfileStore::ProfileStore(QString configDir, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_configDir(std::move(configDir))
    , m_clock(&clock)
{ }

QString ProfileStore::defaultConfigDir(const QString &override)
{
    QString dir = override;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("PCAUTH_CONFIG_DIR");
    if (dir.isEmpty()) {
        const QString base =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        // No home folder at all: better no answer than "/pcauth".
        if (base.isEmpty())
            return QString();
        dir = base + "/pcauth"_L1;
    }
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

QString ProfileStore::filePath() const
{
    return m_configDir + u'/' + fileName;
}

QString ProfileStore::shownPath() const
{
    return QDir::toNativeSeparators(filePath());
}

Expected<ProfileStore::Document> ProfileStore::read() const
{
    if (m_configDir.isEmpty()) {
        return fail(tr("No configuration folder is known (no home folder): set "
                       "PCAUTH_CONFIG_DIR or pass --config-dir."));
    }
    QFile file(filePath());
    if (!file.exists())
        return Document();
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Profiles file %1 cannot be read: %2").arg(shownPath(), file.errorString()));
    return parseDocument(file.readAll(), shownPath());
}

Expected<ProfileStore::Document> ProfileStore::parseDocument(const QByteArray &bytes,
                                                             const QString &shownPath)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(tr("Profiles file %1 is not valid JSON: %2 at byte %3. %4")
                        .arg(shownPath, error.errorString(), QString::number(error.offset),
                             unreadableAdvice()));
    }
    if (!json.isObject()) {
        return fail(tr("Profiles file %1 does not hold a JSON object. %2")
                        .arg(shownPath, unreadableAdvice()));
    }
    Document document;
    document.root = json.object();
    QString problem = schemaProblem(document.root);
    if (problem.isEmpty())
        problem = readProfiles(document);
    if (!problem.isEmpty())
        return fail(tr("Profiles file %1: %2").arg(shownPath, problem));
    return document;
}

Expected<QList<Profile>> ProfileStore::parse(const QByteArray &bytes, const QString &shownPath)
{
    Expected<Document> document = parseDocument(bytes, shownPath);
    if (!document.ok())
        return fail(document.error());
    return std::move(document).value().profiles;
}

QString ProfileStore::readProfiles(Document &document)
{
    const QJsonValue list = document.root.value(profilesKey);
    if (!list.isUndefined() && !list.isArray())
        return tr("profiles must be a list. %1").arg(unreadableAdvice());
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Expected<Profile> profile = array.at(i).isObject()
                                        ? Profile::fromJson(object)
                                        : Expected<Profile>(fail(tr("it is not a JSON object.")));
        if (!profile.ok()) {
            return tr("profile %1: %2 %3")
                .arg(QString::number(i + 1), profile.error(), unreadableAdvice());
        }
        for (qsizetype j = 0; j < document.profiles.size(); ++j) {
            if (document.profiles.at(j).id == profile->id) {
                return tr("profiles %1 and %2 have the same id %3. %4")
                    .arg(QString::number(j + 1), QString::number(i + 1), profile->id,
                         unreadableAdvice());
            }
        }
        document.profiles.append(std::move(profile).value());
        document.raw.append(object);
    }
    return QString();
}

Result ProfileStore::write(const Document &document) const
{
    QJsonArray array;
    for (qsizetype i = 0; i < document.profiles.size(); ++i)
        array.append(document.profiles.at(i).toJson(document.raw.value(i)));
    QJsonObject root = document.root;
    root.insert(schemaKey, SchemaVersion);
    root.insert(profilesKey, array);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    const QString folderProblem = ensureFolder(m_configDir);
    if (!folderProblem.isEmpty())
        return fail(folderProblem);
    // QSaveFile writes a temporary file beside the target and renames it over the target on
    // commit(): the old file stays whole until the new one is complete.
    QSaveFile file(filePath());
    const auto unchanged = [this](const QString &reason) {
        return fail(tr("Profiles file %1 cannot be written: %2. The previous file is unchanged.")
                        .arg(shownPath(), reason));
    };
    if (!file.open(QIODevice::WriteOnly))
        return unchanged(file.errorString());
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return unchanged(reason);
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return unchanged(file.errorString());
    return {};
}

Expected<qsizetype> ProfileStore::indexOf(const QList<Profile> &profiles,
                                          const QString &nameOrId) const
{
    if (nameOrId.isEmpty())
        return fail(tr("Enter a profile name or ID."));
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).id == nameOrId)
            return i;
    }
    QList<qsizetype> matches;
    QStringList names;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        names.append(quoted(profiles.at(i).name));
        if (profiles.at(i).name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            matches.append(i);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.size() > 1) {
        // Only a hand-edited file can hold two such names; add() and update() refuse them.
        QStringList ids;
        for (const qsizetype i : std::as_const(matches))
            ids.append(profiles.at(i).id);
        return fail(tr("Several profiles are named %1; use the ID of the one you mean: %2.")
                        .arg(quoted(nameOrId), ids.join(", "_L1)));
    }
    if (profiles.isEmpty()) {
        return fail(tr("No profile named %1: there are no profiles in %2 yet.")
                        .arg(quoted(nameOrId), QDir::toNativeSeparators(m_configDir)));
    }
    return fail(tr("No profile named %1; known: %2.").arg(quoted(nameOrId), names.join(", "_L1)));
}

Expected<Profile> ProfileStore::checked(Profile profile, const QList<Profile> &others,
                                        qsizetype self) const
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return fail(problems.join(u'\n'));
    const Expected<Cloud> cloud = profile.cloud();
    if (!cloud.ok()) // the file changed since validate() read it
        return fail(cloud.error());
    profile.cloudId = cloud->id();
    profile.partnerTenant = ProfileInternal::canonicalGuid(profile.partnerTenant);
    profile.clientId = ProfileInternal::canonicalGuid(profile.clientId);
    if (profile.isCustomCloud())
        profile.customCloudFile =
            QDir::cleanPath(QFileInfo(profile.customCloudFile).absoluteFilePath());
    for (qsizetype i = 0; i < others.size(); ++i) {
        const QString &existing = others.at(i).name;
        if (i == self || existing.compare(profile.name, Qt::CaseInsensitive) != 0)
            continue;
        if (existing == profile.name) {
            return fail(tr("Name %1 is already used by another profile; choose another name.")
                            .arg(quoted(profile.name)));
        }
        return fail(tr("Name %1 is already used by the profile %2; names must differ in more "
                       "than letter case.")
                        .arg(quoted(profile.name), quoted(existing)));
    }
    return profile;
}

Expected<QList<Profile>> ProfileStore::load() const
{
    Expected<Document> document = read();
    if (!document.ok())
        return fail(document.error());
    return std::move(document).value().profiles;
}

Expected<Profile> ProfileStore::find(const QString &nameOrId) const
{
    const Expected<QList<Profile>> profiles = load();
    if (!profiles.ok())
        return fail(profiles.error());
    const Expected<qsizetype> index = indexOf(*profiles, nameOrId);
    if (!index.ok())
        return fail(index.error());
    return profiles->at(*index);
}

Expected<Profile> ProfileStore::add(Profile profile)
{
    const QString folderProblem = ensureFolder(m_configDir);
    if (!folderProblem.isEmpty())
        return fail(folderProblem);
    QLockFile lock(filePath() + ".lock"_L1);
    const QString busy = acquire(lock, shownPath());
    if (!busy.isEmpty())
        return fail(busy);
    Expected<Document> document = read();
    if (!document.ok())
        return fail(document.error());
    Expected<Profile> stored = checked(std::move(profile), document->profiles, -1);
    if (!stored.ok())
        return stored;
    stored.value().id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
    stored.value().createdAt = m_clock->now().toUTC();
    document.value().profiles.append(*stored);
    document.value().raw.append(QJsonObject());
    const Result written = write(*document);
    if (!written.ok())
        return fail(written.error());
    lock.unlock(); // a listener may change the store again
    Q_EMIT changed();
    return stored;
}

Expected<bool> ProfileStore::update(Profile profile)
{
    QLockFile lock(filePath() + ".lock"_L1);
    const QString busy = acquire(lock, shownPath());
    if (!busy.isEmpty())
        return fail(busy);
    Expected<Document> document = read();
    if (!document.ok())
        return fail(document.error());
    QList<Profile> &profiles = document.value().profiles;
    qsizetype index = -1;
    for (qsizetype i = 0; i < profiles.size() && index < 0; ++i) {
        if (profiles.at(i).id == profile.id)
            index = i;
    }
    if (index < 0)
        return fail(tr("No profile has the ID %1 in %2.").arg(quoted(profile.id), shownPath()));
    Expected<Profile> stored = checked(std::move(profile), profiles, index);
    if (!stored.ok())
        return fail(stored.error());
    stored.value().createdAt = profiles.at(index).createdAt;
    if (*stored == profiles.at(index))
        return false;
    profiles[index] = *stored;
    if (const Result written = write(*document); !written)
        return fail(written.error());
    lock.unlock();
    Q_EMIT changed();
    return true;
}

Result ProfileStore::remove(const QString &nameOrId)
{
    QLockFile lock(filePath() + ".lock"_L1);
    const QString busy = acquire(lock, shownPath());
    if (!busy.isEmpty())
        return fail(busy);
    Expected<Document> document = read();
    if (!document.ok())
        return fail(document.error());
    const Expected<qsizetype> index = indexOf(document->profiles, nameOrId);
    if (!index.ok())
        return fail(index.error());
    document.value().profiles.removeAt(*index);
    document.value().raw.removeAt(*index);
    const Result written = write(*document);
    if (!written)
        return written;
    lock.unlock();
    Q_EMIT changed();
    return written;
}

} // namespace PCAuth
