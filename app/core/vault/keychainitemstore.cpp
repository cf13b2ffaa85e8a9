// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "vault/keychainitemstore.h"

#include <algorithm>
#include <chrono>

#include <QCoreApplication>
#include <QLibrary>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

#if defined(PCAUTH_HAVE_QTDBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#endif

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "pcauth.vault.keychain")

using Status = SecretResult::Status;

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
constexpr bool retryOnLinux = true;
#else
constexpr bool retryOnLinux = false;
#endif
constexpr std::chrono::milliseconds retryDelay{500};

/// libsecret keeps one connection to the Secret Service per process, with a session open in
/// the daemon (what secrets travel through). When the keyring daemon restarts (it crashed, was
/// replaced, or the user logged in again), that session is gone, and every later call fails
/// with "The session does not exist" until the process ends: a keychain that is back would
/// stay unusable for the whole life of pcauth. Dropping libsecret's cached connection makes
/// the next call open a new one. QtKeychain loads libsecret at run time, so this does too; it
/// is harmless when libsecret is not there or was never used.
void dropSecretServiceConnection()
{
    if constexpr (retryOnLinux) {
        using Disconnect = void (*)();
        static const auto disconnect = reinterpret_cast<Disconnect>(
            QLibrary::resolve(u"secret-1"_s, 0, "secret_service_disconnect"));
        if (disconnect)
            disconnect();
    }
}

#if defined(PCAUTH_HAVE_QTDBUS)
/// Bounded: this runs only after a failure, and a wedged bus must not freeze the caller.
constexpr int busTimeoutMs = 2000;

QDBusMessage busCall(const QDBusConnection &bus, const QString &method, const QVariantList &args)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, method);
    call.setArguments(args);
    return bus.call(call, QDBus::Block, busTimeoutMs);
}

/// True when the session bus is up and a keychain QtKeychain can use (the Secret Service,
/// or KWallet, which QtKeychain talks to directly) is on it or can be started.
bool keychainOnBus()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QStringList names{u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s,
                            u"org.kde.kwalletd5"_s, u"org.kde.kwalletd"_s};
    for (const QString &name : names) {
        const QDBusMessage owner = busCall(bus, u"NameHasOwner"_s, {name});
        if (owner.type() == QDBusMessage::ReplyMessage && owner.arguments().value(0).toBool())
            return true;
    }
    const QDBusMessage activatable = busCall(bus, u"ListActivatableNames"_s, {});
    if (activatable.type() != QDBusMessage::ReplyMessage)
        return false;
    const QStringList available = activatable.arguments().value(0).toStringList();
    return std::any_of(names.cbegin(), names.cend(),
                       [&available](const QString &name) { return available.contains(name); });
}
#endif

Status statusOf(const QKeychain::Job &job, bool removing)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return removing ? Status::Ok : Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
#if defined(PCAUTH_HAVE_QTDBUS)
    if (!keychainOnBus())
        return Status::NoBackend;
#endif
    return Status::Failed;
}

} // namespace

KeychainItemStore::KeychainItemStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

KeychainItemStore::~KeychainItemStore() = default;

QString KeychainItemStore::platformBackendName()
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return QCoreApplication::translate("PCAuth::KeychainItemStore", "macOS Keychain");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("PCAuth::KeychainItemStore", "Windows Credential Manager");
#else
    return QCoreApplication::translate("PCAuth::KeychainItemStore",
                                       "Secret Service (GNOME Keyring, KWallet)");
#endif
}

QString KeychainItemStore::backendName() const
{
    return platformBackendName();
}

