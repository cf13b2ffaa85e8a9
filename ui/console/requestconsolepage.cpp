// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "requestconsolepage.h"

#include "bodysearch.h"
#include "consolecontroller.h"
#include "messagewidget.h"
#include "styleicon.h"
#include "ui_requestconsolepage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QShortcut>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PCAuth {

RequestConsolePage::RequestConsolePage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestConsolePage>())
    , m_controller(new ConsoleController(services, this))
{
    m_ui->setupUi(this);
    m_ui->errorBanner->setTextObjectName(u"errorLabel"_s);
    // A body problem shows between the body and the Send button: its line is kept while
    // hidden, so that Send does not move when one appears.
    QSizePolicy keep = m_ui->bodyErrorLabel->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_ui->bodyErrorLabel->setSizePolicy(keep);
    m_ui->bodyErrorLabel->setMinimumHeight(m_ui->bodyErrorLabel->fontMetrics().lineSpacing());
    setObjectName(u"requestConsolePage"_s);
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
    m_ui->sendButton->setIcon(styleIcon(QStyle::SP_ArrowForward, style()));
    m_ui->cancelButton->setIcon(styleIcon(QStyle::SP_DialogCancelButton, style()));
    m_ui->copyCurlButton->setIcon(styleIcon(QStyle::SP_FileDialogDetailedView, style()));
    m_ui->tenantEdit->setToolTip(
        tr("Empty: the partner tenant. A customer's tenant id or domain: Graph and ARM calls "
           "use a token of that tenant; Partner Center calls use it in the path ({customer})."));

    setupShortcuts();
    bindFields();

    connect(m_ui->sendButton, &QPushButton::clicked, m_controller, &ConsoleController::send);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_controller, &ConsoleController::cancel);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &RequestConsolePage::copyAsCurl);
    // The button keeps its width when it says "Copied".
    m_ui->copyCurlButton->setMinimumWidth(m_ui->copyCurlButton->sizeHint().width());
    m_copyReset.setSingleShot(true);
    m_copyReset.setInterval(2000);
    connect(&m_copyReset, &QTimer::timeout, this, [this] {
        m_ui->copyCurlButton->setText(m_copyLabel);
        m_copyLabel.clear();
    });
    connect(m_ui->searchNextButton, &QPushButton::clicked, m_search, &Console::BodySearch::next);
    connect(m_ui->searchPreviousButton, &QPushButton::clicked, m_search,
            &Console::BodySearch::previous);
    connect(m_controller, &ConsoleController::profilesChanged, this,
            &RequestConsolePage::showProfiles);
    connect(m_controller, &ConsoleController::profileIdChanged, this, [this] {
        m_ui->profileCombo->setCurrentIndex(
            m_ui->profileCombo->findData(m_controller->profileId()));
    });
    connect(m_controller, &ConsoleController::requestChanged, this,
            &RequestConsolePage::showRequest);
    connect(m_controller, &ConsoleController::presetChanged, this, [this] {
        m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(m_controller->preset()));
    });
    connect(m_controller, &ConsoleController::busyChanged, this, &RequestConsolePage::showBusy);
    connect(m_controller, &ConsoleController::statusChanged, this,
            [this] { m_ui->statusLabel->setText(m_controller->statusText()); });
    connect(m_controller, &ConsoleController::messageChanged, this,
            &RequestConsolePage::showMessage);
    connect(m_controller, &ConsoleController::bodyProblemChanged, this,
            &RequestConsolePage::showBodyProblem);
    connect(m_controller, &ConsoleController::responseChanged, this,
            &RequestConsolePage::showResponse);

    showProfiles();
    showMessage();
    showBodyProblem();
}

void RequestConsolePage::setupShortcuts()
{
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto *sendShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    for (QShortcut *shortcut : {sendShortcut, sendShortcutEnter, cancelShortcut, findShortcut})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, m_controller, &ConsoleController::send);
    connect(sendShortcutEnter, &QShortcut::activated, m_controller, &ConsoleController::send);
    connect(cancelShortcut, &QShortcut::activated, m_controller, &ConsoleController::cancel);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->resultTabs->setCurrentWidget(m_ui->bodyTab);
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
}

