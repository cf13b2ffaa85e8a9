// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/profile.h"
#include "support/clock.h"
#include "support/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace PCAuth {

/// The profiles of one configuration folder, in `<configDir>/profiles.json`:
///
///     {"schemaVersion": 1, "profiles": [ {Profile::toJson()}, ... ]}
///
/// Every call reads the file afresh and every change rewrites it, so the GUI and pcauthctl
/// (a scheduled job, say) see each other's changes. What the rules protect is the user's
/// list of profiles:
///  - writes are atomic (QSaveFile): a crash, a full disk or a read-only folder leaves the
///    previous file whole;
///  - a file this version cannot read (corrupt, or a newer schemaVersion) is refused with a
///    message naming it, and never overwritten, so nothing in it is lost;
///  - changes from two processes at once are serialised with a lock file next to it;
///  - the file is 0600 and a folder created for it 0700 (Unix): it holds no secret, but
///    tenant and app ids are nobody else's business.
/// Secrets never go in this file: Profile has no field for one.
///
/// Changes made through this object are announced by changed(); changes another process makes
/// to the file are not.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    /// `configDir` is usually defaultConfigDir(...); it is created on the first write.
    /// `clock` stamps createdAt and must outlive the store.
    explicit ProfileStore(QString configDir, const Clock &clock = Clock::system(),
                          QObject *parent = nullptr);

    /// `override` (--config-dir) if not empty, else $PCAUTH_CONFIG_DIR if set and not empty,
    /// else <generic config location>/pcauth. Deliberately not AppConfigLocation: that
    /// depends on the application name, and pcauth and pcauthctl must share one folder.
    /// Returned absolute, so a relative override keeps meaning the same folder.
    static QString defaultConfigDir(const QString &override = QString());

    QString configDir() const { return m_configDir; }
    /// <configDir>/profiles.json
    QString filePath() const;

    /// All profiles, in the order they were added. A missing file is an empty list.
    Expected<QList<Profile>> load() const;
    /// Validates `profile` (every problem in the message, one per line), refuses a name
    /// already used (case-insensitively), stores the cloud id in canonical form and the
    /// cloud file as an absolute path, assigns a new id and createdAt, and saves.
    /// Returns the profile as stored. Any id or createdAt passed in is ignored.
    Expected<Profile> add(Profile profile);
    /// By exact id, else by name case-insensitively. The message for no match lists the
    /// known names, so a typo is easy to see.
    Expected<Profile> find(const QString &nameOrId) const;
    /// Replaces the profile with `profile.id` (which must exist), checked as in add();
    /// createdAt is kept. Returns false, and writes nothing, when nothing changed.
    Expected<bool> update(Profile profile);
    /// Removes the profile find() would return. A profile that is not there is an error with
    /// find()'s message, since both callers (pcauthctl and the GUI) would report it. Keychain
    /// items of the profile are the caller's to delete (by its id).
    Result remove(const QString &nameOrId);

    /// The contents of a profiles file read exactly as load() reads the file, without the
    /// file: `shownPath` is the name the messages give it. For the fuzz target, and for
    /// callers that already hold the bytes.
    static Expected<QList<Profile>> parse(const QByteArray &bytes, const QString &shownPath);

    /// The version this PCAuth writes and the newest it reads.
    static constexpr int SchemaVersion = 1;

Q_SIGNALS:
    /// add(), update() with a change, or remove() succeeded. Emitted after the file's lock is
    /// released, so a listener may read or change the store.
    void changed();

private:
    /// The parsed file, with each profile's raw JSON object so that members this version
    /// does not know survive a rewrite.
    struct Document
    {
        QJsonObject root;
        QList<Profile> profiles;
        QList<QJsonObject> raw;
    };

    Expected<Document> read() const;
    /// The checks of read() on the file's bytes; `shownPath` names the file in messages.
    static Expected<Document> parseDocument(const QByteArray &bytes, const QString &shownPath);
    /// The "profiles" list of document.root into document.profiles and .raw; a message
    /// (without the file name) when it cannot be read.
    static QString readProfiles(Document &document);
    Result write(const Document &document) const;
    Expected<qsizetype> indexOf(const QList<Profile> &profiles, const QString &nameOrId) const;
    /// Validation, canonical cloud id, absolute cloud file; `self` is the profile's own
    /// index when updating (its name is not a duplicate of itself), else -1.
    Expected<Profile> checked(Profile profile, const QList<Profile> &others, qsizetype self) const;
    QString shownPath() const;

    QString m_configDir;
    const Clock *m_clock;
};

} // namespace PCAuth
