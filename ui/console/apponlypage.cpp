// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "apponlypage.h"

#include "api/accesstokensource.h"
#include "api/apicall.h"
#include "appservices.h"
#include "consolerequest.h"
#include "messagewidget.h"
#include "token/claims.h"
#include "token/jwt.h"
#include "ui_apponlypage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QShortcut>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// A call that accepts app-only tokens, per audience (PROTOCOL.md §4); none for Key Vault
/// (the vault URL is the user's) and custom audiences.
struct TestCall
{
    Service service;
    const char *path;
};

std::optional<TestCall> testCallFor(const QString &audienceId)
{
    if (audienceId == "partner-center"_L1)
        return TestCall{Service::PartnerCenter,
                        "/v1/profiles/legalbusiness?vettingVersion=Current"};
    if (audienceId == "graph"_L1)
        return TestCall{Service::Graph, "/v1.0/organization"};
    if (audienceId == "arm"_L1)
        return TestCall{Service::Arm, "/subscriptions?api-version=2022-12-01"};
    return std::nullopt;
}

/// The name a person recognises in an object: displayName, companyName, name, else id.
QString nameOf(const QJsonObject &object)
{
    for (const QLatin1String key : {"displayName"_L1, "companyName"_L1, "name"_L1, "id"_L1}) {
        const QString value = object.value(key).toString();
        if (!value.isEmpty())
            return displaySafe(value);
    }
    return QString();
}

/// One line about an answer: "1 item: Contoso Partner" for a collection, else the name.
QString summarize(const QJsonDocument &json)
{
    const QJsonObject object = json.object();
    for (const QLatin1String key : {"value"_L1, "items"_L1}) {
        if (!object.value(key).isArray())
            continue;
        const QJsonArray items = object.value(key).toArray();
        const QString first = items.isEmpty() ? QString() : nameOf(items.first().toObject());
        const QString count = AppOnlyPage::tr("Items: %1").arg(items.size());
        return first.isEmpty() ? count : AppOnlyPage::tr("%1; the first: %2").arg(count, first);
    }
    const QString name = nameOf(object);
    return name.isEmpty() ? AppOnlyPage::tr("The answer is valid JSON.") : name;
}

} // namespace

AppOnlyPage::AppOnlyPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_ui(std::make_unique<Ui::AppOnlyPage>())
{
    m_ui->setupUi(this);
    m_ui->errorBanner->setTextObjectName(u"errorLabel"_s);
    setObjectName(u"appOnlyPage"_s);
    m_ui->audienceCombo->addItem(tr("Partner Center"), u"partner-center"_s);
    m_ui->audienceCombo->addItem(tr("Microsoft Graph"), u"graph"_s);
    m_ui->audienceCombo->addItem(tr("Azure Resource Manager"), u"arm"_s);
    m_ui->audienceCombo->addItem(tr("Key Vault"), u"keyvault"_s);
    m_ui->audienceCombo->addItem(tr("Custom URI"), u"custom"_s);
    m_ui->audienceCombo->setCurrentIndex(1); // Graph: its test call works in every tenant
    m_countdown.setInterval(1000);
    m_ui->getTokenButton->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_ui->cancelButton->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_ui->inspectButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_ui->testCallButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &AppOnlyPage::cancel);
    connect(&m_countdown, &QTimer::timeout, this, &AppOnlyPage::updateExpiry);
    connect(m_ui->audienceCombo, &QComboBox::currentIndexChanged, this,
            &AppOnlyPage::audienceChanged);
    connect(m_ui->getTokenButton, &QPushButton::clicked, this, &AppOnlyPage::getToken);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AppOnlyPage::cancel);
    connect(m_ui->testCallButton, &QPushButton::clicked, this, &AppOnlyPage::testCall);
    connect(m_ui->inspectButton, &QPushButton::clicked, this, [this] {
        if (!m_token.isEmpty())
            Q_EMIT m_services.inspectTokenRequested(m_token);
    });
    connect(&services, &AppServices::profilesChanged, this, &AppOnlyPage::reloadProfiles);

    reloadProfiles();
    audienceChanged();
    clearResult();
}

AppOnlyPage::~AppOnlyPage() = default;

