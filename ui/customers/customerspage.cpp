// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customerspage.h"

#include "appservices.h"
#include "customerloader.h"
#include "customersmodel.h"
#include "health/healthcheck.h"
#include "session/customercheckrun.h"
#include "ui_customerspage.h"
#include "vault/vaultindex.h"

#include <algorithm>
#include <numeric>

#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace PCAuth {

CustomersPage::CustomersPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomersPage>())
    , m_services(services)
    , m_model(new CustomersModel(this))
    , m_proxy(new CustomerFilterProxy(m_model, this))
{
    m_ui->setupUi(this);
    setObjectName(u"customersPage"_s);
    setUpTable();
    setUpShortcuts();

    m_ui->concurrencySpin->setMaximum(CustomerHealthCheck::MaxConcurrency);
    m_ui->concurrencySpin->setValue(services.settings().concurrency());
    connect(m_ui->concurrencySpin, &QSpinBox::valueChanged, &services.settings(),
            &AppSettings::setConcurrency);
    connect(&services.settings(), &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key != AppSettings::Key::Concurrency)
            return;
        const QSignalBlocker blocker(m_ui->concurrencySpin);
        m_ui->concurrencySpin->setValue(m_services.settings().concurrency());
    });

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_ui->loadButton, &QPushButton::clicked, this, &CustomersPage::load);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CustomersPage::cancel);
    connect(m_ui->checkSelectedButton, &QPushButton::clicked, this, &CustomersPage::checkSelected);
    connect(m_ui->checkAllButton, &QPushButton::clicked, this, &CustomersPage::checkAll);
    m_ui->bannerFrame->setTextObjectName(u"bannerLabel"_s);
    m_ui->bannerFrame->addButton(m_ui->consentButton);
    connect(m_ui->consentButton, &QPushButton::clicked, this,
            [this] { Q_EMIT m_services.consentRequested(currentProfileId()); });
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &CustomersPage::profileChosen);
    connect(&services, &AppServices::profilesChanged, this, &CustomersPage::reloadProfiles);
    connect(&services, &AppServices::tokenChanged, this, &CustomersPage::reloadProfiles);

    hideBanner();
    m_ui->progressBar->hide();
    reloadProfiles();
    updateCount();
    updateButtons();
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::setUpTable()
{
    QTableView *table = m_ui->customersTable;
    table->setModel(m_proxy);
    table->sortByColumn(-1, Qt::AscendingOrder); // Partner Center's order until a header click
    // Fixed row heights: with 50,000 rows nothing may be measured per row.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(CustomersModel::NameColumn, 18 * em);
    header->resizeSection(CustomersModel::DomainColumn, 18 * em);
    header->resizeSection(CustomersModel::TenantColumn, 22 * em);
    header->resizeSection(CustomersModel::RelationshipColumn, 8 * em);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateButtons);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::showCurrentRowHealth);
}

void CustomersPage::setUpShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, [this] {
        if (m_ui->loadButton->isEnabled())
            load();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CustomersPage::cancel);
}

bool CustomersPage::isBusy() const
{
    return m_loader || m_check;
}

void CustomersPage::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 500);
}

bool CustomersPage::hasRefreshToken(const QString &profileId) const
{
    const auto entry = m_services.vault().index().entry(profileId, SecretKind::RefreshToken);
    return entry.ok() && entry->stored;
}

void CustomersPage::reloadProfiles()
{
    const QString keep = currentProfileId().isEmpty() ? m_loadedProfileId : currentProfileId();
    const Expected<QList<Profile>> all = m_services.profiles().load();
    QList<Profile> profiles = all.ok() ? all.value() : QList<Profile>();
    QHash<QString, bool> withToken;
    for (const Profile &p : std::as_const(profiles))
        withToken.insert(p.id, hasRefreshToken(p.id));
    // Profiles that can load customers first; otherwise the order the user made them in.
    std::stable_sort(profiles.begin(), profiles.end(),
                     [&withToken](const Profile &a, const Profile &b) {
                         return withToken.value(a.id) && !withToken.value(b.id);
                     });
    QComboBox *combo = m_ui->profileCombo;
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const Profile &p : std::as_const(profiles))
            combo->addItem(withToken.value(p.id) ? p.name : tr("%1 (no refresh token)").arg(p.name),
                           p.id);
        const int index = combo->findData(keep);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (!all.ok())
        showBanner(Tone::Error, all.error());
    if (currentProfileId() != keep)
        profileChosen();
    updateButtons();
}

