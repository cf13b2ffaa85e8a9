// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "vault/secretstore.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace PCAuth {

QString secretStatusId(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return u"ok"_s;
    case SecretResult::Status::NotFound:
        return u"not-found"_s;
    case SecretResult::Status::AccessDenied:
        return u"access-denied"_s;
    case SecretResult::Status::NoBackend:
        return u"no-backend"_s;
    case SecretResult::Status::Superseded:
        return u"superseded"_s;
    case SecretResult::Status::Failed:
        break;
    }
    return u"failed"_s;
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

void SecretStore::deliverLater(QObject *context, Callback done, SecretResult result)
{
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<QObject>(context), done = std::move(done), result = std::move(result)]() {
            deliver(guard, done, result);
        },
        Qt::QueuedConnection);
}

void SecretStore::deliver(const QPointer<QObject> &context, const Callback &done,
                          const SecretResult &result)
{
    if (context && done)
        done(result);
}

} // namespace PCAuth
