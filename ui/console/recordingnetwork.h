// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "net/httptypes.h"

#include <QNetworkAccessManager>

namespace PCAuth::Console {

/// The request console's network manager: it remembers the headers of the last request it
/// put on the wire, so the console shows what the engine really sent (MS-RequestId,
/// MS-CorrelationId, MS-Contract-Version...) without building the headers a second time.
/// The Authorization value is redacted the moment it is recorded: the token is never kept.
class RecordingNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingNetwork)
public:
    explicit RecordingNetwork(QObject *parent = nullptr);
    ~RecordingNetwork() override;

    /// Headers of the last request sent since clear(); empty when none was.
    const HttpHeaders &lastHeaders() const { return m_headers; }
    void clear() { m_headers.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    HttpHeaders m_headers;
};

} // namespace PCAuth::Console