/// The fields as the form starts them go to the controller; from then on every edit does,
/// and every change of the controller's request comes back to the fields.
void RequestConsolePage::bindFields()
{
    m_controller->setTenant(m_ui->tenantEdit->text());
    m_controller->setTarget(m_ui->serviceCombo->currentData().toInt());
    m_controller->setMethod(m_ui->methodCombo->currentText());
    m_controller->setPath(m_ui->pathEdit->text());
    m_controller->setBody(m_ui->bodyEdit->toPlainText());
    showRequest();

    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ui->profileCombo->currentIndex() >= 0)
            m_controller->selectProfile(m_ui->profileCombo->currentData().toString());
    });
    connect(m_ui->tenantEdit, &QLineEdit::textChanged, m_controller, &ConsoleController::setTenant);
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setTarget(m_ui->serviceCombo->currentData().toInt()); });
    connect(m_ui->methodCombo, &QComboBox::currentTextChanged, m_controller,
            &ConsoleController::setMethod);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, m_controller, &ConsoleController::setPath);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_controller->setBody(m_ui->bodyEdit->toPlainText()); });
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, [this](int comboIndex) {
        m_controller->applyPreset(m_ui->presetCombo->itemData(comboIndex).toInt());
    });
}

RequestConsolePage::~RequestConsolePage() = default;

void RequestConsolePage::prepare(const QString &profileId, const QString &tenantId)
{
    m_controller->prepare(profileId, tenantId);
}

void RequestConsolePage::showProfiles()
{
    {
        const QSignalBlocker blocker(m_ui->profileCombo);
        m_ui->profileCombo->clear();
        for (const Profile &profile : m_controller->profiles())
            m_ui->profileCombo->addItem(profile.name, profile.id);
        m_ui->profileCombo->setCurrentIndex(
            m_ui->profileCombo->findData(m_controller->profileId()));
    }
    const bool none = m_ui->profileCombo->count() == 0;
    m_ui->profileCombo->setPlaceholderText(none ? tr("No profile yet") : QString());
    showBusy();
}

void RequestConsolePage::showRequest()
{
    const int service = m_ui->serviceCombo->findData(m_controller->target());
    if (service != m_ui->serviceCombo->currentIndex())
        m_ui->serviceCombo->setCurrentIndex(service);
    if (m_ui->methodCombo->currentText() != m_controller->method())
        m_ui->methodCombo->setCurrentText(m_controller->method());
    if (m_ui->tenantEdit->text() != m_controller->tenant())
        m_ui->tenantEdit->setText(m_controller->tenant());
    if (m_ui->pathEdit->text() != m_controller->path())
        m_ui->pathEdit->setText(m_controller->path());
    if (m_ui->bodyEdit->toPlainText() != m_controller->body())
        m_ui->bodyEdit->setPlainText(m_controller->body());
    const bool body = m_controller->bodyAllowed();
    m_ui->bodyEdit->setEnabled(body);
    m_ui->bodyLabel->setEnabled(body);
}

void RequestConsolePage::showResponse()
{
    m_ui->copyCurlButton->setEnabled(m_controller->canCopyCurl());
    if (m_controller->hasResponse()) { // without one, the names of the last service stay
        m_ui->requestIdName->setText(m_controller->requestIdName());
        m_ui->correlationIdName->setText(m_controller->correlationIdName());
    }
    m_ui->requestIdValue->setText(m_controller->requestIdValue());
    m_ui->correlationIdValue->setText(m_controller->correlationIdValue());
    m_ui->requestHeadersView->setPlainText(m_controller->requestHeadersText());
    m_ui->responseHeadersView->setPlainText(m_controller->responseHeadersText());
    m_ui->bodyView->setPlainText(m_controller->responseBody());
    m_ui->bodyView->setPlaceholderText(!m_controller->hasResponse()        ? tr("(no answer)")
                                       : m_controller->responseBodyEmpty() ? tr("(no body)")
                                                                           : QString());
    m_search->refresh();
}

void RequestConsolePage::showMessage()
{
    if (m_controller->message().isEmpty())
        m_ui->errorBanner->hideMessage();
    else
        m_ui->errorBanner->showMessage(m_controller->message(), MessageWidget::MessageType::Error);
}

void RequestConsolePage::showBodyProblem()
{
    const QString problem = m_controller->bodyProblem();
    m_ui->bodyErrorLabel->setText(problem);
    m_ui->bodyErrorLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        m_ui->bodyEdit->setFocus(Qt::OtherFocusReason);
}

void RequestConsolePage::showBusy()
{
    const bool busy = m_controller->isBusy();
    m_ui->sendButton->setEnabled(m_controller->canSend());
    m_ui->cancelButton->setEnabled(busy);
    m_ui->progressBar->setVisible(busy);
}

void RequestConsolePage::copyAsCurl()
{
    const QString curl = m_controller->curlCommand();
    if (curl.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(curl);
    // Said on the button itself, where the user looks, for a moment.
    if (m_copyLabel.isEmpty())
        m_copyLabel = m_ui->copyCurlButton->text();
    m_ui->copyCurlButton->setText(tr("Copied"));
    m_copyReset.start();
}

} // namespace PCAuth