QString CustomersPage::currentProfileId() const
{
    return m_ui->profileCombo->currentData().toString();
}

void CustomersPage::profileChosen()
{
    if (currentProfileId() == m_loadedProfileId)
        return;
    cancel();
    m_model->clear();
    m_loadedProfileId.clear();
    m_ui->loadButton->setText(tr("&Load"));
    hideBanner();
    m_ui->statusLabel->clear();
    updateCount();
    updateButtons();
}

std::optional<Profile> CustomersPage::usableProfile()
{
    const QString id = currentProfileId();
    if (id.isEmpty()) {
        showBanner(Tone::Error, tr("There is no profile yet: run the partner consent to make one."),
                   true);
        return std::nullopt;
    }
    const Expected<Profile> profile = m_services.profiles().find(id);
    if (!profile) {
        showBanner(Tone::Error, profile.error());
        return std::nullopt;
    }
    if (!hasRefreshToken(id)) {
        showBanner(Tone::Error,
                   tr("Profile \"%1\" has no refresh token yet: run the partner consent for it "
                      "first (File > New partner consent), then load its customers.")
                       .arg(profile->name),
                   true);
        return std::nullopt;
    }
    const Expected<Cloud> cloud = profile->cloud();
    if (!cloud) {
        showBanner(Tone::Error, cloud.error());
        return std::nullopt;
    }
    return profile.value();
}

void CustomersPage::showProfile(const QString &profileId)
{
    reloadProfiles();
    const int index = m_ui->profileCombo->findData(profileId);
    if (index < 0) {
        showBanner(Tone::Error, tr("The profile to show no longer exists."));
        return;
    }
    m_ui->profileCombo->setCurrentIndex(index);
    if (!isBusy())
        load();
}

void CustomersPage::load()
{
    if (isBusy())
        return;
    hideBanner();
    const std::optional<Profile> profile = usableProfile();
    if (!profile)
        return;
    const Cloud cloud = profile->cloud().value();
    m_model->clear();
    m_loadedProfileId = profile->id;
    m_cancelled = false;
    auto *loader = new CustomerLoader(
        m_services.http(), cloud.endpoint(Service::PartnerCenter),
        m_services.broker().source(TokenKey::partnerCenter(profile->id, cloud)), this);
    loader->setPageSize(m_pageSize);
    connect(loader, &CustomerLoader::pageLoaded, this, &CustomersPage::pageLoaded);
    connect(loader, &CustomerLoader::finished, this, &CustomersPage::loadFinished);
    m_loader = loader;
    loader->start();
    setProgress(0, 0, tr("Loading customers..."));
    updateCount();
    updateButtons();
}

void CustomersPage::pageLoaded(const QList<Customer> &customers)
{
    m_model->append(customers);
    const int n = m_model->rowCount();
    setProgress(0, 0, tr("Loaded %n customers...", nullptr, n));
    updateCount();
}

void CustomersPage::loadFinished(const QString &problem)
{
    if (m_loader)
        m_loader->deleteLater();
    m_loader = nullptr;
    const int n = m_model->rowCount();
    if (problem.isEmpty()) {
        endProgress(tr("Loaded %n customers.", nullptr, n));
    } else {
        endProgress(tr("Loading stopped after %n customers.", nullptr, n));
        showBanner(Tone::Error, problem);
    }
    m_ui->loadButton->setText(tr("Re&load"));
    updateButtons();
}

void CustomersPage::cancel()
{
    if (m_loader) {
        m_loader->deleteLater(); // aborts the request in flight; no signal follows
        m_loader = nullptr;
        endProgress(tr("Loading cancelled after %n customers.", nullptr, m_model->rowCount()));
        m_ui->loadButton->setText(tr("Re&load"));
    }
    if (m_check && m_check->isRunning()) {
        m_cancelled = true;
        m_check->cancel(); // finished() follows from the event loop
    }
    updateButtons();
}

void CustomersPage::checkSelected()
{
    const QItemSelectionModel *selection = m_ui->customersTable->selectionModel();
    QModelIndexList chosen = selection->selectedRows();
    if (chosen.isEmpty() && selection->currentIndex().isValid())
        chosen.append(selection->currentIndex());
    QList<int> rows;
    for (const QModelIndex &index : std::as_const(chosen))
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty()) {
        showBanner(Tone::Warning, tr("Select one or more customers to check first."));
        return;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    startCheck(rows);
}

