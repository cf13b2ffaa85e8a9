// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "grantconsentcontroller.h"

#include "accessmonitor.h"
#include "appservices.h"
#include "net/httpclient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PCAuth {

GrantConsentTable::GrantConsentTable(QStringList header, QObject *parent)
    : QAbstractTableModel(parent)
    , m_header(std::move(header))
{ }

int GrantConsentTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GrantConsentTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant GrantConsentTable::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return text(index.row(), index.column());
}

QVariant GrantConsentTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_header.size())
        return {};
    return m_header.at(section);
}

void GrantConsentTable::setRows(const QList<QStringList> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void GrantConsentTable::setRow(int row, const QStringList &cells)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row] = cells;
    Q_EMIT dataChanged(index(row, 0), index(row, int(m_header.size()) - 1));
}

QString GrantConsentTable::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(column);
}

GrantConsentController::GrantConsentController(AppServices &services, const QString &profileId,
                                               const QList<ConsentTarget> &targets, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_profileId(profileId)
    , m_targets(targets)
    , m_grants{ApplicationGrant{ConsentGrantRun::GraphAppId, {u"Directory.Read.All"_s}}}
    , m_previewModel({tr("Customer"), tr("Method"), tr("Path")})
    , m_resultsModel({tr("Customer"), tr("Outcome"), tr("HTTP status"), tr("Message"),
                      tr("Request id"), tr("Consent after re-check")})
{
    const Expected<Profile> profile = services.profiles().find(profileId);
    if (profile)
        m_profile = profile.value();
    else
        m_problem = profile.error();
    if (m_problem.isEmpty() && m_targets.isEmpty())
        m_problem = tr("No customer is selected.");
    updatePreview();
    // The HTTP client waits out a 429's Retry-After without telling its caller. It tells every
    // view's 429s: close enough, since Partner Center throttles this app as a whole.
    connect(&services.http(), &HttpClient::throttled, this, [this] {
        if (m_state == State::Running && !m_throttled) {
            m_throttled = true;
            Q_EMIT progressChanged();
        }
    });
}

// The run is a child: deleting the controller stops it silently (Job).
GrantConsentController::~GrantConsentController() = default;

bool GrantConsentController::setScopes(const QStringList &requested)
{
    QStringList clean;
    for (const QString &s : requested) {
        const QString scope = s.trimmed();
        if (!scope.isEmpty() && !clean.contains(scope))
            clean.append(scope);
    }
    if (m_state != State::Preview || clean.isEmpty())
        return false;
    if (clean == scopes())
        return true;
    m_grants = {ApplicationGrant{ConsentGrantRun::GraphAppId, clean}};
    updatePreview();
    return true;
}

QStringList GrantConsentController::scopes() const
{
    return m_grants.isEmpty() ? QStringList() : m_grants.constFirst().scopes;
}

void GrantConsentController::updatePreview()
{
    m_preview.clear();
    if (!m_profile.id.isEmpty()) {
        ConsentGrantRun planner(m_services.broker(), m_services.http(), m_profile, nullptr);
        planner.setGrants(m_grants);
        m_preview = planner.preview(m_targets);
    }
    QList<QStringList> rows;
    for (const PlannedRequest &r : std::as_const(m_preview)) {
        QString name = r.tenantId;
        for (const ConsentTarget &t : std::as_const(m_targets))
            if (t.tenantId == r.tenantId && !t.name.isEmpty())
                name = t.name;
        rows.append({name, QString::fromLatin1(r.method), r.path});
    }
    m_previewModel.setRows(rows);
    Q_EMIT previewChanged();
}

QString GrantConsentController::previewBody(int row) const
{
    if (row < 0 || row >= m_preview.size() || m_preview.at(row).body.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument::fromJson(m_preview.at(row).body).toJson(QJsonDocument::Indented));
}

void GrantConsentController::start()
{
    if (m_state != State::Preview || !m_problem.isEmpty())
        return;
    m_run = new ConsentGrantRun(m_services.broker(), m_services.http(), m_profile, this);
    m_run->setGrants(m_grants);
    connect(m_run, &ConsentGrantRun::customerDone, this, &GrantConsentController::showResult);
    connect(m_run, &ConsentGrantRun::finished, this, &GrantConsentController::onFinished);
    m_done = 0;
    m_throttled = false;
    m_results = QList<ConsentGrantResult>(m_targets.size());
    QList<QStringList> rows;
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        m_results[i].target = m_targets.at(i);
        rows.append(
            {m_targets.at(i).name.isEmpty() ? m_targets.at(i).tenantId : m_targets.at(i).name,
             tr("Waiting\u2026"), QString(), QString(), QString(), QString()});
    }
    m_resultsModel.setRows(rows);
    setState(State::Running);
    Q_EMIT progressChanged();
    m_run->start(m_targets);
}

