// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// OpenID discovery documents (oauth/discovery.h): fetched from the authority of a custom
// cloud, so from any host the user was told to trust.

#include "oauth/discovery.h"

#include <cstddef>
#include <cstdint>

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<OpenIdConfiguration> config = OpenIdConfiguration::parse(bytes);
    if (!config.ok()) {
        if (config.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    // A document that parses has usable endpoints: never an empty or relative URL.
    if (!config->tokenEndpoint.isValid() || config->tokenEndpoint.isRelative()
        || !config->authorizationEndpoint.isValid() || config->authorizationEndpoint.isRelative()
        || !config->jwksUri.isValid() || config->jwksUri.isRelative())
        __builtin_trap();
    return 0;
}
