// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customerscontroller.h"

#include "appservices.h"
#include "customerloader.h"
#include "customersmodel.h"
#include "health/healthcheck.h"
#include "knowncustomers.h"
#include "session/customercheckrun.h"
#include "support/memory.h"
#include "vault/vaultindex.h"

#include <algorithm>
#include <numeric>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

// The user-facing strings keep the page's translation context: they are what the page shows,
// and the translations are shared with it.

namespace PCAuth {

namespace { } // namespace

CustomersController::CustomersController(AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_model(new CustomersModel(this))
    , m_proxy(new CustomerFilterProxy(m_model, this))
{
    connect(&services.settings(), &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::Concurrency)
            Q_EMIT concurrencyChanged();
    });
    connect(&services, &AppServices::profilesChanged, this, &CustomersController::reloadProfiles);
    connect(&services, &AppServices::tokenChanged, this, &CustomersController::reloadProfiles);
    connect(&services.knownCustomers(), &KnownCustomers::listChanged, this,
            &CustomersController::knownListChanged);
    connect(&services.knownCustomers(), &KnownCustomers::resultChanged, this,
            &CustomersController::knownResultChanged);
    reloadProfiles();
}

CustomersController::~CustomersController() = default;

bool CustomersController::isLoading() const
{
    return bool(m_loader);
}

bool CustomersController::isChecking() const
{
    return bool(m_check);
}

int CustomersController::concurrency() const
{
    return m_services.settings().concurrency();
}

void CustomersController::setConcurrency(int concurrency)
{
    m_services.settings().setConcurrency(concurrency);
}

void CustomersController::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 500);
}

QString CustomersController::filterText() const
{
    return m_proxy->filterText();
}

void CustomersController::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
    Q_EMIT countChanged();
}

QString CustomersController::countText() const
{
    const int total = m_model->rowCount();
    if (total == 0 && !m_loader)
        return QCoreApplication::translate("PCAuth::CustomersPage", "No customers loaded");
    const QLocale locale;
    //: "1,234 of 5,000 customers": shown (filtered) of loaded
    return QCoreApplication::translate("PCAuth::CustomersPage", "%1 of %2 customers", nullptr,
                                       total)
        .arg(locale.toString(m_proxy->rowCount()), locale.toString(total));
}

bool CustomersController::hasRefreshToken(const QString &profileId) const
{
    const auto entry = m_services.vault().index().entry(profileId, SecretKind::RefreshToken);
    return entry.ok() && entry->stored;
}

void CustomersController::reloadProfiles()
{
    const QString keep = m_profileId.isEmpty() ? m_loadedProfileId : m_profileId;
    const Expected<QList<Profile>> all = m_services.profiles().load();
    QList<ProfileChoice> choices;
    if (all.ok()) {
        for (const Profile &p : all.value()) {
            const bool token = hasRefreshToken(p.id);
            choices.append({p.id,
                            token ? p.name
                                  : QCoreApplication::translate("PCAuth::CustomersPage",
                                                                "%1 (no refresh token)")
                                        .arg(p.name),
                            token});
        }
    }
    // Profiles that can load customers first; otherwise the order the user made them in.
    std::stable_sort(choices.begin(), choices.end(),
                     [](const ProfileChoice &a, const ProfileChoice &b) {
                         return a.hasRefreshToken && !b.hasRefreshToken;
                     });
    m_profiles = choices;
    const auto kept = std::find_if(choices.cbegin(), choices.cend(),
                                   [&keep](const ProfileChoice &c) { return c.id == keep; });
    m_profileId = kept != choices.cend() ? keep
                  : choices.isEmpty()    ? QString()
                                         : choices.constFirst().id;
    Q_EMIT profilesChanged();
    if (!all.ok())
        showMessage(Tone::Error, all.error());
    if (m_profileId != keep) {
        Q_EMIT profileIdChanged();
        profileChosen();
    }
    Q_EMIT stateChanged();
}

void CustomersController::setProfileId(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    Q_EMIT profileIdChanged();
    profileChosen();
}

void CustomersController::profileChosen()
{
    if (m_profileId == m_loadedProfileId)
        return;
    cancel();
    m_model->clear();
    m_loadedProfileId.clear();
    m_loaded = false;
    m_currentRow = -1;
    hideMessage();
    m_statusText.clear();
    if (!seedFromKnown()) {
        Q_EMIT progressChanged();
        Q_EMIT countChanged();
        Q_EMIT stateChanged();
    }
}

