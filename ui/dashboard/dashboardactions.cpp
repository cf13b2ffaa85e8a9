// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// DashboardPage's row actions: which row they apply to, the confirmation of a removal and
// the Replace credential dialog; the work itself is DashboardController's.
#include "dashboardcontroller.h"
#include "dashboardpage.h"
#include "healthmodel.h"
#include "replacecredentialdialog.h"
#include "ui_dashboardpage.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace PCAuth {

void DashboardPage::refreshNow()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.kind != HealthModel::RowKind::Profile || !info.refreshTokenPresent || info.busy)
        return;
    m_controller->refreshNow(info.profileId);
}

void DashboardPage::inspectToken()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    const bool customer = info.kind == HealthModel::RowKind::Customer;
    if (!m_ui->inspectAction->isEnabled() || info.busy)
        return;
    m_controller->inspectToken(info.profileId, customer ? info.tenantId : QString());
}

void DashboardPage::runConsentAgain()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.kind == HealthModel::RowKind::Profile && !info.busy)
        m_controller->requestConsent(info.profileId);
}

void DashboardPage::testCall()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.busy)
        return;
    if (info.kind == HealthModel::RowKind::Customer)
        m_controller->testCall(info.profileId, info.tenantId);
    else if (info.kind == HealthModel::RowKind::Profile && info.refreshTokenPresent)
        m_controller->testCall(info.profileId);
}

void DashboardPage::showTestCall(const QString &profileId, const QString &tenantId, int status,
                                 const QString &text)
{
    const bool ok = status >= 200 && status < 300;
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Test call"), text, QMessageBox::Close, this);
    box->setObjectName(u"testCallResult"_s);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton *console = box->addButton(tr("Open in &console"), QMessageBox::ActionRole);
    console->setObjectName(u"openInConsoleButton"_s);
    box->setDefaultButton(QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, console, profileId, tenantId](QAbstractButton *clicked) {
                if (clicked == console)
                    m_controller->requestTestCall(profileId, tenantId);
            });
    box->open();
}

void DashboardPage::replaceCredential()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.kind != HealthModel::RowKind::Profile || info.busy)
        return;
    auto *dialog = new ReplaceCredentialDialog(m_services, info.profileId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void DashboardPage::removeProfile()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.kind != HealthModel::RowKind::Profile || info.busy)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove profile"),
        tr("Remove the profile \u201c%1\u201d? Its refresh token and credentials are deleted "
           "from the keychain; to use it again you would need a new partner consent. The app "
           "registration in Entra ID is not changed.")
            .arg(info.name),
        QMessageBox::Cancel, this);
    box->setObjectName(u"removeConfirmation"_s);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString profileId = info.profileId;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, profileId](QAbstractButton *clicked) {
                if (clicked == remove)
                    m_controller->removeProfile(profileId);
            });
    box->open();
}

void DashboardPage::checkCustomers()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (!info.valid || !info.refreshTokenPresent)
        return;
    m_controller->checkCustomers(info.profileId);
    m_ui->healthTree->expand(m_model->profileIndex(info.profileId));
}

void DashboardPage::checkAccess()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (!info.valid || !info.refreshTokenPresent)
        return;
    m_controller->checkAccess(info.profileId);
}

void DashboardPage::cancelWork()
{
    m_controller->cancelWork();
}

} // namespace PCAuth
