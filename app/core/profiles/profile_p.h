// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the profiles module: helpers shared by its .cpp files. Not for use outside
// app/core/profiles.

#include "cloud/cloud.h"
#include "support/expected.h"

#include <QString>
#include <QStringView>

namespace PCAuth::ProfileInternal {

/// A GUID in its plain 8-4-4-4-12 form, without braces, any case.
bool isGuid(QStringView text);

/// `text` in lower case when it is a GUID (the form Entra writes in aud and tid), else as is.
QString canonicalGuid(const QString &text);

/// `text` in quotes for a message, cut short when long so a junk value cannot flood the UI.
QString quoted(QStringView text);

/// The cloud a (cloudId, customCloudFile) pair names; shared by Profile::cloud() and
/// Profile::validateCloud() so that what is validated is what is used. Messages begin with
/// "Cloud" or "Cloud file".
Expected<Cloud> resolveCloud(const QString &cloudId, const QString &customCloudFile);

} // namespace PCAuth::ProfileInternal
