// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "httpadapter.h"
#include "sandboxstate.h"

#include <QHash>

namespace PCAuth::Sandbox {

// Key Vault secrets under /vault: PUT, GET (latest and by version), DELETE, with api-version and
// a token for https://vault.azure.net issued in the partner tenant. Secrets live in memory only.
class KeyVaultApi final
{
public:
    explicit KeyVaultApi(SandboxContext &ctx);

    HttpResponse handle(const HttpRequest &req, const QStringList &segments);

private:
    struct Version
    {
        QString version;
        QString value;
        QString contentType;
        qint64 created = 0;
    };
    HttpResponse put(const HttpRequest &req, const QString &name);
    HttpResponse get(const QString &name, const QString &version);
    HttpResponse remove(const QString &name);
    QJsonObject bundle(const QString &name, const Version &v, bool withValue) const;

    SandboxContext &m_ctx;
    QHash<QString, QList<Version>> m_secrets; // name (lower case) -> versions, oldest first
};

} // namespace PCAuth::Sandbox
