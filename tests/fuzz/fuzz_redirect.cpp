// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// The address a sign-in comes back on (oauth/redirect.h): code, error, state, the registered
// redirect check. Both the embedded browser and the loopback receiver pass outside URLs here.
//
// Input: line 1 the registered redirect URI, line 2 the expected state, then the URL that
// came back (as the browser or the loopback receiver reports it).

#include "fuzzinput.h"
#include "oauth/redirect.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    Fuzz::Input input(data, size);
    const QUrl registered(QString::fromUtf8(input.line()));
    const QByteArray expectedState = input.line();
    const QUrl url(QString::fromUtf8(input.rest()));

    (void)isRedirectTo(url, registered);
    const RedirectResult result = parseRedirect(url, registered, expectedState);
    Fuzz::checkRedirectResult(result);
    return 0;
}
