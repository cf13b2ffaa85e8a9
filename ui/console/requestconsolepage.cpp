// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "requestconsolepage.h"

#include "api/accesstokensource.h"
#include "appservices.h"
#include "bodysearch.h"
#include "messagewidget.h"
#include "net/httpclient.h"
#include "recordingnetwork.h"
#include "ui_requestconsolepage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QShortcut>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// The body as the user wants to read it: indented JSON when it is JSON, else the text.
QString bodyText(const ApiResult &result)
{
    if (!result.json.isNull())
        return QString::fromUtf8(result.json.toJson(QJsonDocument::Indented));
    const QJsonDocument parsed = QJsonDocument::fromJson(result.rawBody);
    if (!parsed.isNull())
        return QString::fromUtf8(parsed.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(result.rawBody);
}

/// Partner Center is always called with the partner tenant's token; a customer appears in
/// the path. Graph and ARM take the token of the tenant named.
QString tenantFor(Service service, const QString &tenant)
{
    return service == Service::PartnerCenter ? QString() : tenant;
}

} // namespace

RequestConsolePage::RequestConsolePage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_ui(std::make_unique<Ui::RequestConsolePage>())
    , m_network(new Console::RecordingNetwork(this))
{
    m_ui->setupUi(this);
    m_ui->errorBanner->setTextObjectName(u"errorLabel"_s);
    setObjectName(u"requestConsolePage"_s);
    RetryPolicy policy = services.http().policy();
    policy.maxAttempts = 1;
    policy.maxParallel = 1;
    m_http = std::make_unique<HttpClient>(m_network, policy);
    m_search =
        new Console::BodySearch(m_ui->searchEdit, m_ui->searchCountLabel, m_ui->bodyView, this);

    m_ui->serviceCombo->addItem(tr("Partner Center"), int(Console::Target::PartnerCenter));
    m_ui->serviceCombo->addItem(tr("Microsoft Graph"), int(Console::Target::Graph));
    m_ui->serviceCombo->addItem(tr("Azure Resource Manager"), int(Console::Target::Arm));
    m_ui->serviceCombo->addItem(tr("Full URL"), int(Console::Target::Url));
    m_ui->presetCombo->addItem(tr("Custom request"), -1);
    const QList<Console::Preset> &all = Console::presets();
    for (int i = 0; i < all.size(); ++i)
        m_ui->presetCombo->addItem(QCoreApplication::translate("PCAuth::Console", all.at(i).name),
                                   i);
    m_ui->sendButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_ui->cancelButton->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_ui->copyCurlButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_ui->tenantEdit->setToolTip(
        tr("Empty: the partner tenant. A customer's tenant id or domain: Graph and ARM calls "
           "use a token of that tenant; Partner Center calls use it in the path ({customer})."));

    setupShortcuts();

    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this,
            &RequestConsolePage::applyPreset);
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this,
            &RequestConsolePage::updateBodyState);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &RequestConsolePage::send);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RequestConsolePage::cancel);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &RequestConsolePage::copyAsCurl);
    connect(m_ui->searchNextButton, &QPushButton::clicked, m_search, &Console::BodySearch::next);
    connect(m_ui->searchPreviousButton, &QPushButton::clicked, m_search,
            &Console::BodySearch::previous);
    connect(&services, &AppServices::profilesChanged, this, &RequestConsolePage::reloadProfiles);

    reloadProfiles();
    updateBodyState();
}

void RequestConsolePage::setupShortcuts()
{
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto *sendShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    for (QShortcut *shortcut : {sendShortcut, sendShortcutEnter, cancelShortcut, findShortcut})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &RequestConsolePage::send);
    connect(sendShortcutEnter, &QShortcut::activated, this, &RequestConsolePage::send);
    connect(cancelShortcut, &QShortcut::activated, this, &RequestConsolePage::cancel);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->resultTabs->setCurrentWidget(m_ui->bodyTab);
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
}

// The HttpClient goes first (m_http, a member), before its network (a child object).
RequestConsolePage::~RequestConsolePage() = default;

