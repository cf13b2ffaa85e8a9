// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// Seeds are text files so that a person can read and write them: a few header lines, then the
// body. Splitting the fuzz input the same way lets libFuzzer vary each part on its own.

#include "oauth/redirect.h"

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace PCAuth::Fuzz {

class Input final
{
public:
    Input(const uint8_t *data, size_t size)
        : m_rest(reinterpret_cast<const char *>(data), qsizetype(size))
    { }

    /// Up to the next '\n' (not included); everything when there is none.
    QByteArray line()
    {
        const qsizetype end = m_rest.indexOf('\n');
        const QByteArray head = end < 0 ? m_rest : m_rest.left(end);
        m_rest = end < 0 ? QByteArray() : m_rest.mid(end + 1);
        return head;
    }
    const QByteArray &rest() const { return m_rest; }

private:
    QByteArray m_rest;
};

/// What a top-level "code" of a body is: an authorization code (OAuth's place for one), or
/// a Partner Center error code, which the generic reader (`ErrorBodies::parse`) shows.
enum class TopLevelCode { Secret, ErrorCode };

/// Aborts (a finding for libFuzzer) when `text` quotes a credential value of `body`: the
/// token, code and secret fields of an Entra answer must never reach a message.
inline void checkNoSecretQuoted(const QString &text, const QByteArray &body,
                                TopLevelCode code = TopLevelCode::Secret)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    // Field names may be shown (redacted bodies keep them: "access_token":"[redacted]"), so a
    // value that is itself part of a field name says nothing (found: {"access_token":
    // "access_token"} with a non-2xx status, a false alarm of this check, not of PCAuth).
    static const QString fieldNames = QStringLiteral(
        "access_token refresh_token id_token code client_secret client_assertion code_verifier");
    for (const char *key : {"access_token", "refresh_token", "id_token", "code", "client_secret"}) {
        if (code == TopLevelCode::ErrorCode && qstrcmp(key, "code") == 0)
            continue;
        const QString value = object.value(QLatin1String(key)).toString();
        if (value.size() >= 12 && !fieldNames.contains(value) && text.contains(value))
            __builtin_trap();
    }
}

/// Aborts when a redirect result breaks its contract: the code is a secret until redeemed and
/// never part of the message; a Code result has a code and no problem; Invalid says why.
inline void checkRedirectResult(const RedirectResult &result)
{
    if (result.code.size() >= 8 && result.message.contains(result.code))
        __builtin_trap();
    if (result.kind == RedirectResult::Kind::Code
        && (result.code.isEmpty() || result.problem != RedirectResult::Problem::None))
        __builtin_trap();
    if (result.kind == RedirectResult::Kind::Invalid && result.message.isEmpty())
        __builtin_trap();
}

} // namespace PCAuth::Fuzz
