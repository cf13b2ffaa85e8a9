// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "healthpresentation.h"

#include "appservices.h"
#include "styleicon.h"

#include <QCoreApplication>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

enum class Tone { Good, Warning, Bad, Neutral };

Tone toneOf(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return Tone::Good;
    case HealthStatus::ExpiringSoon:
    case HealthStatus::MfaMissing:
        return Tone::Warning;
    case HealthStatus::Expired:
    case HealthStatus::Revoked:
    case HealthStatus::ConsentMissing:
        return Tone::Bad;
    case HealthStatus::Unknown:
        break;
    }
    return Tone::Neutral;
}

Tone toneOf(CustomerHealth::Status status)
{
    switch (status) {
    case CustomerHealth::Status::Ok:
        return Tone::Good;
    case CustomerHealth::Status::ConsentMissing:
    case CustomerHealth::Status::Throttled:
        return Tone::Warning;
    case CustomerHealth::Status::NoAccess:
    case CustomerHealth::Status::Failed:
        break;
    }
    return Tone::Bad;
}

Tone toneOf(AccessStatus status)
{
    switch (status) {
    case AccessStatus::Ok:
        return Tone::Good;
    case AccessStatus::Warning:
        return Tone::Warning;
    case AccessStatus::Problem:
        return Tone::Bad;
    case AccessStatus::Unknown:
        break;
    }
    return Tone::Neutral;
}

QColor colorOf(Tone tone, const QPalette &palette)
{
    // Chosen for a contrast of about 4.5:1 against a white base (dark tones) and against a
    // #202020 base (light tones).
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6d, 0xd5, 0x8c) : QColor(0x1b, 0x7a, 0x3d);
    case Tone::Warning:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Neutral:
        break;
    }
    // Grey as placeholder text, made opaque (it is often translucent) so a badge shows it too.
    const QColor grey = palette.color(QPalette::Active, QPalette::PlaceholderText);
    const QColor base = palette.color(QPalette::Base);
    const qreal a = grey.alphaF();
    return QColor::fromRgbF(float(grey.redF() * a + base.redF() * (1 - a)),
                            float(grey.greenF() * a + base.greenF() * (1 - a)),
                            float(grey.blueF() * a + base.blueF() * (1 - a)));
}

QIcon iconOf(Tone tone, const QStyle *style)
{
    if (!style)
        return {};
    switch (tone) {
    case Tone::Good:
        return styleIcon(QStyle::SP_DialogApplyButton, style);
    case Tone::Warning:
        return styleIcon(QStyle::SP_MessageBoxWarning, style);
    case Tone::Bad:
        return styleIcon(QStyle::SP_MessageBoxCritical, style);
    case Tone::Neutral:
        break;
    }
    return styleIcon(QStyle::SP_MessageBoxQuestion, style);
}

} // namespace

HealthPolicy appHealthPolicy(AppServices &services)
{
    return HealthPolicy{90, services.settings().warningDays()};
}

HealthReport currentHealth(AppServices &services, const QString &profileId)
{
    return evaluateHealth(services.broker().metadata(profileId), services.clock(),
                          appHealthPolicy(services));
}

QColor healthStatusColor(HealthStatus status, const QPalette &palette)
{
    return colorOf(toneOf(status), palette);
}

QColor customerStatusColor(CustomerHealth::Status status, const QPalette &palette)
{
    return colorOf(toneOf(status), palette);
}

QColor accessStatusColor(AccessStatus status, const QPalette &palette)
{
    return colorOf(toneOf(status), palette);
}

QIcon healthStatusIcon(HealthStatus status, const QStyle *style)
{
    return iconOf(toneOf(status), style);
}

QIcon customerStatusIcon(CustomerHealth::Status status, const QStyle *style)
{
    return iconOf(toneOf(status), style);
}

QIcon accessStatusIcon(AccessStatus status, const QStyle *style)
{
    return iconOf(toneOf(status), style);
}

QString mfaBadgeText(MfaEvidence mfa)
{
    switch (mfa) {
    case MfaEvidence::Present:
        return QCoreApplication::translate("PCAuth::Dashboard", "MFA");
    case MfaEvidence::Absent:
        return QCoreApplication::translate("PCAuth::Dashboard", "No MFA");
    case MfaEvidence::Unknown:
        break;
    }
    return QCoreApplication::translate("PCAuth::Dashboard", "Unknown");
}

} // namespace PCAuth
