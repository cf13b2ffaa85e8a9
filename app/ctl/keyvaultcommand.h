// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

namespace PCAuth::Ctl {

struct Context;

/// `pcauthctl keyvault export --profile P --vault URL [--name NAME]`: puts the profile's
/// refresh token in an Azure Key Vault as a secret, by default under the name the Microsoft
/// samples read (keyVaultSecretName(partner tenant)). The vault must be in the profile's cloud
/// (its host under the cloud's Key Vault domain, or the cloud's own Key Vault endpoint): the
/// Key Vault token goes nowhere else. Exit 0, 2 on failure, 64 usage.
int runKeyVault(Context &context);

} // namespace PCAuth::Ctl