void CustomersPage::checkAll()
{
    QList<int> rows(m_model->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    startCheck(rows);
}

void CustomersPage::startCheck(const QList<int> &rows)
{
    if (isBusy() || rows.isEmpty())
        return;
    hideBanner();
    const std::optional<Profile> profile = usableProfile();
    if (!profile)
        return;
    const Cloud cloud = profile->cloud().value();
    QList<Customer> customers;
    customers.reserve(rows.size());
    for (int row : rows)
        customers.append(m_model->customer(row));
    auto *check = CustomerCheckRun::newCheck(m_services.broker(), m_services.http(), profile->id,
                                             cloud, this);
    check->setConcurrency(m_ui->concurrencySpin->value());
    connect(check, &CustomerHealthCheck::customerChecked, this,
            [this](int, const CustomerHealth &health) { customerChecked(health); });
    connect(check, &CustomerHealthCheck::progress, this, [this](int done, int total) {
        setProgress(done, total, tr("Checked %1 of %2").arg(done).arg(total));
    });
    connect(check, &CustomerHealthCheck::finished, this, &CustomersPage::checkFinished);
    m_check = check;
    m_cancelled = false;
    const int total = int(customers.size());
    setProgress(0, total, tr("Checked %1 of %2").arg(0).arg(total));
    check->start(customers);
    updateButtons();
}

void CustomersPage::customerChecked(const CustomerHealth &health)
{
    m_model->setHealth(health);
    const QModelIndex current = m_ui->customersTable->currentIndex();
    if (current.isValid()
        && m_model->customer(m_proxy->mapToSource(current).row()).id == health.customerId)
        showCurrentRowHealth();
}

void CustomersPage::checkFinished()
{
    if (!m_check)
        return;
    const HealthCheckSummary summary = m_check->summary();
    m_check->deleteLater(); // we are inside its signal
    m_check = nullptr;
    const int checked = summary.total - summary.notChecked;
    endProgress(
        m_cancelled
            ? tr("Check cancelled: %1 of %2 customers checked.").arg(checked).arg(summary.total)
            : summary.text());
    m_cancelled = false;
    updateButtons();
}

void CustomersPage::showBanner(Tone tone, const QString &text, bool offerConsent)
{
    m_ui->consentButton->setVisible(offerConsent);
    m_ui->bannerFrame->showMessage(text, tone);
    m_bannerShowsRow = false;
}

void CustomersPage::hideBanner()
{
    m_ui->bannerFrame->hideMessage();
    m_bannerShowsRow = false;
}

void CustomersPage::showCurrentRowHealth()
{
    const QModelIndex current = m_ui->customersTable->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    if (row < 0 || !m_model->health(row)) {
        if (m_bannerShowsRow)
            hideBanner();
        return;
    }
    const CustomerHealth &health = *m_model->health(row);
    showBanner(health.status == CustomerHealth::Status::Ok ? Tone::Information : Tone::Warning,
               m_model->customer(row).companyName + u": "_s + CustomersModel::healthText(health));
    m_bannerShowsRow = true;
}

void CustomersPage::updateCount()
{
    const int total = m_model->rowCount();
    if (total == 0 && !m_loader) {
        m_ui->countLabel->setText(tr("No customers loaded"));
        return;
    }
    const QLocale locale;
    //: "1,234 of 5,000 customers": shown (filtered) of loaded
    m_ui->countLabel->setText(
        tr("%1 of %2 customers", nullptr, total)
            .arg(locale.toString(m_proxy->rowCount()), locale.toString(total)));
}

void CustomersPage::updateButtons()
{
    const bool busy = isBusy();
    const bool rows = m_model->rowCount() > 0;
    const bool hasProfile = !currentProfileId().isEmpty();
    m_ui->profileCombo->setEnabled(!busy);
    m_ui->loadButton->setEnabled(!busy && hasProfile);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->checkAllButton->setEnabled(!busy && rows);
    m_ui->checkSelectedButton->setEnabled(
        !busy && m_ui->customersTable->selectionModel()->hasSelection());
}

void CustomersPage::setProgress(int value, int maximum, const QString &text)
{
    m_ui->progressBar->setRange(0, maximum);
    m_ui->progressBar->setValue(value);
    m_ui->progressBar->show();
    m_ui->statusLabel->setText(text);
}

void CustomersPage::endProgress(const QString &text)
{
    m_ui->progressBar->hide();
    m_ui->statusLabel->setText(text);
}

} // namespace PCAuth
