// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "support/expected.h"

#include <functional>

#include <QString>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace PCAuth {

/// Where an API client gets the bearer token for one call. The token broker implements it
/// (cache, renewal, one refresh at a time); the API clients only ask, once per logical
/// request, so retries of that request reuse the same token.
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;

    /// Calls `done` once, on the caller's thread, with the access token or a message for the
    /// user; not at all if `context` is destroyed first.
    virtual void accessToken(QObject *context,
                             std::function<void(const Expected<QString> &)> done) = 0;

protected:
    AccessTokenSource() = default;
    AccessTokenSource(const AccessTokenSource &) = default;
    AccessTokenSource &operator=(const AccessTokenSource &) = default;
};

} // namespace PCAuth
