// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the cloud module: helpers shared by cloud.cpp, cloudfile.cpp and
// cloudvalidation.cpp. Not for use outside app/core/cloud.

#include "cloud/cloud.h"

#include <QLatin1String>
#include <QString>
#include <QStringView>

namespace PCAuth {

/// True for the built-in ids and their aliases, case-insensitively. A custom cloud must not
/// take one: Cloud::builtIn() would find the built-in and the custom file would be shadowed.
bool isBuiltInCloudId(QStringView id);

/// The key a service has in the "endpoints" and "resources" objects of a cloud file.
QLatin1String cloudJsonKey(Service service);

/// A GUID in its plain 8-4-4-4-12 form, without braces (the form Entra uses for ids).
bool isPlainGuid(QStringView text);

/// Empty if `resource` may be a token audience: an absolute https:// URI with a host and
/// no query or fragment, or an application id (GUID). Else a message naming `field`.
QString validateResource(const QString &resource, const QString &field);

/// `text` in quotes for a message, cut short when long so a junk file cannot flood the UI.
QString quotedForMessage(QStringView text);

} // namespace PCAuth