void RequestConsolePage::prepare(const QString &profileId, const QString &tenantId)
{
    if (m_ui->profileCombo->findData(profileId) < 0)
        reloadProfiles();
    const int profileIndex = m_ui->profileCombo->findData(profileId);
    if (profileIndex >= 0)
        m_ui->profileCombo->setCurrentIndex(profileIndex);
    m_ui->tenantEdit->setText(tenantId.trimmed());
    const int preset = Console::presetIndex(tenantId.trimmed().isEmpty() ? "/v1/customers?size=20"
                                                                         : "/v1.0/organization");
    const int comboIndex = m_ui->presetCombo->findData(preset);
    if (m_ui->presetCombo->currentIndex() == comboIndex)
        applyPreset(comboIndex);
    else
        m_ui->presetCombo->setCurrentIndex(comboIndex);
}

void RequestConsolePage::reloadProfiles()
{
    const QString current = m_ui->profileCombo->currentData().toString();
    m_ui->profileCombo->clear();
    const Expected<QList<Profile>> loaded = m_services.profiles().load();
    if (!loaded) {
        showError(loaded.error());
    } else {
        for (const Profile &profile : loaded.value())
            m_ui->profileCombo->addItem(profile.name, profile.id);
    }
    const int index = m_ui->profileCombo->findData(current);
    if (index >= 0)
        m_ui->profileCombo->setCurrentIndex(index);
    const bool none = m_ui->profileCombo->count() == 0;
    m_ui->profileCombo->setPlaceholderText(none ? tr("No profile yet") : QString());
    const QString noProfile = tr("There is no profile yet. Run a partner consent (File, New "
                                 "consent) to make one; then send requests with it here.");
    if (none && loaded)
        showError(noProfile);
    else if (m_ui->errorBanner->text() == noProfile)
        m_ui->errorBanner->hideMessage();
    setBusy(!m_pending.isNull());
}

void RequestConsolePage::applyPreset(int comboIndex)
{
    const int index = m_ui->presetCombo->itemData(comboIndex).toInt();
    if (index < 0 || index >= Console::presets().size())
        return;
    const Console::Preset &preset = Console::presets().at(index);
    m_ui->serviceCombo->setCurrentIndex(m_ui->serviceCombo->findData(int(preset.target)));
    m_ui->methodCombo->setCurrentText(QString::fromLatin1(preset.method));
    m_ui->pathEdit->setText(Console::presetPath(preset, m_ui->tenantEdit->text()));
    m_ui->bodyEdit->setPlainText(QString::fromUtf8(preset.body));
    updateBodyState();
}

void RequestConsolePage::updateBodyState()
{
    const bool body = Console::methodHasBody(m_ui->methodCombo->currentText());
    m_ui->bodyEdit->setEnabled(body);
    m_ui->bodyLabel->setEnabled(body);
    m_ui->bodyErrorLabel->hide();
}

std::optional<RequestConsolePage::Outgoing> RequestConsolePage::checkFields()
{
    const Expected<Profile> profile =
        m_services.profiles().find(m_ui->profileCombo->currentData().toString());
    if (m_ui->profileCombo->currentIndex() < 0 || !profile) {
        showError(profile ? tr("Profile: choose a profile first.") : profile.error());
        return std::nullopt;
    }
    const Expected<Cloud> cloud = profile->cloud();
    const QString tenant = m_ui->tenantEdit->text().trimmed();
    const QString tenantProblem = tenant.isEmpty() ? QString() : Cloud::validateTenant(tenant);
    const Expected<Console::ResolvedTarget> target =
        cloud ? Console::resolveTarget(*cloud,
                                       Console::Target(m_ui->serviceCombo->currentData().toInt()),
                                       m_ui->pathEdit->text())
              : Expected<Console::ResolvedTarget>(fail(cloud.error()));
    if (!tenantProblem.isEmpty() || !target) {
        showError(!tenantProblem.isEmpty() ? tr("Tenant: %1").arg(tenantProblem) : target.error());
        return std::nullopt;
    }
    Outgoing out{profile.value(), target.value(), tenantFor(target->service, tenant), {}};
    const QString method = m_ui->methodCombo->currentText();
    out.request.method = method.toLatin1();
    out.request.url = target->url;
    out.request.idempotent = method != "POST"_L1 && method != "PATCH"_L1;
    if (Console::methodHasBody(method)) {
        const Expected<QByteArray> body = Console::checkJsonBody(m_ui->bodyEdit->toPlainText());
        if (!body) {
            m_ui->bodyErrorLabel->setText(body.error());
            m_ui->bodyErrorLabel->show();
            m_ui->bodyEdit->setFocus(Qt::OtherFocusReason);
            return std::nullopt;
        }
        out.request.body = body.value();
    }
    return out;
}

