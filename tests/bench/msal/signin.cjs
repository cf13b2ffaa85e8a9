// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The browser of bench_msal.sh: walks the sandbox's sign-in forms (login, MFA, consent) from
// the authorization URL pcauthctl printed, like a browser without JavaScript, and delivers
// the final redirect to pcauthctl's loopback listener. The sandbox's demo users are public
// test data (app/sandbox/README.md).
//
//   node signin.cjs AUTHORIZATION_URL LOGIN PASSWORD OTC
'use strict';

const [url, login, password, otc] = process.argv.slice(2);

function field(html, name) {
    const m = html.match(new RegExp(`name="${name}"[^>]*value="([^"]*)"`))
        || html.match(new RegExp(`value="([^"]*)"[^>]*name="${name}"`));
    return m ? m[1].replace(/&amp;/g, '&') : '';
}

async function main() {
    let current = new URL(url);
    let r = await fetch(current, { redirect: 'manual' });
    for (let step = 0; step < 6 && r.status === 200; ++step) {
        const html = await r.text();
        const page = (html.match(/data-page="([a-z]+)"/) || [])[1];
        if (!page || page === 'error')
            throw new Error(`sign-in stopped on page ${page}: ${(html.match(/id="error"[^>]*>([^<]*)/) || [])[1]}`);
        const action = new URL((html.match(/<form[^>]*action="([^"]+)"/) || [])[1].replace(/&amp;/g, '&'), current);
        const body = new URLSearchParams({ flowToken: field(html, 'flowToken') });
        if (page === 'login') { body.set('login', login); body.set('passwd', password); }
        else if (page === 'mfa') body.set('otc', otc);
        else if (page === 'consent') body.set('consent', 'accept');
        current = action;
        r = await fetch(action, { method: 'POST', body, redirect: 'manual' });
    }
    const location = r.headers.get('location');
    if (r.status !== 302 || !location)
        throw new Error(`sign-in ended with HTTP ${r.status}, no redirect`);
    const delivered = await fetch(location); // pcauthctl's loopback listener
    await delivered.arrayBuffer();
}

main().catch((e) => { console.error(`signin: ${e.message}`); process.exit(1); });
