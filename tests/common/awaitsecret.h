// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// Waits, bounded, for the single answer of an asynchronous SecretStore or Vault call.

#include "vault/secretstore.h"

#include <functional>
#include <optional>

#include <QTest>

namespace PCAuth::Test {

/// Runs `start(context, callback)` and waits up to `timeoutMs` for the callback. A call that
/// never answers gives Failed with a "TEST:" message, so a hang shows as a failure.
inline SecretResult awaitSecret(const std::function<void(QObject *, SecretStore::Callback)> &start,
                                int timeoutMs = 5000)
{
    QObject context;
    std::optional<SecretResult> got;
    start(&context, [&got](const SecretResult &r) { got = r; });
    if (!QTest::qWaitFor([&got]() { return got.has_value(); }, timeoutMs))
        return SecretResult::failure(SecretResult::Status::Failed,
                                     QStringLiteral("TEST: no answer within %1 ms").arg(timeoutMs));
    return *got;
}

} // namespace PCAuth::Test
