// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentprofilepage.h"

#include "appservices.h"
#include "consentwizard.h"
#include "messagewidget.h"
#include "ui_profileform.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// The cloud choice of sandbox mode: the custom cloud whose file AppServices wrote.
const QString SandboxCloudChoice = u"sandbox"_s;

/// Readable on light and dark windows alike: a dark red on light, a soft red on dark.
QColor problemColour(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xb0, 0x00, 0x20);
}

Expected<ClientCertificate> loadCertificateFile(const QString &path, const QByteArray &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ConsentProfilePage::tr("Certificate: cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.read(ClientCertificate::MaxInputSize + 1);
    if (bytes.size() > ClientCertificate::MaxInputSize)
        return fail(ConsentProfilePage::tr("Certificate: %1 is too large to be a certificate.")
                        .arg(QDir::toNativeSeparators(path)));
    Expected<ClientCertificate> loaded = bytes.contains("-----BEGIN")
                                             ? ClientCertificate::fromPem(bytes, password)
                                             : ClientCertificate::fromPkcs12(bytes, password);
    if (!loaded)
        return fail(ConsentProfilePage::tr("Certificate: %1").arg(loaded.error()));
    return loaded;
}

} // namespace

ConsentProfilePage::ConsentProfilePage(ConsentWizard &wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::ProfileForm>())
{
    m_ui->setupUi(this);
    setObjectName(u"consentProfilePage"_s);
    setTitle(tr("Partner profile"));
    setSubTitle(tr("Choose the profile to record the partner consent for, or describe a new "
                   "one: the partner tenant and the app registration that will call Partner "
                   "Center."));
    m_ui->saveProgress->hide();
    fillChoices();

    connect(m_ui->existingRadio, &QRadioButton::toggled, this, [this] {
        m_ui->saveStatus->hideMessage();
        updateMode();
    });
    connect(m_ui->existingCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->saveStatus->hideMessage();
        showExistingDetails();
        Q_EMIT completeChanged();
    });
    // Back on this page, what an earlier Next said is stale.
    connect(&m_wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_wizard.page(id) == this && !m_saving)
            m_ui->saveStatus->hideMessage();
    });
    const QList<QLineEdit *> edits{
        m_ui->nameEdit,   m_ui->cloudFileEdit,       m_ui->tenantEdit,     m_ui->clientIdEdit,
        m_ui->secretEdit, m_ui->certificateFileEdit, m_ui->passphraseEdit, m_ui->redirectUriEdit};
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { m_touched.insert(edit); });
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            if (edit == m_ui->certificateFileEdit || edit == m_ui->passphraseEdit)
                m_certificateDirty = true;
            revalidate();
        });
    }
    connect(m_ui->cloudCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateCredentialFields();
        revalidate();
    });
    connect(m_ui->credentialCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_certificateDirty = true;
        updateCredentialFields();
        revalidate();
    });
    connect(m_ui->cloudFileButton, &QPushButton::clicked, this, [this] {
        chooseFile(m_ui->cloudFileEdit, tr("Custom cloud file"), tr("Cloud files (*.json)"));
    });
    connect(m_ui->certificateFileButton, &QPushButton::clicked, this, [this] {
        chooseFile(m_ui->certificateFileEdit, tr("Certificate with its private key"),
                   tr("Certificates (*.pem *.pfx *.p12 *.crt *.key)"));
    });
    // Profiles added or removed elsewhere (pcauthctl, another window) show up at once, and
    // a name taken meanwhile is flagged.
    connect(&m_wizard.services(), &AppServices::profilesChanged, this, [this] {
        if (m_saving)
            return;
        reloadProfiles(m_ui->existingCombo->currentData().toString());
        revalidate();
    });
    updateCredentialFields();
}

ConsentProfilePage::~ConsentProfilePage() = default;

