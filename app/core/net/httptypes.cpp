// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "net/httptypes.h"

#include <algorithm>

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PCAuth {

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace HttpPolicy {

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::seconds(seconds));
    // RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (always GMT, English names).
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    // Rounded up: waiting 2 s at 10.7 for a date of 13.0 would send 0.3 s too early.
    const qint64 ms = now.msecsTo(when);
    return std::chrono::seconds(ms <= 0 ? 0 : (ms + 999) / 1000);
}

std::chrono::milliseconds backoff(const RetryPolicy &policy, int retry)
{
    const int shift = std::clamp(retry - 1, 0, 30);
    const qint64 base = std::max<qint64>(0, policy.baseDelay.count());
    const qint64 ceiling = std::min<qint64>(policy.maxDelay.count(), base << shift);
    if (ceiling <= 0)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(QRandomGenerator::global()->bounded(ceiling + 1));
}

bool isRetryableStatus(int status)
{
    return status >= 500 && status <= 599 && status != 501 && status != 505;
}

QString redactedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toDisplayString();
}

} // namespace HttpPolicy

} // namespace PCAuth
