// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The msal-node side of bench_msal.sh: the work of `pcauthctl health --customers`, done with
// msal-node's ConfidentialClientApplication and its in-memory cache. A Partner Center token in
// the partner tenant, the customer list (pages of 500), then for every customer a Graph token
// in its tenant (acquireTokenByRefreshToken) and GET /v1.0/organization, C at a time.
//
//   MSAL_BENCH_SECRET=... node msal.cjs --modules DIR --base https://127.0.0.1:PORT
//       --tenant PARTNER --client-id ID --refresh-token-file FILE --concurrency C
//
// Prints one JSON line: {"customers":…,"ok":…,"consentMissing":…,"failed":…,"wall_s":…}.
// Never prints a token. Exit 0 when every customer was either ok or without consent.
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const { createRequire } = require('node:module');

function args() {
    const out = {};
    const argv = process.argv.slice(2);
    for (let i = 0; i + 1 < argv.length; i += 2)
        out[argv[i].replace(/^--/, '')] = argv[i + 1];
    return out;
}

const opt = args();
const msal = createRequire(path.join(opt.modules, 'package.json'))('@azure/msal-node');
const base = opt.base.replace(/\/$/, '');
const host = new URL(base).host;
const concurrency = Number(opt.concurrency || 8);
const refreshToken = fs.readFileSync(opt['refresh-token-file'], 'utf8').trim();
const PartnerCenter = 'https://api.partnercenter.microsoft.com';
const Graph = 'https://graph.microsoft.com';

// Everything msal would discover, given up front: no request leaves for
// login.microsoftonline.com and none goes to the sandbox's discovery documents.
const cca = new msal.ConfidentialClientApplication({
    auth: {
        clientId: opt['client-id'],
        clientSecret: process.env.MSAL_BENCH_SECRET,
        authority: `${base}/${opt.tenant}`,
        knownAuthorities: [host],
        cloudDiscoveryMetadata: JSON.stringify({
            tenant_discovery_endpoint: `${base}/{tenant}/v2.0/.well-known/openid-configuration`,
            'api-version': '1.1',
            metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
        }),
        authorityMetadata: JSON.stringify({
            token_endpoint: `${base}/{tenant}/oauth2/v2.0/token`,
            authorization_endpoint: `${base}/{tenant}/oauth2/v2.0/authorize`,
            end_session_endpoint: `${base}/{tenant}/oauth2/v2.0/logout`,
            issuer: `${base}/{tenant}/v2.0`,
            jwks_uri: `${base}/{tenant}/discovery/v2.0/keys`,
        }),
    },
    system: { loggerOptions: { logLevel: msal.LogLevel.Error, piiLoggingEnabled: false, loggerCallback() {} } },
});

function token(tenant, resource) {
    return cca.acquireTokenByRefreshToken({
        refreshToken,
        scopes: [`${resource}/.default`],
        authority: `${base}/${tenant}`,
    });
}

async function getJson(url, accessToken, headers = {}) {
    const r = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json', ...headers } });
    const body = await r.text();
    if (!r.ok)
        throw new Error(`HTTP ${r.status} from ${new URL(url).pathname}`);
    return JSON.parse(body);
}

async function listCustomers() {
    const pc = await token(opt.tenant, PartnerCenter);
    const customers = [];
    let url = `${base}/pc/v1/customers?size=500`;
    let headers = {};
    for (;;) {
        const page = await getJson(url, pc.accessToken, headers);
        for (const c of page.items || [])
            customers.push(c.companyProfile?.tenantId || c.id);
        const next = page.links?.next;
        if (!next)
            return customers;
        url = `${base}/pc/v1${next.uri}`;
        headers = Object.fromEntries((next.headers || []).map((h) => [h.key, h.value]));
    }
}

async function main() {
    const started = process.hrtime.bigint();
    const tenants = await listCustomers();
    const counts = { customers: tenants.length, ok: 0, consentMissing: 0, failed: 0 };
    let reason = '';
    let next = 0;
    async function worker() {
        while (next < tenants.length) {
            const tenant = tenants[next++];
            let graph;
            try {
                graph = await token(tenant, Graph);
            } catch (e) {
                if (/AADSTS65001|AADSTS700016|consent/i.test(`${e.errorCode} ${e.errorMessage} ${e.message}`))
                    ++counts.consentMissing;
                else {
                    ++counts.failed;
                    reason ||= `token: ${e.errorCode || e.message}`;
                }
                continue;
            }
            try {
                const org = await getJson(`${base}/graph/v1.0/organization`, graph.accessToken);
                // The token was issued in the customer's tenant: Graph answers with that one.
                if (org.value?.[0]?.id === tenant)
                    ++counts.ok;
                else {
                    ++counts.failed;
                    reason ||= 'graph: another tenant answered';
                }
            } catch (e) {
                ++counts.failed;
                reason ||= `graph: ${e.message}`;
            }
        }
    }
    await Promise.all(Array.from({ length: concurrency }, worker));
    counts.wall_s = Number(process.hrtime.bigint() - started) / 1e9;
    if (reason)
        counts.reason = reason;
    console.log(JSON.stringify(counts));
    process.exit(counts.failed === 0 ? 0 : 1);
}

main().catch((e) => { console.error(`msal: ${e.errorCode || ''} ${e.message}`); process.exit(1); });