void ConsentProfilePage::fillChoices()
{
    // In sandbox mode a new profile signs in on the sandbox: no Microsoft tenant is contacted.
    if (m_wizard.services().isSandbox())
        m_ui->cloudCombo->addItem(tr("Sandbox on this computer"), SandboxCloudChoice);
    for (const Cloud &cloud : Cloud::builtIns())
        m_ui->cloudCombo->addItem(cloud.displayName(), cloud.id());
    m_ui->cloudCombo->addItem(tr("Custom (cloud file)"), u"custom"_s);
    m_ui->credentialCombo->addItem(tr("Public client (no secret)"),
                                   credentialKindId(CredentialKind::None));
    m_ui->credentialCombo->addItem(tr("Client secret"), credentialKindId(CredentialKind::Secret));
    m_ui->credentialCombo->addItem(tr("Certificate"),
                                   credentialKindId(CredentialKind::Certificate));
    m_ui->protocolCombo->addItem(tr("v2 (scope)"), protocolId(Protocol::V2));
    m_ui->protocolCombo->addItem(tr("v1 (resource)"), protocolId(Protocol::V1));
}

void ConsentProfilePage::initializePage()
{
    reloadProfiles(m_wizard.profileId());
    const bool existing = !m_wizard.profileId().isEmpty() && m_ui->existingCombo->count() > 0;
    (existing ? m_ui->existingRadio : m_ui->newRadio)->setChecked(true);
    updateMode();
    revalidate();
}

void ConsentProfilePage::reloadProfiles(const QString &select)
{
    m_ui->existingCombo->clear();
    const Expected<QList<Profile>> profiles = m_wizard.services().profiles().load();
    if (!profiles) {
        m_ui->saveStatus->showMessage(profiles.error(), MessageWidget::MessageType::Error);
        return;
    }
    for (const Profile &profile : *profiles)
        m_ui->existingCombo->addItem(profile.name, profile.id);
    const int index = m_ui->existingCombo->findData(select);
    if (index >= 0)
        m_ui->existingCombo->setCurrentIndex(index);
    m_ui->existingRadio->setEnabled(m_ui->existingCombo->count() > 0);
}

void ConsentProfilePage::updateMode()
{
    const bool existing = m_ui->existingRadio->isChecked();
    m_ui->existingCombo->setEnabled(existing);
    m_ui->existingDetails->setEnabled(existing);
    m_ui->newProfileBox->setEnabled(!existing);
    // The form of a new profile only while one is being made: its empty fields and hints say
    // nothing about the existing profile chosen.
    m_ui->newProfileBox->setVisible(!existing);
    showExistingDetails();
    Q_EMIT completeChanged();
}

void ConsentProfilePage::showExistingDetails()
{
    const QString id = m_ui->existingCombo->currentData().toString();
    const Expected<Profile> profile =
        id.isEmpty() ? fail(QString()) : m_wizard.services().profiles().find(id);
    m_ui->existingDetails->setVisible(profile.ok());
    if (!profile)
        return;
    m_ui->existingTenantValue->setText(profile->partnerTenant);
    m_ui->existingClientIdValue->setText(profile->clientId);
    const bool sandbox = m_wizard.services().isSandbox()
                         && profile->customCloudFile == m_wizard.services().sandboxCloudFile();
    QString cloudText = tr("Sandbox on this computer");
    if (!sandbox) {
        const Expected<Cloud> cloud = profile->cloud();
        cloudText = cloud ? cloud->displayName() : cloud.error();
        if (!profile->customCloudFile.isEmpty())
            cloudText =
                tr("%1 (%2)").arg(cloudText, QDir::toNativeSeparators(profile->customCloudFile));
    }
    m_ui->existingCloudValue->setText(cloudText);
    QString credential = tr("Public client (no secret)");
    if (profile->credential == CredentialKind::Secret)
        credential = tr("Client secret");
    else if (profile->credential == CredentialKind::Certificate)
        credential = tr("Certificate");
    m_ui->existingCredentialValue->setText(credential);
}

