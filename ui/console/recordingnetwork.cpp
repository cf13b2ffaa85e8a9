// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "recordingnetwork.h"

#include "consolerequest.h"

#include <QNetworkRequest>

namespace PCAuth::Console {

RecordingNetwork::RecordingNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

RecordingNetwork::~RecordingNetwork() = default;

QNetworkReply *RecordingNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                               QIODevice *outgoingData)
{
    m_headers.clear();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray value = request.rawHeader(name);
        m_headers.append({name, name.compare("Authorization", Qt::CaseInsensitive) == 0
                                    ? redactAuthorization(value)
                                    : value});
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace PCAuth::Console
