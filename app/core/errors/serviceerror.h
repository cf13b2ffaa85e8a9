// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace PCAuth {

/// An error answer from Entra ID, Partner Center or Microsoft Graph, reduced to the fields a
/// user or Microsoft support needs. Reading a body (errors/errorbodies.h) never fails: a body
/// we cannot read becomes Source::Http and keeps its (truncated) text, so nothing the service
/// said is lost.
///
/// Only what the service sent back is kept; the request (and so any secret in it) is never
/// part of a ServiceError.
struct ServiceError
{
    enum class Source { Entra, PartnerCenter, Graph, Http }; // Http: a body we could not recognise
    Source source = Source::Http;
    int httpStatus = 0;
    QString error; // Entra "error", Graph error.code, Partner Center "code" as text
    int aadsts = 0; // AADSTS number from error_description's prefix or error_codes[0]; 0 if none
    QList<int> errorCodes;
    QString description; // error_description / description / message, as sent
    QString traceId, correlationId, timestamp; // Graph: request-id, client-request-id, date
    /// The body, truncated to 2 KiB, with the values of credential fields blanked in case a
    /// success body was passed by mistake; ErrorCatalogue::describe() shows it for unrecognised
    /// bodies only.
    QString raw;
    /// Seconds to wait before retrying. ErrorBodies fills it when the body states it ("Try again in
    /// 57 seconds."); the HTTP layer should overwrite it with the Retry-After header, which wins.
    std::optional<int> retryAfterSeconds;

    /// The catalogue lookup key: "AADSTS50076", "PC10001", "invalid_grant", "HTTP429"...
    /// Empty when nothing at all is known (no code and no HTTP status).
    QString key() const;
};

/// The stored form of a ServiceError (the vault index keeps a profile's last one for health):
///     {"source": "entra"|"partner-center"|"graph"|"http", "httpStatus", "error", "aadsts",
///      "errorCodes": [...], "description", "traceId", "correlationId", "timestamp"}
/// Only the first line of the description is kept, at most 500 characters. `raw` and
/// retryAfterSeconds are never written: raw is a body that may be anything, and a wait time
/// means nothing to a later process.
QJsonObject toJson(const ServiceError &error);
/// Nothing when `json` has no known "source"; other missing fields keep their defaults.
std::optional<ServiceError> serviceErrorFromJson(const QJsonObject &json);

} // namespace PCAuth