void ConsentProfilePage::updateCredentialFields()
{
    const bool custom = m_ui->cloudCombo->currentData().toString() == "custom"_L1;
    m_ui->cloudFileEdit->setEnabled(custom);
    m_ui->cloudFileButton->setEnabled(custom);
    const QString kind = m_ui->credentialCombo->currentData().toString();
    const bool secret = kind == credentialKindId(CredentialKind::Secret);
    const bool certificate = kind == credentialKindId(CredentialKind::Certificate);
    m_ui->secretLabel->setVisible(secret);
    m_ui->secretEdit->setVisible(secret);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->certificateLabel),
                       static_cast<QWidget *>(m_ui->certificateFileEdit),
                       static_cast<QWidget *>(m_ui->certificateFileButton),
                       static_cast<QWidget *>(m_ui->passphraseLabel),
                       static_cast<QWidget *>(m_ui->passphraseEdit)})
        w->setVisible(certificate);
}

void ConsentProfilePage::setHint(QLabel *hint, const QString &problem, bool shown)
{
    const QString text = shown ? problem : QString();
    hint->setText(text);
    hint->setVisible(!text.isEmpty());
    QPalette palette = hint->palette();
    palette.setColor(QPalette::WindowText, problemColour(palette));
    hint->setPalette(palette);
}

QString ConsentProfilePage::credentialProblem()
{
    const QString kind = m_ui->credentialCombo->currentData().toString();
    if (kind == credentialKindId(CredentialKind::Secret))
        return m_ui->secretEdit->text().isEmpty()
                   ? tr("Client secret: enter the client secret of the app registration.")
                   : QString();
    if (kind != credentialKindId(CredentialKind::Certificate)) {
        m_certificate = ClientCertificate();
        return {};
    }
    if (!m_certificateDirty)
        return m_certificateProblem;
    m_certificateDirty = false;
    m_certificate = ClientCertificate();
    const QString path = m_ui->certificateFileEdit->text().trimmed();
    if (path.isEmpty()) {
        m_certificateProblem = tr("Certificate: choose the certificate file (PEM or PFX) that "
                                  "holds the private key.");
        return m_certificateProblem;
    }
    const Expected<ClientCertificate> loaded =
        loadCertificateFile(path, m_ui->passphraseEdit->text().toUtf8());
    m_certificateProblem = loaded ? QString() : loaded.error();
    if (loaded)
        m_certificate = loaded.value();
    return m_certificateProblem;
}

Profile ConsentProfilePage::profileFromFields() const
{
    Profile profile;
    profile.name = m_ui->nameEdit->text();
    profile.cloudId = m_ui->cloudCombo->currentData().toString();
    const QString file = m_ui->cloudFileEdit->text().trimmed();
    if (profile.cloudId == SandboxCloudChoice) {
        profile.cloudId = u"custom"_s;
        profile.customCloudFile = m_wizard.services().sandboxCloudFile();
    } else if (profile.cloudId == "custom"_L1 && !file.isEmpty()) {
        profile.customCloudFile = QFileInfo(file).absoluteFilePath();
    }
    profile.partnerTenant = m_ui->tenantEdit->text().trimmed();
    profile.clientId = m_ui->clientIdEdit->text().trimmed();
    profile.credential = credentialKindFromId(m_ui->credentialCombo->currentData().toString())
                             .value_or(CredentialKind::None);
    profile.protocol =
        protocolFromId(m_ui->protocolCombo->currentData().toString()).value_or(Protocol::V2);
    profile.redirectUri = m_ui->redirectUriEdit->text().trimmed();
    return profile;
}

