// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "replacecredentialcontroller.h"

#include "appservices.h"

#include <QCoreApplication>

namespace PCAuth {

// The user-facing strings keep the dialog's translation context: they are what the dialog
// shows, and the translations are shared with it.

ReplaceCredentialController::ReplaceCredentialController(AppServices &services,
                                                         const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_profileId(profileId)
{ }

// The job is a child: its answer dies with the controller.
ReplaceCredentialController::~ReplaceCredentialController() = default;

void ReplaceCredentialController::replaceSecret(const QByteArray &secret)
{
    if (m_job)
        return;
    if (secret.isEmpty())
        return setStatus(
            QCoreApplication::translate("PCAuth::ReplaceCredentialDialog",
                                        "Enter the new client secret of the app registration."),
            true);
    ClientCredential credential;
    credential.kind = CredentialKind::Secret;
    credential.secret = secret;
    start(credential);
}

void ReplaceCredentialController::replaceCertificate(const QString &file,
                                                     const QByteArray &passphrase)
{
    if (m_job)
        return;
    if (file.trimmed().isEmpty())
        return setStatus(QCoreApplication::translate(
                             "PCAuth::ReplaceCredentialDialog",
                             "Choose the certificate file (PEM or PFX with its private key)."),
                         true);
    Expected<ClientCertificate> loaded =
        CredentialReplacement::certificateFromFile(file.trimmed(), passphrase);
    if (!loaded)
        return setStatus(loaded.error(), true);
    ClientCredential credential;
    credential.kind = CredentialKind::Certificate;
    credential.certificate = std::move(loaded).value();
    start(credential);
}

void ReplaceCredentialController::start(const ClientCredential &credential)
{
    m_job = new CredentialReplacement(m_services.profiles(), m_services.vault(), m_services.http(),
                                      m_services.broker(), m_services.clock(), this);
    connect(m_job, &CredentialReplacement::stageChanged, this,
            [this](CredentialReplacement::Stage stage) {
                setStatus(stage == CredentialReplacement::Stage::Testing
                              ? QCoreApplication::translate(
                                  "PCAuth::ReplaceCredentialDialog",
                                  "Testing the new credential with Entra ID\u2026")
                              : QCoreApplication::translate(
                                  "PCAuth::ReplaceCredentialDialog",
                                  "Saving the new credential in the keychain\u2026"),
                          false);
            });
    connect(m_job, &CredentialReplacement::finished, this,
            &ReplaceCredentialController::onFinished);
    Q_EMIT runningChanged();
    m_job->start(m_profileId, credential);
}

void ReplaceCredentialController::onFinished(const CredentialReplacementResult &result)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_replaced = result.ok;
    setStatus(result.message, !result.ok);
    Q_EMIT runningChanged();
    Q_EMIT finished(result.ok);
}

void ReplaceCredentialController::setStatus(const QString &text, bool problem)
{
    m_statusText = text;
    m_problem = problem;
    Q_EMIT statusChanged();
}

} // namespace PCAuth
