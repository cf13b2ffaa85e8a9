// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "settingspage.h"

#include "appservices.h"
#include "keychainselftest.h"
#include "schedule/keepaliveschedule.h"
#include "ui_settingspage.h"

#include <QDir>
#include <QLocale>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {
constexpr int DaySeconds = 24 * 3600;
const QList<int> ScheduleDays{1, 3, 7, 14};
constexpr int DefaultScheduleIndex = 2; // 7 days

// Programmatic updates are not user changes: nothing is written back, and a spin box the
// user is typing in is left alone when it already shows the value.
void setQuietly(QSpinBox *spin, int value)
{
    if (spin->value() == value)
        return;
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

void setQuietly(QAbstractButton *check, bool on)
{
    const QSignalBlocker blocker(check);
    check->setChecked(on);
}

} // namespace

SettingsPage::SettingsPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_selfTest(
          new KeychainSelfTest(services.workspace().keychain(), services.vault().service(), this))
    , m_schedule(nullptr)
{
    setObjectName(u"settingsPage"_s);
    m_ui->setupUi(this);
    fillChoices();
    loadValues();
    connectControls();

    m_ui->keychainBackendLabel->setText(services.vault().backendName());
    m_ui->keychainServiceLabel->setText(services.vault().service());
    setSelfTestBusy(false);
    m_ui->settingsFileLabel->setText(QDir::toNativeSeparators(services.settings().fileName()));

    m_ui->scheduleIntroLabel->setText(
        tr("Runs \"pcauthctl keepalive --all\" as a %1, so that refresh tokens are renewed "
           "even when PCAuth is not running.")
            .arg(schedulerName(nativeScheduler())));
    useSchedule(KeepAliveSchedule::defaultProgram(), QString());
    showSandboxUrl();
}

void SettingsPage::setScheduleTarget(const QString &program, const QString &homeDir)
{
    useSchedule(program, homeDir);
}

void SettingsPage::useSchedule(const QString &program, const QString &homeDir)
{
    delete m_scheduleCall;
    delete m_schedule;
    m_schedule = new KeepAliveSchedule(program, m_services.workspace().configDir(), this);
    if (!homeDir.isEmpty())
        m_schedule->setHomeDir(homeDir);
    m_scheduleUnavailable.clear();
    if (m_services.isSandbox())
        m_scheduleUnavailable = tr("Not available in sandbox mode: the sandbox and its profiles "
                                   "exist only while PCAuth runs.");
    else if (program.isEmpty())
        m_scheduleUnavailable = tr("pcauthctl was not found beside PCAuth or on the PATH: "
                                   "install it to schedule the keep-alive.");
    m_ui->scheduleResultLabel->clear();
    setScheduleBusy(false);
    refreshScheduleStatus();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::fillChoices()
{
    auto *language = m_ui->languageCombo;
    language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // Each language in its own name, so that a user who cannot read the current one finds it.
    language->addItem(u"English"_s, u"en"_s);
    language->addItem(u"Deutsch"_s, u"de"_s);
    language->addItem(u"简体中文"_s, u"zh_CN"_s);

    for (const int days : ScheduleDays)
        m_ui->scheduleIntervalCombo->addItem(days == 1 ? tr("1 day") : tr("%n days", nullptr, days),
                                             days * DaySeconds);
    m_ui->scheduleIntervalCombo->setCurrentIndex(DefaultScheduleIndex);
}

void SettingsPage::loadValues()
{
    const AppSettings &s = m_services.settings();
    setQuietly(m_ui->requestTimeoutSpin, s.requestTimeoutSeconds());
    setQuietly(m_ui->concurrencySpin, s.concurrency());
    setQuietly(m_ui->warningDaysSpin, s.warningDays());
    {
        const QSignalBlocker blocker(m_ui->languageCombo);
        m_ui->languageCombo->setCurrentIndex(
            std::max(0, m_ui->languageCombo->findData(s.language())));
    }
    setQuietly(m_ui->trayCheck, s.trayEnabled());
    setQuietly(m_ui->keepAliveCheck, s.keepAliveWhileRunning());
    setQuietly(m_ui->keepAliveHoursSpin, s.keepAliveHours());
    m_ui->keepAliveHoursSpin->setEnabled(s.keepAliveWhileRunning());
    setQuietly(m_ui->quitOnCloseCheck, s.quitOnClose());
    setQuietly(m_ui->sandboxModeCheck, s.sandboxMode());
}

void SettingsPage::connectControls()
{
    AppSettings *s = &m_services.settings();
    connect(m_ui->requestTimeoutSpin, &QSpinBox::valueChanged, s,
            &AppSettings::setRequestTimeoutSeconds);
    connect(m_ui->concurrencySpin, &QSpinBox::valueChanged, s, &AppSettings::setConcurrency);
    connect(m_ui->warningDaysSpin, &QSpinBox::valueChanged, s, &AppSettings::setWarningDays);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, s, [this, s](int index) {
        s->setLanguage(m_ui->languageCombo->itemData(index).toString());
    });
    connect(m_ui->trayCheck, &QCheckBox::toggled, s, &AppSettings::setTrayEnabled);
    connect(m_ui->keepAliveCheck, &QCheckBox::toggled, s, &AppSettings::setKeepAliveWhileRunning);
    connect(m_ui->keepAliveHoursSpin, &QSpinBox::valueChanged, s, &AppSettings::setKeepAliveHours);
    connect(m_ui->quitOnCloseCheck, &QCheckBox::toggled, s, &AppSettings::setQuitOnClose);
    connect(m_ui->sandboxModeCheck, &QCheckBox::toggled, s, &AppSettings::setSandboxMode);
    // Shows changes made elsewhere (the tray menu) and the clamped value of what was typed.
    connect(s, &AppSettings::changed, this, [this] { loadValues(); });

    connect(m_ui->selfTestButton, &QPushButton::clicked, this, &SettingsPage::runSelfTest);
    connect(m_ui->selfTestCancelButton, &QPushButton::clicked, this, [this] {
        m_selfTest->cancel();
        setSelfTestBusy(false);
        setResult(m_ui->selfTestResultLabel, false, tr("Self-test cancelled."));
    });
    connect(m_selfTest, &KeychainSelfTest::finished, this, &SettingsPage::selfTestFinished);
    connect(m_ui->installScheduleButton, &QPushButton::clicked, this,
            &SettingsPage::installSchedule);
    connect(m_ui->removeScheduleButton, &QPushButton::clicked, this, &SettingsPage::removeSchedule);
    connect(m_ui->scheduleCancelButton, &QPushButton::clicked, this, &SettingsPage::cancelSchedule);
    connect(&m_services, &AppServices::ready, this, &SettingsPage::showSandboxUrl);
}

