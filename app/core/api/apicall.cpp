// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "api/apicall.h"

#include "api/accesstokensource.h"
#include "errors/errorbodies.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::ApiResult)
};

void addServiceHeaders(HttpRequest &request, ApiKind kind, const QString &token,
                       const QString &requestId, const QString &correlationId)
{
    request.setHeader("Authorization"_ba, "Bearer "_ba + token.toLatin1());
    request.setHeader("Accept"_ba, "application/json"_ba);
    request.setHeader(requestIdHeader(kind).toLatin1(), requestId.toLatin1());
    switch (kind) {
    case ApiKind::PartnerCenter:
        request.setHeader("MS-CorrelationId"_ba, correlationId.toLatin1());
        request.setHeader("MS-Contract-Version"_ba, "v1"_ba);
        request.setHeader("X-Locale"_ba, "en-US"_ba);
        break;
    case ApiKind::Graph:
        request.setHeader("return-client-request-id"_ba, "true"_ba);
        break;
    case ApiKind::KeyVault:
        break;
    }
    if (!request.body.isEmpty())
        request.setHeader("Content-Type"_ba, "application/json"_ba);
}

ServiceError parseError(ApiKind kind, const QByteArray &body, int status)
{
    // Key Vault's error body has Graph's shape: {"error":{"code","message"}}.
    return kind == ApiKind::PartnerCenter ? ErrorBodies::parsePartnerCenter(body, status)
                                          : ErrorBodies::parseGraph(body, status);
}

} // namespace

void mapApiAnswer(ApiResult &result, const HttpResponse &response, ApiKind kind, const QUrl &url)
{
    result.status = response.status;
    result.rawBody = response.body;
    result.headers = response.headers;
    if (response.status >= 200 && response.status < 300) {
        if (response.body.trimmed().isEmpty())
            return;
        QJsonParseError parseError{};
        result.json = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            return;
        ServiceError e;
        e.httpStatus = response.status;
        e.error = u"malformed_response"_s;
        e.description =
            Text::tr("The answer from %1 (HTTP %2) is not valid JSON: %3 at byte %4. It "
                     "may have been cut off on the way; try again.")
                .arg(url.host())
                .arg(response.status)
                .arg(parseError.errorString())
                .arg(parseError.offset);
        result.error = e;
        return;
    }
    ServiceError e = parseError(kind, response.body, response.status);
    const auto retryAfter = HttpPolicy::parseRetryAfter(response.header("Retry-After"),
                                                        QDateTime::currentDateTimeUtc());
    if (retryAfter)
        e.retryAfterSeconds = int(retryAfter->count()); // the header wins over the body
    if (e.correlationId.isEmpty() && kind == ApiKind::PartnerCenter)
        e.correlationId = result.correlationId;
    result.error = e;
}

bool ApiResult::ok() const
{
    return failure == HttpResponse::Failure::None && !error && status >= 200 && status < 300;
}

QString ApiResult::errorMessage() const
{
    if (ok())
        return QString();
    QStringList lines;
    if (!message.isEmpty())
        lines << message;
    if (error)
        lines << ErrorCatalogue::describe(*error);
    if (lines.isEmpty())
        lines << Text::tr("The request failed (HTTP %1).").arg(status);
    lines << Text::tr("Request id: %1 · correlation id: %2").arg(requestId, correlationId);
    return lines.join(u'\n');
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl apiUrl(const QUrl &base, const QString &pathAndQuery)
{
    const qsizetype q = pathAndQuery.indexOf(u'?');
    const QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QUrl url = base;
    // Tolerant: a segment the caller percent-encoded (a customer id) stays encoded once.
    url.setPath(basePath + (path.startsWith(u'/') ? path : u'/' + path), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    return url;
}

void sendApiRequest(HttpClient &http, AccessTokenSource &tokens, ApiKind kind, HttpRequest request,
                    const QString &correlationId, QObject *context, ApiCallback done)
{
    ApiResult base;
    base.requestId = newRequestId(); // once per logical request: retries reuse it
    base.correlationId = correlationId.isEmpty() ? newRequestId() : correlationId;
    QPointer<HttpClient> client(&http);
    tokens.accessToken(context, [client, kind, base, request = std::move(request), context,
                                 done = std::move(done)](const Expected<QString> &token) mutable {
        if (!token.ok() || !client) {
            ApiResult failed = base;
            failed.message = token.ok() ? Text::tr("The request was cancelled.")
                                        : Text::tr("No access token: %1").arg(token.error());
            done(failed);
            return;
        }
        addServiceHeaders(request, kind, token.value(), base.requestId, base.correlationId);
        const QUrl url = request.url;
        client->send(std::move(request), context,
                     [kind, base, url, done = std::move(done)](const HttpResponse &response) {
                         ApiResult result = base;
                         result.failure = response.failure;
                         result.message = response.message;
                         result.attempts = response.attempts;
                         result.elapsed = response.elapsed;
                         if (response.failure == HttpResponse::Failure::None)
                             mapApiAnswer(result, response, kind, url);
                         done(result);
                     });
    });
}

ApiKind apiKindOf(Service service)
{
    switch (service) {
    case Service::PartnerCenter:
        return ApiKind::PartnerCenter;
    case Service::Graph:
    case Service::AadGraph:
        return ApiKind::Graph;
    case Service::Arm:
    case Service::KeyVault:
        break;
    }
    return ApiKind::KeyVault;
}

QString requestIdHeader(ApiKind kind)
{
    switch (kind) {
    case ApiKind::PartnerCenter:
        return u"MS-RequestId"_s;
    case ApiKind::Graph:
        return u"client-request-id"_s;
    case ApiKind::KeyVault:
        break;
    }
    return u"x-ms-client-request-id"_s;
}

} // namespace PCAuth