bool CustomersController::seedFromKnown()
{
    const KnownCustomers &known = m_services.knownCustomers();
    if (isBusy() || m_profileId.isEmpty() || !known.hasList(m_profileId))
        return false;
    m_model->clear();
    m_model->append(known.customers(m_profileId));
    const QHash<QString, CustomerHealth> results = known.results(m_profileId);
    for (const CustomerHealth &health : results)
        m_model->setHealth(health);
    m_loadedProfileId = m_profileId;
    m_loaded = true;
    m_currentRow = -1;
    const QDateTime listedAt = known.listedAt(m_profileId).toLocalTime();
    //: %1: the time the dashboard or this page last listed them
    endProgress(QCoreApplication::translate("PCAuth::CustomersPage",
                                            "%n customers as listed at %1; Reload reads them "
                                            "again.",
                                            nullptr, m_model->rowCount())
                    .arg(QLocale().toString(listedAt.time(), QLocale::ShortFormat)));
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
    return true;
}

void CustomersController::knownListChanged(const QString &profileId)
{
    if (!m_publishing && profileId == m_profileId && !isBusy())
        seedFromKnown();
}

void CustomersController::knownResultChanged(const QString &profileId, const CustomerHealth &health)
{
    if (!m_publishing && profileId == m_loadedProfileId)
        showResult(health);
}

std::optional<Profile> CustomersController::usableProfile()
{
    const QString id = m_profileId;
    if (id.isEmpty()) {
        showMessage(Tone::Error,
                    QCoreApplication::translate(
                        "PCAuth::CustomersPage",
                        "There is no profile yet: run the partner consent to make one."),
                    true);
        return std::nullopt;
    }
    const Expected<Profile> profile = m_services.profiles().find(id);
    if (!profile) {
        showMessage(Tone::Error, profile.error());
        return std::nullopt;
    }
    if (!hasRefreshToken(id)) {
        showMessage(Tone::Error,
                    QCoreApplication::translate(
                        "PCAuth::CustomersPage",
                        "Profile \"%1\" has no refresh token yet: run the partner consent for it "
                        "first (File > New partner consent), then load its customers.")
                        .arg(profile->name),
                    true);
        return std::nullopt;
    }
    const Expected<Cloud> cloud = profile->cloud();
    if (!cloud) {
        showMessage(Tone::Error, cloud.error());
        return std::nullopt;
    }
    return profile.value();
}

void CustomersController::showProfile(const QString &profileId)
{
    reloadProfiles();
    const bool known =
        std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                    [&profileId](const ProfileChoice &c) { return c.id == profileId; });
    if (!known) {
        showMessage(Tone::Error,
                    QCoreApplication::translate("PCAuth::CustomersPage",
                                                "The profile to show no longer exists."));
        return;
    }
    setProfileId(profileId);
    if (!isBusy())
        load();
}

void CustomersController::load()
{
    if (isBusy())
        return;
    hideMessage();
    const std::optional<Profile> profile = usableProfile();
    if (!profile)
        return;
    const Cloud cloud = profile->cloud().value();
    m_model->clear();
    m_currentRow = -1;
    m_loadedProfileId = profile->id;
    m_cancelled = false;
    auto *loader = new CustomerLoader(
        m_services.http(), cloud.endpoint(Service::PartnerCenter),
        m_services.broker().source(TokenKey::partnerCenter(profile->id, cloud)), this);
    loader->setPageSize(m_pageSize);
    connect(loader, &CustomerLoader::pageLoaded, this, &CustomersController::pageLoaded);
    connect(loader, &CustomerLoader::finished, this, &CustomersController::loadFinished);
    m_loader = loader;
    loader->start();
    setProgress(0, 0, CustomerCheckRun::listStartText(profile->name));
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
}

void CustomersController::pageLoaded(const QList<Customer> &customers)
{
    m_model->append(customers);
    const int n = m_model->rowCount();
    setProgress(0, 0, CustomerCheckRun::listProgressText(n));
    Q_EMIT countChanged();
}