void AppOnlyPage::reloadProfiles()
{
    const QString current = m_ui->profileCombo->currentData().toString();
    m_ui->profileCombo->clear();
    const Expected<QList<Profile>> loaded = m_services.profiles().load();
    if (!loaded)
        showError(loaded.error());
    for (const Profile &profile : loaded ? loaded.value() : QList<Profile>()) {
        if (profile.credential == CredentialKind::Secret)
            m_ui->profileCombo->addItem(tr("%1 (client secret)").arg(profile.name), profile.id);
        else if (profile.credential == CredentialKind::Certificate)
            m_ui->profileCombo->addItem(tr("%1 (certificate)").arg(profile.name), profile.id);
    }
    const int index = m_ui->profileCombo->findData(current);
    if (index >= 0)
        m_ui->profileCombo->setCurrentIndex(index);
    const bool none = m_ui->profileCombo->count() == 0;
    m_ui->noProfileLabel->setText(
        tr("No profile has a client secret or a certificate. App-only tokens are issued to the "
           "app itself, so the app registration must be a confidential client: add a client "
           "secret or a certificate to a profile (pcauthctl profile, or a new consent with a "
           "web app registration), then come back here."));
    m_ui->noProfileLabel->setVisible(none);
    m_ui->profileCombo->setPlaceholderText(none ? tr("No profile with app credentials")
                                                : QString());
    setBusy(!m_pending.isNull());
}

void AppOnlyPage::audienceChanged()
{
    const bool custom = m_ui->audienceCombo->currentData().toString() == "custom"_L1;
    m_ui->customAudienceEdit->setEnabled(custom);
    m_ui->customAudienceLabel->setEnabled(custom);
}

void AppOnlyPage::getToken()
{
    if (m_pending)
        return;
    clearResult();
    const QString profileId = m_ui->profileCombo->currentData().toString();
    const Expected<Profile> profile = m_services.profiles().find(profileId);
    if (profileId.isEmpty() || !profile)
        return showError(profileId.isEmpty() ? tr("Profile: choose a profile with a client "
                                                  "secret or certificate first.")
                                             : profile.error());
    const Expected<Cloud> cloud = profile->cloud();
    if (!cloud)
        return showError(cloud.error());
    const QString audienceId = m_ui->audienceCombo->currentData().toString();
    QString audience;
    if (audienceId == "custom"_L1) {
        audience = m_ui->customAudienceEdit->text().trimmed();
        const QUrl uri(audience, QUrl::StrictMode);
        if (audience.isEmpty() || !uri.isValid() || uri.scheme().isEmpty())
            return showError(tr("Custom URI: give the resource identifier the token is for, "
                                "such as https://api.contoso.com or api://<app id>."));
    } else {
        audience = cloud->resource(serviceFromId(audienceId).value_or(Service::Graph));
    }
    const QString tenant = m_ui->tenantEdit->text().trimmed();
    if (!tenant.isEmpty()) {
        if (const QString problem = Cloud::validateTenant(tenant); !problem.isEmpty())
            return showError(tr("Tenant: %1").arg(problem));
    }
    m_key = TokenKey::appOnlyFor(profile->id, tenant, audience);
    m_audienceId = audienceId;
    auto *context = new QObject(this);
    m_pending = context;
    setBusy(true);
    m_ui->testCallLabel->setText(tr("Asking Entra ID for an app-only token…"));
    m_services.broker().accessToken(
        m_key, context, [this](const AccessTokenResult &result) { tokenArrived(result); });
}

void AppOnlyPage::tokenArrived(const AccessTokenResult &result)
{
    if (m_pending)
        m_pending->deleteLater();
    m_pending = nullptr;
    setBusy(false);
    m_ui->testCallLabel->clear();
    if (!result.ok())
        return showError(result.message);
    if (!result.warning.isEmpty())
        showError(result.warning);
    m_token = result.accessToken;
    const Expected<Jwt> jwt = Jwt::decode(m_token);
    // The token's own exp when it has one: what the token inspector shows too.
    m_expiresAt = jwt && jwt->expiresAt() ? *jwt->expiresAt() : result.expiresAt;
    const auto claim = [&jwt](QStringView name) {
        return jwt ? displaySafe(jwt->stringClaim(name)) : QString();
    };
    m_ui->tokenValue->setText(Console::redactToken(m_token));
    const QString appId = claim(u"appid").isEmpty() ? claim(u"azp") : claim(u"appid");
    m_ui->appIdValue->setText(appId);
    const QStringList roles = jwt ? jwt->roles() : QStringList();
    m_ui->rolesValue->setText(roles.isEmpty()
                                  ? tr("None: the app has no application permissions here.")
                                  : displaySafe(roles.join(u", "_s)));
    m_ui->tenantIdValue->setText(claim(u"tid"));
    m_ui->audienceValue->setText(jwt ? displaySafe(jwt->stringListClaim(u"aud").join(u", "_s))
                                     : QString());
    m_ui->idtypValue->setText(claim(u"idtyp").isEmpty() ? tr("(not in the token)")
                                                        : claim(u"idtyp"));
    if (!jwt)
        showError(tr("The token could not be decoded for display: %1").arg(jwt.error()));
    updateExpiry();
    m_countdown.start();
    m_ui->inspectButton->setEnabled(true);
    const std::optional<TestCall> call = testCallFor(m_audienceId);
    m_ui->testCallButton->setEnabled(call.has_value());
    m_ui->testCallLabel->setText(
        call ? tr("Test call: GET %1").arg(QString::fromLatin1(call->path))
             : tr("No test call for this audience: its API has no call every app may make."));
}

