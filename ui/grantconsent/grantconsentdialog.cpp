// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "grantconsentdialog.h"

#include "grantconsentcontroller.h"
#include "statuslabel.h"
#include "ui_grantconsentdialog.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth {

GrantConsentDialog::GrantConsentDialog(AppServices &services, const QString &profileId,
                                       const QList<PCAuth::ConsentTarget> &targets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GrantConsentDialog>())
    , m_controller(new GrantConsentController(services, profileId, targets, this))
{
    m_ui->setupUi(this);
    setObjectName(u"grantConsentDialog"_s);
    setWindowTitle(tr("Grant consent"));

    if (m_controller->problem().isEmpty()) {
        QString intro =
            tr("PCAuth asks Partner Center to add this app (%1) to the tenant of each listed "
               "customer, with the permissions below, as the partner user signed in to profile "
               "\u201c%2\u201d. Each tenant gets the app's service principal and an admin "
               "consent for all its users; the customers' admins are not asked. Nothing is sent "
               "until you click Grant.")
                .arg(m_controller->appId(), m_controller->profileName());
        for (const ConsentTarget &t : targets) {
            if (t.replace) {
                intro += u' '
                         + tr("Where the app is already consented, its consent is removed first "
                              "(DELETE), then granted again with these permissions.");
                break;
            }
        }
        m_ui->introLabel->setText(intro);
    } else {
        m_ui->introLabel->setText(m_controller->problem());
    }

    m_ui->scopesEdit->setText(m_controller->scopes().join(u", "_s));
    m_ui->scopesEdit->setPlaceholderText(tr("e.g. Directory.Read.All, User.Read.All"));

    m_ui->previewView->setModel(m_controller->previewModel());
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->previewView->horizontalHeader()->setStretchLastSection(true);
    m_ui->bodyView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_ui->resultsView->setModel(m_controller->resultsModel());
    m_ui->resultsView->verticalHeader()->hide();
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GrantConsentController::MessageColumn, QHeaderView::Stretch);
    // A long message (Partner Center's error) wraps instead of being cut.
    m_ui->resultsView->setWordWrap(true);
    m_ui->resultsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->progressBar->setRange(0, std::max(1, m_controller->total()));
    m_ui->progressBar->setValue(0);
    m_ui->pages->setCurrentWidget(m_ui->previewPage);

    connect(m_ui->previewView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GrantConsentDialog::showBody);
    connect(m_controller, &GrantConsentController::previewChanged, this, [this] {
        m_ui->previewView->selectRow(0);
        showBody();
    });
    connect(m_ui->scopesEdit, &QLineEdit::textEdited, this, &GrantConsentDialog::scopesEdited);
    connect(m_ui->grantButton, &QPushButton::clicked, this, &GrantConsentDialog::grant);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_controller,
            &GrantConsentController::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &GrantConsentDialog::reject);
    connect(m_controller, &GrantConsentController::stateChanged, this,
            &GrantConsentDialog::updateState);
    connect(m_controller, &GrantConsentController::progressChanged, this,
            &GrantConsentDialog::updateProgress);
    connect(m_controller, &GrantConsentController::finished, this, [this] {
        if (m_closeWhenFinished)
            QDialog::reject();
    });

    m_ui->previewView->selectRow(0);
    showBody();
    updateState();
}

GrantConsentDialog::~GrantConsentDialog() = default;

void GrantConsentDialog::reject()
{
    if (!m_controller->isRunning()) {
        QDialog::reject();
        return;
    }
    if (m_closeWhenFinished || findChild<QMessageBox *>(u"stopQuestion"_s))
        return; // already asked, or stopping
    // Closing would stop the grant half-way: ask first, without blocking the run.
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Stop granting consent?"),
        tr("%1 of %n customers are done. Closing stops the grant: the others are not sent. "
           "A request already sent may still be carried out by Partner Center.",
           nullptr, m_controller->total())
            .arg(m_controller->done()),
        QMessageBox::NoButton, this);
    question->setObjectName(u"stopQuestion"_s);
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = question->addButton(tr("&Stop and close"), QMessageBox::DestructiveRole);
    stop->setObjectName(u"stopButton"_s);
    QPushButton *keep = question->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepButton"_s);
    question->setDefaultButton(keep);
    question->setEscapeButton(keep);
    connect(question, &QMessageBox::finished, this, [this, question, stop] {
        if (question->clickedButton() != stop || !m_controller->isRunning())
            return;
        m_closeWhenFinished = true;
        m_controller->cancel();
    });
    question->open();
}

void GrantConsentDialog::grant()
{
    m_controller->start();
}

void GrantConsentDialog::scopesEdited()
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    const bool ok =
        m_controller->setScopes(m_ui->scopesEdit->text().split(separators, Qt::SkipEmptyParts));
    m_ui->grantButton->setEnabled(ok && m_controller->problem().isEmpty());
}

void GrantConsentDialog::showBody()
{
    const int row = m_ui->previewView->currentIndex().row();
    if (row < 0) {
        m_ui->bodyView->clear();
        return;
    }
    const QString body = m_controller->previewBody(row);
    m_ui->bodyView->setPlainText(body.isEmpty() ? tr("(no body: a DELETE removes the app's "
                                                     "consent and its permissions in this tenant)")
                                                : body);
}

void GrantConsentDialog::updateState()
{
    using State = GrantConsentController::State;
    const State state = m_controller->state();
    const bool preview = state == State::Preview;
    const bool running = state == State::Running;
    m_ui->pages->setCurrentWidget(preview ? m_ui->previewPage : m_ui->resultsPage);
    m_ui->scopesEdit->setEnabled(preview && m_controller->problem().isEmpty());
    m_ui->grantButton->setEnabled(preview && m_controller->problem().isEmpty()
                                  && !m_controller->scopes().isEmpty());
    m_ui->grantButton->setVisible(preview || running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->cancelButton->setVisible(running); // before the run, Close is the way out
    if (running) {
        m_ui->cancelButton->setDefault(true);
        m_ui->cancelButton->setFocus();
    }
    if (!preview && !running) {
        m_ui->closeButton->setDefault(true);
        m_ui->closeButton->setFocus();
        const bool problem = [this] {
            for (const ConsentGrantResult &r : m_controller->results())
                if (r.outcome != ConsentGrantResult::Outcome::Granted)
                    return true;
            return false;
        }();
        showStatusText(m_ui->summaryLabel, m_controller->summary(), problem);
        m_ui->resultsView->setFocus();
    } else {
        m_ui->summaryLabel->clear();
    }
    updateProgress();
}

void GrantConsentDialog::updateProgress()
{
    m_ui->progressBar->setValue(m_controller->done());
    m_ui->progressLabel->setText(m_controller->progressText());
}

} // namespace PCAuth
