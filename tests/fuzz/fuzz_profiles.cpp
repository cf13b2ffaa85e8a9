// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// Profile files (profiles/profilestore.h): profiles.json is edited by hand, synced between
// machines and written by other versions. ProfileStore::parse() is load() without the file.

#include "profiles/profilestore.h"

#include <cstddef>
#include <cstdint>

#include <QByteArray>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<QList<Profile>> profiles =
        ProfileStore::parse(bytes, u"/home/admin/.config/pcauth/profiles.json"_s);
    if (!profiles.ok()) {
        if (profiles.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const Profile &profile : *profiles) {
        if (profile.customCloudFile.isEmpty()) // validate() would read that file
            (void)profile.validate();
        // What the store writes back must load to the same profile.
        const Expected<Profile> again = Profile::fromJson(profile.toJson());
        if (!again.ok() || !(*again == profile))
            __builtin_trap();
    }
    return 0;
}