void CustomersController::loadFinished(const QString &problem)
{
    if (m_loader)
        m_loader->deleteLater();
    // The rows stay; the pages they were read from are freed (once this signal has returned).
    QTimer::singleShot(0, this, [] { releaseFreedHeap(); });
    m_loader = nullptr;
    const int n = m_model->rowCount();
    if (problem.isEmpty()) {
        publishList();
        endProgress(QCoreApplication::translate("PCAuth::CustomersPage", "Loaded %n customers.",
                                                nullptr, n));
    } else {
        endProgress(QCoreApplication::translate("PCAuth::CustomersPage",
                                                "Loading stopped after %n customers.", nullptr, n));
        showMessage(Tone::Error, problem);
    }
    m_loaded = true;
    Q_EMIT stateChanged();
    Q_EMIT workFinished(Work::Load);
}

void CustomersController::cancel()
{
    if (m_loader) {
        m_loader->deleteLater(); // aborts the request in flight; no signal follows
        m_loader = nullptr;
        endProgress(QCoreApplication::translate("PCAuth::CustomersPage",
                                                "Loading cancelled after %n customers.", nullptr,
                                                m_model->rowCount()));
        m_loaded = true;
        Q_EMIT stateChanged();
        Q_EMIT workFinished(Work::Load);
    }
    if (m_check && m_check->isRunning()) {
        m_cancelled = true;
        m_check->cancel(); // finished() follows from the event loop
    }
}

void CustomersController::checkRows(QList<int> rows)
{
    if (rows.isEmpty()) {
        showMessage(Tone::Warning,
                    QCoreApplication::translate("PCAuth::CustomersPage",
                                                "Select one or more customers to check first."));
        return;
    }
    if (isBusy())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    hideMessage();
    const std::optional<Profile> profile = usableProfile();
    if (!profile)
        return;
    const Cloud cloud = profile->cloud().value();
    QList<Customer> customers;
    customers.reserve(rows.size());
    for (int row : std::as_const(rows))
        customers.append(m_model->customer(row));
    auto *check = CustomerCheckRun::newCheck(m_services.broker(), m_services.http(), profile->id,
                                             cloud, this);
    check->setConcurrency(concurrency());
    connect(check, &CustomerHealthCheck::customerChecked, this,
            [this](int, const CustomerHealth &health) { customerChecked(health); });
    connect(check, &CustomerHealthCheck::progress, this, [this](int done, int total) {
        setProgress(done, total, CustomerCheckRun::checkProgressText(done, total));
    });
    connect(check, &CustomerHealthCheck::finished, this, &CustomersController::checkFinished);
    m_check = check;
    m_cancelled = false;
    const int total = int(customers.size());
    setProgress(0, total, CustomerCheckRun::checkProgressText(0, total));
    check->start(customers);
    Q_EMIT stateChanged();
}

void CustomersController::checkAll()
{
    if (m_model->rowCount() == 0)
        return;
    if (m_proxy->isFiltered() && m_proxy->shownSourceRows().empty()) {
        showMessage(Tone::Warning,
                    QCoreApplication::translate("PCAuth::CustomersPage",
                                                "No customer matches the filter: none to check."));
        return;
    }
    const std::vector<int> &shown = m_proxy->shownSourceRows();
    checkRows(QList<int>(shown.cbegin(), shown.cend()));
}

QString CustomersController::checkAllText() const
{
    if (!m_proxy->isFiltered())
        return QCoreApplication::translate("PCAuth::CustomersPage", "Chec&k all");
    //: The button checks only the customers the filter shows
    return QCoreApplication::translate("PCAuth::CustomersPage", "Chec&k %n shown", nullptr,
                                       m_proxy->rowCount());
}

QString CustomersController::checkAllToolTip() const
{
    if (!m_proxy->isFiltered())
        return QCoreApplication::translate("PCAuth::CustomersPage",
                                           "Check the access of every loaded customer");
    return QCoreApplication::translate(
               "PCAuth::CustomersPage",
               "Check the access of the %n customers the filter shows (of %1 loaded)", nullptr,
               m_proxy->rowCount())
        .arg(QLocale().toString(m_model->rowCount()));
}

QList<ConsentTarget> CustomersController::consentTargets(const QList<int> &rows) const
{
    QList<ConsentTarget> targets;
    for (const int row : rows) {
        if (row < 0 || row >= m_model->rowCount())
            continue;
        const std::optional<CustomerHealth> &health = m_model->health(row);
        if (!health || health->status != CustomerHealth::Status::ConsentMissing)
            continue;
        const Customer &customer = m_model->customer(row);
        targets.append(ConsentTarget{customer.tenantId, customer.companyName, false});
    }
    return targets;
}