void AppOnlyPage::testCall()
{
    const std::optional<TestCall> call = testCallFor(m_audienceId);
    const Expected<Profile> profile = m_services.profiles().find(m_key.profileId);
    if (m_pending || !call || m_token.isEmpty() || !profile)
        return;
    const Expected<Cloud> cloud = profile->cloud();
    if (!cloud)
        return showError(cloud.error());
    m_ui->errorBanner->hideMessage();
    m_ui->testStatusLabel->clear();
    m_ui->testSummaryLabel->clear();
    HttpRequest request;
    request.url = apiUrl(cloud->endpoint(call->service), QString::fromLatin1(call->path));
    m_tokens = m_services.broker().source(m_key); // the cached token, renewed if need be
    auto *context = new QObject(this);
    m_pending = context;
    setBusy(true);
    sendApiRequest(m_services.http(), *m_tokens, apiKindOf(call->service), std::move(request),
                   QString(), context,
                   [this](const ApiResult &result) { testCallFinished(result); });
}

void AppOnlyPage::testCallFinished(const ApiResult &result)
{
    if (m_pending)
        m_pending->deleteLater();
    m_pending = nullptr;
    setBusy(false);
    const QString reason = Console::reasonPhrase(result.status);
    m_ui->testStatusLabel->setText(result.status == 0
                                       ? tr("No answer.")
                                       : tr("HTTP %1%2 · %3 ms")
                                             .arg(result.status)
                                             .arg(reason.isEmpty() ? QString() : u' ' + reason)
                                             .arg(qint64(result.elapsed.count())));
    if (!result.ok()) {
        m_ui->testSummaryLabel->clear();
        return showError(result.errorMessage());
    }
    m_ui->testSummaryLabel->setText(summarize(result.json));
}

void AppOnlyPage::cancel()
{
    if (!m_pending)
        return;
    delete m_pending; // the broker and the HTTP client drop it without calling back
    m_pending = nullptr;
    setBusy(false);
    m_ui->testCallLabel->clear();
    m_ui->errorBanner->showMessage(tr("Cancelled."), MessageWidget::MessageType::Information);
}

void AppOnlyPage::clearResult()
{
    m_countdown.stop();
    m_token.clear();
    m_expiresAt = QDateTime();
    m_ui->errorBanner->hideMessage();
    for (QLabel *label : {m_ui->tokenValue, m_ui->expiryValue, m_ui->appIdValue, m_ui->rolesValue,
                          m_ui->tenantIdValue, m_ui->audienceValue, m_ui->idtypValue,
                          m_ui->testCallLabel, m_ui->testStatusLabel, m_ui->testSummaryLabel})
        label->clear();
    m_ui->inspectButton->setEnabled(false);
    m_ui->testCallButton->setEnabled(false);
}

void AppOnlyPage::showError(const QString &message)
{
    m_ui->errorBanner->showMessage(message, MessageWidget::MessageType::Error);
}

void AppOnlyPage::setBusy(bool busy)
{
    m_ui->getTokenButton->setEnabled(!busy && m_ui->profileCombo->count() > 0);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->progressBar->setVisible(busy);
    if (busy)
        m_ui->testCallButton->setEnabled(false);
    else if (!m_token.isEmpty())
        m_ui->testCallButton->setEnabled(testCallFor(m_audienceId).has_value());
}

void AppOnlyPage::updateExpiry()
{
    if (!m_expiresAt.isValid()) {
        m_ui->expiryValue->clear();
        return;
    }
    const QString when = formatTime(m_expiresAt, m_services.clock());
    if (m_services.clock().now() >= m_expiresAt) {
        m_countdown.stop();
        m_ui->expiryValue->setText(tr("Expired: %1. Get a new token.").arg(when));
    } else {
        m_ui->expiryValue->setText(when);
    }
}

} // namespace PCAuth
