// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

using Key = AppSettings::Key;

/// Where each preference is stored. Users' settings files hold these paths: a path changed
/// here would lose the value they chose.
QString settingsPath(Key key)
{
    switch (key) {
    case Key::RequestTimeout:
        return u"network/requestTimeoutSeconds"_s;
    case Key::Concurrency:
        return u"network/concurrency"_s;
    case Key::Language:
        return u"ui/language"_s;
    case Key::KeepAliveWhileRunning:
        return u"keepalive/whileRunning"_s;
    case Key::KeepAliveHours:
        return u"keepalive/intervalHours"_s;
    case Key::WarningDays:
        return u"health/warningDays"_s;
    case Key::Tray:
        return u"ui/tray"_s;
    case Key::SandboxMode:
        return u"sandbox/enabled"_s;
    case Key::AccessNoticeLedger:
        return u"notifications/accessLedger"_s;
    case Key::QuitOnClose:
        return u"ui/quitOnClose"_s;
    case Key::CloseToTrayNoticeShown:
        return u"notifications/closeToTrayShown"_s;
    }
    Q_UNREACHABLE();
    return QString();
}

const QStringList Languages{QString(), u"en"_s, u"de"_s, u"zh_CN"_s};

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(QSettings::NativeFormat, QSettings::UserScope, u"PCAuth"_s, u"pcauth"_s)
{ }

AppSettings::~AppSettings() = default;

QVariant AppSettings::read(Key key, const QVariant &fallback) const
{
    return m_settings.value(settingsPath(key), fallback);
}

int AppSettings::intValue(Key key, int fallback, int min, int max) const
{
    bool ok = false;
    const int number = read(key, fallback).toInt(&ok);
    return ok ? std::clamp(number, min, max) : fallback;
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const QString path = settingsPath(key);
    if (m_settings.value(path) == value)
        return;
    m_settings.setValue(path, value);
    m_settings.sync();
    Q_EMIT changed(key);
}

int AppSettings::requestTimeoutSeconds() const
{
    return intValue(Key::RequestTimeout, 60, 5, 600);
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    setValue(Key::RequestTimeout, std::clamp(seconds, 5, 600));
}

int AppSettings::concurrency() const
{
    return intValue(Key::Concurrency, 8, 1, 64);
}

void AppSettings::setConcurrency(int n)
{
    setValue(Key::Concurrency, std::clamp(n, 1, 64));
}

QString AppSettings::language() const
{
    const QString stored = read(Key::Language, QVariant()).toString();
    return Languages.contains(stored) ? stored : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(Key::Language, Languages.contains(language) ? language : QString());
}

bool AppSettings::keepAliveWhileRunning() const
{
    return read(Key::KeepAliveWhileRunning, true).toBool();
}

void AppSettings::setKeepAliveWhileRunning(bool on)
{
    setValue(Key::KeepAliveWhileRunning, on);
}

int AppSettings::keepAliveHours() const
{
    return intValue(Key::KeepAliveHours, 24, 1, 720);
}

void AppSettings::setKeepAliveHours(int hours)
{
    setValue(Key::KeepAliveHours, std::clamp(hours, 1, 720));
}

int AppSettings::warningDays() const
{
    return intValue(Key::WarningDays, 14, 1, 89);
}

void AppSettings::setWarningDays(int days)
{
    setValue(Key::WarningDays, std::clamp(days, 1, 89));
}

bool AppSettings::trayEnabled() const
{
    return read(Key::Tray, true).toBool();
}

void AppSettings::setTrayEnabled(bool on)
{
    setValue(Key::Tray, on);
}

bool AppSettings::quitOnClose() const
{
    return read(Key::QuitOnClose, false).toBool();
}

void AppSettings::setQuitOnClose(bool on)
{
    setValue(Key::QuitOnClose, on);
}

bool AppSettings::closeToTrayNoticeShown() const
{
    return read(Key::CloseToTrayNoticeShown, false).toBool();
}

void AppSettings::setCloseToTrayNoticeShown(bool shown)
{
    setValue(Key::CloseToTrayNoticeShown, shown);
}

bool AppSettings::sandboxMode() const
{
    return read(Key::SandboxMode, false).toBool();
}

void AppSettings::setSandboxMode(bool on)
{
    setValue(Key::SandboxMode, on);
}

QStringList AppSettings::accessNoticeLedger() const
{
    return read(Key::AccessNoticeLedger, QStringList()).toStringList();
}

void AppSettings::setAccessNoticeLedger(const QStringList &entries)
{
    setValue(Key::AccessNoticeLedger, entries);
}

} // namespace PCAuth
