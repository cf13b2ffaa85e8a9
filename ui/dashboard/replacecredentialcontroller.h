// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/credentialreplacement.h"

#include <QObject>
#include <QPointer>

namespace PCAuth {

class AppServices;

/// The work of "Replace credential…" without a window: one profile's new client secret or
/// certificate file checked for input, then CredentialReplacement (tested with Entra ID, then
/// saved, the refresh token kept), with its stage and result as a status line.
///
/// A replacement cannot be cancelled: the new credential may be on its way into the keychain.
/// Each started replacement ends with exactly one finished(); input refused before it starts
/// only sets the status.
class ReplaceCredentialController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplaceCredentialController)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    /// What runs, or the last outcome or refusal; empty before any.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    /// The status says what went wrong.
    Q_PROPERTY(bool problem READ isProblem NOTIFY statusChanged)
    /// A replacement succeeded: there is nothing more to replace.
    Q_PROPERTY(bool replaced READ isReplaced NOTIFY runningChanged)
public:
    ReplaceCredentialController(AppServices &services, const QString &profileId,
                                QObject *parent = nullptr);
    ~ReplaceCredentialController() override;

    QString profileId() const { return m_profileId; }
    bool isRunning() const { return bool(m_job); }
    QString statusText() const { return m_statusText; }
    bool isProblem() const { return m_problem; }
    bool isReplaced() const { return m_replaced; }

    /// Nothing while a replacement runs.
    void replaceSecret(const QByteArray &secret);
    /// A PEM or PFX file with its private key; `passphrase` for an encrypted key or PFX.
    void replaceCertificate(const QString &file, const QByteArray &passphrase);

Q_SIGNALS:
    void runningChanged();
    void statusChanged();
    void finished(bool ok);

private:
    void start(const ClientCredential &credential);
    void onFinished(const CredentialReplacementResult &result);
    void setStatus(const QString &text, bool problem);

    AppServices &m_services;
    QString m_profileId;
    QPointer<CredentialReplacement> m_job;
    QString m_statusText;
    bool m_problem = false;
    bool m_replaced = false;
};

} // namespace PCAuth