void CustomersController::requestGrantConsent(const QList<int> &rows)
{
    const QList<ConsentTarget> targets = consentTargets(rows);
    if (targets.isEmpty() || isBusy() || m_loadedProfileId.isEmpty())
        return;
    Q_EMIT grantConsentRequested(m_loadedProfileId, targets);
}

void CustomersController::recheckTenants(const QStringList &tenantIds)
{
    // One pass over the rows, a set lookup each: a grant may cover hundreds of 50,000.
    const QSet<QString> wanted(tenantIds.cbegin(), tenantIds.cend());
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (wanted.contains(m_model->customer(row).tenantId))
            rows.append(row);
    if (!rows.isEmpty())
        checkRows(rows);
}

void CustomersController::requestTestCall(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    Q_EMIT m_services.testCallRequested(m_loadedProfileId, m_model->customer(row).tenantId);
}

void CustomersController::publishList()
{
    QList<Customer> customers;
    customers.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        customers.append(m_model->customer(row));
    KnownCustomers &known = m_services.knownCustomers();
    m_publishing = true;
    known.setList(m_loadedProfileId, customers, m_services.clock().now());
    m_publishing = false;
    // What was checked before (here or on the dashboard) still says something of them.
    const QHash<QString, CustomerHealth> results = known.results(m_loadedProfileId);
    for (const CustomerHealth &health : results)
        m_model->setHealth(health);
}

void CustomersController::customerChecked(const CustomerHealth &health)
{
    m_publishing = true;
    m_services.knownCustomers().setResult(m_loadedProfileId, health);
    m_publishing = false;
    showResult(health);
}

void CustomersController::showResult(const CustomerHealth &health)
{
    m_model->setHealth(health);
    if (m_currentRow >= 0 && m_currentRow < m_model->rowCount()
        && m_model->customer(m_currentRow).id == health.customerId)
        explainCurrentRow();
}

void CustomersController::checkFinished()
{
    if (!m_check)
        return;
    const HealthCheckSummary summary = m_check->summary();
    m_check->deleteLater(); // we are inside its signal
    m_check = nullptr;
    const int checked = summary.total - summary.notChecked;
    endProgress(m_cancelled
                    ? QCoreApplication::translate("PCAuth::CustomersPage", "Check cancelled: %1.")
                          .arg(CustomerCheckRun::checkProgressText(checked, summary.total))
                    : summary.text());
    m_cancelled = false;
    Q_EMIT stateChanged();
    Q_EMIT workFinished(Work::Check);
}

void CustomersController::setCurrentRow(int row)
{
    m_currentRow = row;
    explainCurrentRow();
}

void CustomersController::requestConsent()
{
    Q_EMIT m_services.consentRequested(m_profileId);
}

void CustomersController::explainCurrentRow()
{
    const int row = m_currentRow;
    if (row < 0 || row >= m_model->rowCount() || !m_model->health(row)) {
        if (m_messageShowsRow)
            hideMessage();
        return;
    }
    const CustomerHealth &health = *m_model->health(row);
    showMessage(health.status == CustomerHealth::Status::Ok ? Tone::Information : Tone::Warning,
                m_model->customer(row).companyName + u": "_s + CustomersModel::healthText(health));
    m_messageShowsRow = true;
}

void CustomersController::showMessage(Tone tone, const QString &text, bool offerConsent)
{
    m_message = text;
    m_messageKind = tone;
    m_offersConsent = offerConsent;
    m_messageShowsRow = false;
    Q_EMIT messageChanged();
}

void CustomersController::hideMessage()
{
    m_message.clear();
    m_offersConsent = false;
    m_messageShowsRow = false;
    Q_EMIT messageChanged();
}

void CustomersController::setProgress(int value, int maximum, const QString &text)
{
    m_progressValue = value;
    m_progressMaximum = maximum;
    m_progressVisible = true;
    m_statusText = text;
    Q_EMIT progressChanged();
}

void CustomersController::endProgress(const QString &text)
{
    m_progressVisible = false;
    m_statusText = text;
    Q_EMIT progressChanged();
}

} // namespace PCAuth
