// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {
const QString TimeoutKey = u"network/requestTimeoutSeconds"_s;
const QString ConcurrencyKey = u"network/concurrency"_s;
const QString LanguageKey = u"ui/language"_s;
const QString KeepAliveKey = u"keepalive/whileRunning"_s;
const QString KeepAliveHoursKey = u"keepalive/intervalHours"_s;
const QString WarningDaysKey = u"health/warningDays"_s;
const QString TrayKey = u"ui/tray"_s;
const QString SandboxKey = u"sandbox/enabled"_s;
const QStringList Languages{QString(), u"en"_s, u"de"_s, u"zh_CN"_s};
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(QSettings::NativeFormat, QSettings::UserScope, u"PCAuth"_s, u"pcauth"_s)
{ }

AppSettings::~AppSettings() = default;

int AppSettings::intValue(const QString &key, int fallback, int min, int max) const
{
    bool ok = false;
    const int value = m_settings.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, min, max) : fallback;
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value)
        return;
    m_settings.setValue(key, value);
    m_settings.sync();
    Q_EMIT changed(key);
}

int AppSettings::requestTimeoutSeconds() const
{
    return intValue(TimeoutKey, 60, 5, 600);
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    setValue(TimeoutKey, std::clamp(seconds, 5, 600));
}

int AppSettings::concurrency() const
{
    return intValue(ConcurrencyKey, 8, 1, 64);
}

void AppSettings::setConcurrency(int n)
{
    setValue(ConcurrencyKey, std::clamp(n, 1, 64));
}

QString AppSettings::language() const
{
    const QString value = m_settings.value(LanguageKey).toString();
    return Languages.contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(LanguageKey, Languages.contains(language) ? language : QString());
}

bool AppSettings::keepAliveWhileRunning() const
{
    return m_settings.value(KeepAliveKey, true).toBool();
}

void AppSettings::setKeepAliveWhileRunning(bool on)
{
    setValue(KeepAliveKey, on);
}

int AppSettings::keepAliveHours() const
{
    return intValue(KeepAliveHoursKey, 24, 1, 720);
}

void AppSettings::setKeepAliveHours(int hours)
{
    setValue(KeepAliveHoursKey, std::clamp(hours, 1, 720));
}

int AppSettings::warningDays() const
{
    return intValue(WarningDaysKey, 14, 1, 89);
}

void AppSettings::setWarningDays(int days)
{
    setValue(WarningDaysKey, std::clamp(days, 1, 89));
}

bool AppSettings::trayEnabled() const
{
    return m_settings.value(TrayKey, true).toBool();
}

void AppSettings::setTrayEnabled(bool on)
{
    setValue(TrayKey, on);
}

bool AppSettings::sandboxMode() const
{
    return m_settings.value(SandboxKey, false).toBool();
}

void AppSettings::setSandboxMode(bool on)
{
    setValue(SandboxKey, on);
}

} // namespace PCAuth