void ConsentProfilePage::revalidate()
{
    const Profile p = profileFromFields();
    const auto shown = [this](const QLineEdit *edit) {
        return m_touched.contains(edit) || !edit->text().isEmpty();
    };
    QString name = Profile::validateName(p.name);
    if (name.isEmpty() && m_wizard.services().profiles().find(p.name).ok())
        name = tr("Name: a profile named \"%1\" already exists.").arg(p.name);
    const bool custom = m_ui->cloudCombo->currentData().toString() == "custom"_L1;
    const QString cloud = Profile::validateCloud(
        custom && p.customCloudFile.isEmpty() ? QString() : p.cloudId, p.customCloudFile);
    const QString tenant = Profile::validateTenant(p.partnerTenant);
    const QString clientId = Profile::validateClientId(p.clientId);
    const QString credential = credentialProblem();
    const QString redirect = Profile::validateRedirectUri(p.redirectUri);
    const QString customMissing =
        custom && p.customCloudFile.isEmpty()
            ? tr("Cloud file: choose the custom cloud file (JSON) that describes the cloud.")
            : QString();
    setHint(m_ui->nameHint, name, shown(m_ui->nameEdit));
    setHint(m_ui->cloudHint, customMissing.isEmpty() ? cloud : customMissing,
            !custom || shown(m_ui->cloudFileEdit));
    setHint(m_ui->tenantHint, tenant, shown(m_ui->tenantEdit));
    setHint(m_ui->clientIdHint, clientId, shown(m_ui->clientIdEdit));
    setHint(m_ui->credentialHint, credential,
            shown(m_ui->secretEdit) || shown(m_ui->certificateFileEdit)
                || shown(m_ui->passphraseEdit));
    setHint(m_ui->redirectUriHint, redirect, shown(m_ui->redirectUriEdit));
    m_fieldsValid = name.isEmpty() && cloud.isEmpty() && customMissing.isEmpty() && tenant.isEmpty()
                    && clientId.isEmpty() && credential.isEmpty() && redirect.isEmpty();
    Q_EMIT completeChanged();
}

bool ConsentProfilePage::isComplete() const
{
    if (m_saving)
        return false;
    if (m_ui->existingRadio->isChecked())
        return !m_ui->existingCombo->currentData().toString().isEmpty();
    return m_fieldsValid;
}

bool ConsentProfilePage::validatePage()
{
    if (m_saving)
        return false;
    if (m_ui->existingRadio->isChecked()) {
        m_wizard.setProfileId(m_ui->existingCombo->currentData().toString());
        return !m_wizard.profileId().isEmpty();
    }
    save();
    return false; // finishSave() moves on once the keychain has answered
}

void ConsentProfilePage::save()
{
    Profile profile = profileFromFields();
    QByteArray secret;
    if (profile.credential == CredentialKind::Secret) {
        secret = m_ui->secretEdit->text().toUtf8();
    } else if (profile.credential == CredentialKind::Certificate) {
        profile.certificateThumbprint = QString::fromLatin1(m_certificate.x5t());
        secret = m_certificate.toPem();
    }
    m_saving = true;
    m_ui->saveProgress->show();
    if (!secret.isEmpty())
        m_ui->saveStatus->showMessage(
            tr("Storing the credential in %1…").arg(m_wizard.services().vault().backendName()),
            MessageWidget::MessageType::Information);
    Q_EMIT completeChanged();
    m_wizard.controller().createProfile(
        profile, secret, this, [this](const ProfileAddition &result) {
            if (result.ok())
                return finishSave(*result.added, QString());
            finishSave(Profile(), result.credentialRefused
                                      ? tr("The profile was not saved: %1").arg(result.message)
                                      : result.message);
        });
}

void ConsentProfilePage::finishSave(const Profile &added, const QString &problem)
{
    m_saving = false;
    m_ui->saveProgress->hide();
    if (!problem.isEmpty()) {
        m_ui->saveStatus->showMessage(problem, MessageWidget::MessageType::Error);
        Q_EMIT completeChanged();
        return;
    }
    m_ui->secretEdit->clear();
    m_ui->passphraseEdit->clear();
    m_wizard.setProfileId(added.id);
    reloadProfiles(added.id);
    m_ui->existingRadio->setChecked(true);
    m_ui->saveStatus->showMessage(tr("Profile \"%1\" saved.").arg(added.name),
                                  MessageWidget::MessageType::Positive);
    Q_EMIT completeChanged();
    m_wizard.next();
}

void ConsentProfilePage::chooseFile(QLineEdit *target, const QString &title, const QString &filter)
{
    auto *dialog = new QFileDialog(this, title, QFileInfo(target->text()).absolutePath(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, target](const QString &file) {
        m_touched.insert(target);
        target->setText(file);
    });
    dialog->open();
}

} // namespace PCAuth
