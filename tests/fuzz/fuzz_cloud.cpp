// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// Custom cloud files (cloud/cloud.h): a file the user downloads (the sandbox's cloud.json,
// a sovereign or proxy setup) and loads. A cloud that loads must write itself back to a file
// that loads to the same cloud, since the app stores and re-reads it.

#include "cloud/cloud.h"

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<Cloud> cloud = Cloud::fromJson(bytes);
    if (!cloud.ok()) {
        if (cloud.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const Service service : allServices()) {
        (void)cloud->endpoint(service);
        (void)cloud->resource(service);
        (void)cloud->defaultScope(service);
        (void)cloud->delegatedScope(service);
        (void)cloud->serviceOf(cloud->endpoint(service));
    }
    for (const Protocol protocol : {Protocol::V1, Protocol::V2}) {
        (void)cloud->authorizeUrl(u"contoso.onmicrosoft.com"_s, protocol);
        (void)cloud->tokenUrl(u"organizations"_s, protocol);
        (void)cloud->discoveryUrl(u"common"_s, protocol);
    }
    const Expected<Cloud> again = Cloud::fromJson(QJsonDocument(cloud->toJson()).toJson());
    if (!again.ok() || !(*again == *cloud))
        __builtin_trap();
    return 0;
}