QString KeychainItemStore::advice(Status status)
{
    switch (status) {
    case Status::Ok:
    case Status::NotFound:
    case Status::Superseded: // the vault's, never the keychain's
        return QString();
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    case Status::NoBackend:
        return tr("The macOS Keychain is not available. Log in to your macOS user session and "
                  "try again. PCAuth never stores tokens in plain files.");
    case Status::AccessDenied:
        return tr("The macOS Keychain refused access. Allow PCAuth when macOS asks (Always "
                  "Allow), or unlock the login keychain in Keychain Access, and try again.");
    case Status::Failed:
        return tr("The macOS Keychain could not complete the request. Check the login keychain "
                  "in Keychain Access and try again.");
#elif defined(Q_OS_WIN)
    case Status::NoBackend:
        return tr("Windows Credential Manager is not available. Make sure the Credential "
                  "Manager service is running and you are signed in with your own account, "
                  "then try again. PCAuth never stores tokens in plain files.");
    case Status::AccessDenied:
        return tr("Windows Credential Manager refused access. Sign in to Windows with your "
                  "own account (not a session without a user profile) and try again.");
    case Status::Failed:
        return tr("Windows Credential Manager could not complete the request. Check the "
                  "Windows Credentials in Credential Manager and try again.");
#else
    case Status::NoBackend:
        return tr("No Secret Service answered on D-Bus. Start GNOME Keyring or KWallet (or log "
                  "in to a desktop session) and try again. PCAuth never stores tokens in plain "
                  "files.");
    case Status::AccessDenied:
        return tr("The Secret Service (GNOME Keyring, KWallet) refused access: the keyring is "
                  "locked or the request was declined. Unlock your keyring (Passwords and Keys, "
                  "or KWallet Manager) and try again.");
    case Status::Failed:
        return tr("The Secret Service (GNOME Keyring, KWallet) could not complete the request. "
                  "Make sure a default keyring exists and is unlocked (Passwords and Keys, or "
                  "KWallet Manager), then try again.");
#endif
    }
    return QString();
}

void KeychainItemStore::read(const QString &key, QObject *context, Callback done)
{
    start(Operation::Read, key, QByteArray(), context, done, 0);
}

void KeychainItemStore::write(const QString &key, const QByteArray &data, QObject *context,
                              Callback done)
{
    start(Operation::Write, key, data, context, done, 0);
}

void KeychainItemStore::remove(const QString &key, QObject *context, Callback done)
{
    start(Operation::Remove, key, QByteArray(), context, done, 0);
}

void KeychainItemStore::start(Operation operation, const QString &key, const QByteArray &data,
                              const QPointer<QObject> &context, const Callback &done, int attempt)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setBinaryData(data);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    // The data is captured only for a retry of a write; it never reaches a log.
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, data, context, done, attempt](QKeychain::Job *finished) {
                onJobFinished(*finished, operation, key, data, context, done, attempt);
            });
    job->start();
}

void KeychainItemStore::onJobFinished(const QKeychain::Job &job, Operation operation,
                                      const QString &key, const QByteArray &data,
                                      const QPointer<QObject> &context, const Callback &done,
                                      int attempt)
{
    const Status status = statusOf(job, operation == Operation::Remove);
    if ((status == Status::NoBackend || status == Status::Failed) && retryOnLinux && attempt == 0) {
        // A Secret Service that is not up yet (started late by the session) gets 500 ms; one
        // that answered with an error may have restarted since the last call: reconnect.
        const auto delay = status == Status::NoBackend ? retryDelay : std::chrono::milliseconds(0);
        qCInfo(lcKeychain) << "keychain error" << job.error() << "for" << key
                           << "- reconnecting to the Secret Service, retrying once in"
                           << delay.count() << "ms";
        dropSecretServiceConnection();
        QTimer::singleShot(delay, this, [this, operation, key, data, context, done]() {
            start(operation, key, data, context, done, 1);
        });
        return;
    }
    if (status == Status::Ok) {
        QByteArray value;
        if (operation == Operation::Read)
            value = static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData();
        deliver(context, done, SecretResult::success(std::move(value)));
        return;
    }
    QString message = advice(status);
    if (status == Status::NotFound) {
        message = tr("%1 holds no item \"%2\".").arg(backendName(), key);
    } else {
        qCWarning(lcKeychain) << "keychain error" << job.error() << "for" << key << ":"
                              << job.errorString();
        message += u' ' + tr("(QtKeychain: %1)").arg(job.errorString());
    }
    deliver(context, done, SecretResult::failure(status, message.trimmed()));
}

} // namespace PCAuth
