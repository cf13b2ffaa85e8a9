// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "tokeninspectorpage.h"

#include "support/clock.h"
#include "token/claims.h"
#include "token/jwt.h"
#include "ui_tokeninspectorpage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

// Colours readable on light and dark palettes alike.
const QColor goodColour(0x10, 0x7c, 0x10);
const QColor badColour(0xc4, 0x2b, 0x1c);

void setTone(QLabel *label, std::optional<QColor> colour)
{
    QPalette palette = label->parentWidget()->palette();
    if (colour)
        palette.setColor(QPalette::WindowText, *colour);
    label->setPalette(palette);
}

QString jsonValueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

TokenInspectorPage::TokenInspectorPage(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TokenInspectorPage>())
    , m_clock(clock)
{
    m_ui->setupUi(this);
    // The name is short; the value gets a fixed share and wraps; the meaning takes the rest,
    // so long issuer URLs do not squeeze the sentences into a ribbon.
    QHeaderView *claimsHeader = m_ui->claimsTable->horizontalHeader();
    claimsHeader->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    claimsHeader->setSectionResizeMode(1, QHeaderView::Interactive);
    claimsHeader->resizeSection(1, 340);
    claimsHeader->setStretchLastSection(true);
    // Rows follow the wrapped text as columns are resized, not the width at fill time.
    m_ui->claimsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->headerTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &TokenInspectorPage::updateExpiry);
    connect(m_ui->tokenEdit, &QPlainTextEdit::textChanged, this, &TokenInspectorPage::decode);
    connect(m_ui->clearButton, &QPushButton::clicked, m_ui->tokenEdit, &QPlainTextEdit::clear);
    connect(m_ui->pasteButton, &QPushButton::clicked, this,
            [this] { setToken(QGuiApplication::clipboard()->text()); });
    clearResults();
}

TokenInspectorPage::~TokenInspectorPage() = default;

void TokenInspectorPage::setToken(const QString &token)
{
    m_ui->tokenEdit->setPlainText(token);
}

void TokenInspectorPage::decode()
{
    const QString text = m_ui->tokenEdit->toPlainText();
    if (text.trimmed().isEmpty()) {
        clearResults();
        return;
    }
    Expected<Jwt> decoded = Jwt::decode(text);
    if (!decoded) {
        showError(decoded.error());
        return;
    }
    m_jwt = std::make_unique<Jwt>(std::move(decoded).value());
    m_ui->messageLabel->setText(tr("Decoded. The signature is not checked here: use this view to "
                                   "understand a token, not to trust it."));
    setTone(m_ui->messageLabel, std::nullopt);
    m_ui->summaryGroup->setEnabled(true);
    m_ui->detailTabs->setEnabled(true);
    fillSummary();
    fillTables();
    updateExpiry();
    m_countdown.start();
}

void TokenInspectorPage::clearResults()
{
    m_jwt.reset();
    m_countdown.stop();
    m_ui->messageLabel->setText(tr("No token yet."));
    setTone(m_ui->messageLabel, std::nullopt);
    for (QLabel *label : {m_ui->mfaValue, m_ui->expiryValue, m_ui->subjectValue,
                          m_ui->audienceValue, m_ui->tenantValue}) {
        label->clear();
        setTone(label, std::nullopt);
    }
    m_ui->claimsTable->setRowCount(0);
    m_ui->headerTable->setRowCount(0);
    m_ui->summaryGroup->setEnabled(false);
    m_ui->detailTabs->setEnabled(false);
}

void TokenInspectorPage::showError(const QString &message)
{
    clearResults();
    m_ui->messageLabel->setText(tr("This is not a readable token: %1").arg(message));
    setTone(m_ui->messageLabel, badColour);
}

void TokenInspectorPage::fillSummary()
{
    const MfaVerdict verdict = m_jwt->mfa();
    switch (verdict.state) {
    case MfaVerdict::State::Present:
        m_ui->mfaValue->setText(tr("Yes: %1").arg(displaySafe(verdict.evidence)));
        setTone(m_ui->mfaValue, goodColour);
        break;
    case MfaVerdict::State::Absent:
        m_ui->mfaValue->setText(tr("No: %1. Partner Center refuses app+user calls without MFA.")
                                    .arg(displaySafe(verdict.evidence)));
        setTone(m_ui->mfaValue, badColour);
        break;
    case MfaVerdict::State::Unknown:
        m_ui->mfaValue->setText(tr("Cannot tell: %1").arg(displaySafe(verdict.evidence)));
        setTone(m_ui->mfaValue, std::nullopt);
        break;
    }
    const QString subject = displaySafe(m_jwt->subjectName());
    m_ui->subjectValue->setText(
        subject.isEmpty() ? (m_jwt->isAppOnly() ? tr("none (app-only token)") : tr("not stated"))
                          : subject);
    m_ui->audienceValue->setText(displaySafe(m_jwt->stringListClaim(u"aud").join(u", "_s)));
    m_ui->tenantValue->setText(displaySafe(m_jwt->stringClaim(u"tid")));
}

void TokenInspectorPage::fillTables()
{
    const QList<ClaimRow> rows = explainClaims(*m_jwt, m_clock);
    m_ui->claimsTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ClaimRow &row = rows.at(i);
        const QString meaning =
            row.explanation.isEmpty()
                ? row.label
                : tr("%1: %2", "claim label: explanation").arg(row.label, row.explanation);
        const QStringList cells{row.name, row.value, meaning};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(row.explanation);
            m_ui->claimsTable->setItem(i, column, item);
        }
    }

    const QJsonObject header = m_jwt->header();
    m_ui->headerTable->setRowCount(int(header.size()));
    int row = 0;
    for (auto it = header.constBegin(); it != header.constEnd(); ++it, ++row) {
        m_ui->headerTable->setItem(row, 0, new QTableWidgetItem(displaySafe(it.key())));
        m_ui->headerTable->setItem(row, 1,
                                   new QTableWidgetItem(displaySafe(jsonValueText(it.value()))));
    }
}

void TokenInspectorPage::updateExpiry()
{
    if (!m_jwt)
        return;
    const std::optional<QDateTime> expires = m_jwt->expiresAt();
    switch (m_jwt->validity(m_clock)) {
    case Jwt::Validity::NoExpiry:
        m_ui->expiryValue->setText(tr("No expiry claim"));
        setTone(m_ui->expiryValue, std::nullopt);
        return;
    case Jwt::Validity::Expired:
        m_ui->expiryValue->setText(tr("Expired %1").arg(formatTime(*expires, m_clock)));
        setTone(m_ui->expiryValue, badColour);
        return;
    case Jwt::Validity::NotYetValid:
        m_ui->expiryValue->setText(
            tr("Not valid until %1").arg(formatTime(*m_jwt->notBefore(), m_clock)));
        setTone(m_ui->expiryValue, badColour);
        return;
    case Jwt::Validity::Valid:
        m_ui->expiryValue->setText(tr("Valid, expires %1").arg(formatTime(*expires, m_clock)));
        setTone(m_ui->expiryValue, goodColour);
        return;
    }
}

} // namespace PCAuth
