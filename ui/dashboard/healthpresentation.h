// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "access/accessverdict.h"
#include "health/healthcheck.h"
#include "health/tokenhealth.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;
class QStyle;

namespace PCAuth {

class AppServices;

/// How a health status looks, shared by the dashboard and the tray so that both always agree
/// on what "red" means. Nothing here reads the keychain: health comes from the vault index.

/// The policy every view uses: Entra's 90 days, the user's warning window.
HealthPolicy appHealthPolicy(AppServices &services);
/// evaluateHealth() on the broker's metadata of the profile, with appHealthPolicy().
HealthReport currentHealth(AppServices &services, const QString &profileId);

/// A colour that reads as text and as a badge on `palette`'s base colour: a darker tone on a
/// light theme, a lighter one on a dark theme (dark mode follows the system palette).
QColor healthStatusColor(HealthStatus status, const QPalette &palette);
QColor customerStatusColor(CustomerHealth::Status status, const QPalette &palette);
QColor accessStatusColor(AccessStatus status, const QPalette &palette);
/// The style's icon for the status (check, warning, error, question).
QIcon healthStatusIcon(HealthStatus status, const QStyle *style);
QIcon customerStatusIcon(CustomerHealth::Status status, const QStyle *style);
QIcon accessStatusIcon(AccessStatus status, const QStyle *style);

/// "MFA", "No MFA", "Unknown".
QString mfaBadgeText(MfaEvidence mfa);

} // namespace PCAuth