void RequestConsolePage::send()
{
    if (m_pending)
        return;
    m_ui->errorBanner->hideMessage();
    m_ui->bodyErrorLabel->hide();
    std::optional<Outgoing> out = checkFields();
    if (!out)
        return;
    m_tokens = m_services.broker().source(
        TokenKey::delegated(out->profile.id, out->tokenTenant, out->target.audience));
    m_network->clear();
    auto *context = new QObject(this);
    m_pending = context;
    setBusy(true);
    m_ui->statusLabel->setText(
        tr("Sending %1 %2…")
            .arg(QString::fromLatin1(out->request.method), out->target.url.toDisplayString()));
    Console::SentRequest sent{out->request.method, out->request.url, {}, out->request.body};
    const QString profileName = out->profile.name;
    const QString tenant = out->tokenTenant;
    const Console::ResolvedTarget target = out->target;
    sendApiRequest(*m_http, *m_tokens, target.kind, std::move(out->request), QString(), context,
                   [this, sent, target, profileName, tenant](const ApiResult &result) {
                       if (!m_network->lastHeaders().isEmpty()) { // it reached the wire
                           m_lastSent = sent;
                           m_lastSent.headers = m_network->lastHeaders();
                           m_lastProfileName = profileName;
                           m_lastTenant = tenant;
                           m_lastAudience = Console::audienceOption(target.service);
                           m_ui->copyCurlButton->setEnabled(true);
                       }
                       finished(result, target);
                   });
}

void RequestConsolePage::finished(const ApiResult &result, const Console::ResolvedTarget &target)
{
    if (m_pending)
        m_pending->deleteLater(); // it is the context of the call now returning
    m_pending = nullptr;
    setBusy(false);
    if (result.status != 0)
        showResponse(result, target);
    if (result.ok())
        return;
    QString message = result.errorMessage();
    if (result.status == 0 && m_ui->bodyView->document()->characterCount() > 1)
        message += u'\n' + tr("The answer shown below is from the previous request.");
    showError(message);
    if (result.status == 0)
        m_ui->statusLabel->setText(tr("No answer."));
}

void RequestConsolePage::showResponse(const ApiResult &result,
                                      const Console::ResolvedTarget &target)
{
    const QString reason = Console::reasonPhrase(result.status);
    m_ui->statusLabel->setText(tr("HTTP %1%2 · %3 ms")
                                   .arg(result.status)
                                   .arg(reason.isEmpty() ? QString() : u' ' + reason)
                                   .arg(qint64(result.elapsed.count())));
    m_ui->requestIdName->setText(requestIdHeader(target.kind) + u':');
    m_ui->correlationIdName->setText(target.kind == ApiKind::PartnerCenter
                                         ? u"MS-CorrelationId:"_s
                                         : tr("Correlation id (not sent to this service):"));
    m_ui->requestIdValue->setText(result.requestId);
    m_ui->correlationIdValue->setText(result.correlationId);
    m_ui->requestHeadersView->setPlainText(QString::fromLatin1(m_lastSent.method) + u' '
                                           + m_lastSent.url.toDisplayString() + u'\n'
                                           + Console::formatHeaders(m_lastSent.headers));
    m_ui->responseHeadersView->setPlainText(Console::formatHeaders(result.headers));
    m_ui->bodyView->setPlainText(bodyText(result));
    m_ui->bodyView->setPlaceholderText(result.rawBody.isEmpty() ? tr("(no body)") : QString());
    m_search->refresh();
}

void RequestConsolePage::showError(const QString &message)
{
    m_ui->errorBanner->showMessage(message, MessageWidget::MessageType::Error);
}

void RequestConsolePage::setBusy(bool busy)
{
    m_ui->sendButton->setEnabled(!busy && m_ui->profileCombo->count() > 0);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->progressBar->setVisible(busy);
}

void RequestConsolePage::cancel()
{
    if (!m_pending)
        return;
    delete m_pending; // drops the token request and aborts the call, without callbacks
    m_pending = nullptr;
    setBusy(false);
    m_ui->statusLabel->setText(tr("Cancelled."));
    showError(tr("The request was cancelled; any answer to it is ignored."));
}

void RequestConsolePage::copyAsCurl()
{
    if (m_lastSent.method.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(
        Console::curlCommand(m_lastSent, m_lastProfileName, m_lastTenant, m_lastAudience));
}

} // namespace PCAuth