void GrantConsentController::cancel()
{
    if (m_state == State::Running && m_run)
        m_run->cancel();
}

QString GrantConsentController::progressText() const
{
    switch (m_state) {
    case State::Preview:
        return {};
    case State::Running:
        if (m_done == total() && total() > 0)
            return tr("Checking the customers' consent again\u2026");
        if (m_throttled)
            return tr("%1 of %n customers \u2013 waiting for Partner Center (throttled)\u2026",
                      nullptr, total())
                .arg(m_done);
        return tr("%1 of %n customers", nullptr, total()).arg(m_done);
    case State::Done:
    case State::Cancelled:
        break;
    }
    return tr("%1 of %n customers", nullptr, total()).arg(m_done);
}

QString GrantConsentController::outcomeLabel(ConsentGrantResult::Outcome outcome)
{
    switch (outcome) {
    case ConsentGrantResult::Outcome::Granted:
        return tr("Granted");
    case ConsentGrantResult::Outcome::Failed:
        return tr("Failed");
    case ConsentGrantResult::Outcome::NotSent:
        break;
    }
    return tr("Not sent");
}

void GrantConsentController::showResult(int index, const ConsentGrantResult &result)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = result;
    const bool checked = !result.after.verdict.check.isEmpty();
    QString message = result.message;
    if (result.outcome == ConsentGrantResult::Outcome::NotSent && message.isEmpty())
        message = m_state == State::Cancelled ? tr("Not sent: the grant was cancelled first.")
                                              : tr("Not sent.");
    else if (m_state == State::Cancelled && result.outcome == ConsentGrantResult::Outcome::Failed
             && result.status == 0)
        // The request went out: Partner Center may have acted on it all the same.
        message = tr("%1 Partner Center may still have carried it out; check this customer "
                     "again.")
                      .arg(message);
    m_resultsModel.setRow(
        index, {result.target.name.isEmpty() ? result.target.tenantId : result.target.name,
                outcomeLabel(result.outcome),
                result.status > 0 ? QString::number(result.status) : QString(), message,
                result.requestIds.isEmpty() ? QString() : result.requestIds.constLast(),
                checked ? consentStateLabel(result.after.state) : QString()});
    if (m_state == State::Running) {
        m_done = 0;
        for (const ConsentGrantResult &r : std::as_const(m_results))
            if (r.outcome != ConsentGrantResult::Outcome::NotSent)
                ++m_done;
        m_throttled = false;
        Q_EMIT progressChanged();
    }
}

void GrantConsentController::onFinished(const QList<ConsentGrantResult> &results)
{
    const bool cancelled = m_run && m_run->wasCancelled();
    if (m_run)
        m_run->deleteLater();
    m_run = nullptr;
    m_throttled = false;
    m_state = cancelled ? State::Cancelled : State::Done; // announced below, once
    for (qsizetype i = 0; i < results.size(); ++i)
        showResult(int(i), results.at(i));
    m_done = 0;
    for (const ConsentGrantResult &r : std::as_const(m_results))
        if (r.outcome != ConsentGrantResult::Outcome::NotSent)
            ++m_done;
    m_services.access().applyConsentResults(m_profileId, m_results);
    Q_EMIT progressChanged();
    Q_EMIT stateChanged();
    Q_EMIT finished();
}

QString GrantConsentController::summary() const
{
    if (m_state != State::Done && m_state != State::Cancelled)
        return {};
    int granted = 0, failed = 0, notSent = 0, consented = 0, checked = 0;
    for (const ConsentGrantResult &r : m_results) {
        switch (r.outcome) {
        case ConsentGrantResult::Outcome::Granted:
            ++granted;
            break;
        case ConsentGrantResult::Outcome::Failed:
            ++failed;
            break;
        case ConsentGrantResult::Outcome::NotSent:
            ++notSent;
            break;
        }
        if (!r.after.verdict.check.isEmpty()) {
            ++checked;
            if (r.after.state == ConsentState::Consented)
                ++consented;
        }
    }
    QStringList parts;
    if (granted > 0 || (failed == 0 && notSent == 0))
        parts.append(tr("%n granted", nullptr, granted));
    if (failed > 0)
        parts.append(tr("%n failed", nullptr, failed));
    if (notSent > 0)
        parts.append(tr("%n not sent", nullptr, notSent));
    QString text = parts.join(tr(", "));
    if (m_state == State::Cancelled)
        text = tr("Cancelled: %1").arg(text);
    if (checked > 0)
        text = tr("%1. Re-check: %2 of %n customers consented.", nullptr, checked)
                   .arg(text)
                   .arg(consented);
    return text;
}

void GrantConsentController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace PCAuth
