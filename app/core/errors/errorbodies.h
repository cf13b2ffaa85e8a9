// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "errors/serviceerror.h"

#include <QByteArray>
#include <QString>

namespace PCAuth {

/// Reads the error bodies of Entra ID, Partner Center and Microsoft Graph into a ServiceError,
/// with the ids Microsoft support asks for. What is kept of the body itself (ServiceError::raw)
/// has its credentials redacted (support/redaction.h).
namespace ErrorBodies {
ServiceError parseEntra(const QByteArray &body, int httpStatus);
ServiceError parsePartnerCenter(const QByteArray &body, int httpStatus);
/// {"error":{"code","message","innerError":{"request-id","client-request-id","date"}}}
ServiceError parseGraph(const QByteArray &body, int httpStatus);
/// Detects which of the three shapes the body has; falls back to Source::Http with raw.
ServiceError parse(const QByteArray &body, int httpStatus);
/// For an error that came back on the redirect (?error=…&error_description=…) rather than in a
/// body: the AADSTS number and ids are read from the description as Entra writes them.
ServiceError fromEntraRedirect(const QString &error, const QString &errorDescription);

} // namespace ErrorBodies

} // namespace PCAuth