void SettingsPage::showSandboxUrl()
{
    const QUrl url = m_services.sandboxUrl();
    m_ui->sandboxUrlLabel->setVisible(m_services.isSandbox());
    m_ui->sandboxUrlLabel->setText(
        url.isEmpty() ? tr("This run uses the sandbox; it is starting.")
                      : tr("This run uses the sandbox at %1. No Microsoft tenant is "
                           "contacted.")
                            .arg(url.toString()));
}

void SettingsPage::setResult(QLabel *label, bool ok, const QString &message)
{
    // Failures in bold rather than in a colour: readable in every palette.
    QFont font = label->font();
    font.setBold(!ok);
    label->setFont(font);
    label->setText(message);
}

void SettingsPage::runSelfTest()
{
    m_ui->selfTestResultLabel->clear();
    setSelfTestBusy(true);
    m_selfTest->start();
}

void SettingsPage::selfTestFinished(bool passed, const QString &message)
{
    setSelfTestBusy(false);
    setResult(m_ui->selfTestResultLabel, passed, message);
}

void SettingsPage::setSelfTestBusy(bool busy)
{
    m_ui->selfTestButton->setEnabled(!busy);
    m_ui->selfTestProgress->setVisible(busy);
    m_ui->selfTestCancelButton->setVisible(busy);
}

void SettingsPage::refreshScheduleStatus()
{
    const ScheduleStatus status = m_schedule->status();
    m_ui->scheduleStatusLabel->setText(status.description);
    if (status.installed) {
        const int index = m_ui->scheduleIntervalCombo->findData(int(status.every.count()));
        if (index >= 0)
            m_ui->scheduleIntervalCombo->setCurrentIndex(index);
    }
    m_ui->removeScheduleButton->setEnabled(status.installed && m_scheduleCall.isNull());
}

void SettingsPage::installSchedule()
{
    const std::chrono::seconds every(m_ui->scheduleIntervalCombo->currentData().toInt());
    m_ui->scheduleResultLabel->clear();
    setScheduleBusy(true);
    m_scheduleCall = new QObject(this);
    m_schedule->install(every, m_scheduleCall, [this](const Expected<ScheduleStatus> &result) {
        scheduleFinished(result.ok(), result.ok() ? tr("The keep-alive schedule is installed.")
                                                  : result.error());
    });
}

void SettingsPage::removeSchedule()
{
    m_ui->scheduleResultLabel->clear();
    setScheduleBusy(true);
    m_scheduleCall = new QObject(this);
    m_schedule->remove(m_scheduleCall, [this](const Result &result) {
        scheduleFinished(result.ok(),
                         result.ok() ? tr("The keep-alive schedule is removed.") : result.error());
    });
}

void SettingsPage::cancelSchedule()
{
    delete m_scheduleCall; // its callback is not called any more
    scheduleFinished(false, tr("Stopped waiting for the scheduler. The status above shows what its "
                               "files say now."));
}

void SettingsPage::scheduleFinished(bool ok, const QString &message)
{
    if (m_scheduleCall) {
        // Called from a callback with this context, or by Cancel: drop it once unwound.
        m_scheduleCall->deleteLater();
        m_scheduleCall.clear();
    }
    setScheduleBusy(false);
    setResult(m_ui->scheduleResultLabel, ok, message);
    refreshScheduleStatus();
}

void SettingsPage::setScheduleBusy(bool busy)
{
    const bool available = m_scheduleUnavailable.isEmpty();
    m_ui->installScheduleButton->setEnabled(!busy && available);
    m_ui->scheduleIntervalCombo->setEnabled(!busy && available);
    m_ui->removeScheduleButton->setEnabled(!busy && m_schedule->status().installed);
    m_ui->scheduleProgress->setVisible(busy);
    m_ui->scheduleCancelButton->setVisible(busy);
    if (!available && !busy)
        m_ui->scheduleResultLabel->setText(m_scheduleUnavailable);
}

} // namespace PCAuth
