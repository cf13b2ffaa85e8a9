// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// What the loopback receiver reads from a socket (oauth/loopbackreceiver.h): any local process
// and any web page (through the browser) can send it bytes while a system-browser sign-in
// waits. LoopbackReceiver::parseRequest() reads the request line and headers; an accepted
// request's address then goes through parseRedirect(), as handleAnswer() does.
//
// Input: line 1 the port listened on, line 2 the expected state, then the bytes received
// (cut at the first empty line, as the receiver does; larger heads are answered 431 unread).

#include "fuzzinput.h"
#include "oauth/loopbackreceiver.h"
#include "oauth/redirect.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    Fuzz::Input input(data, size);
    bool ok = false;
    quint16 port = input.line().trimmed().toUShort(&ok);
    if (!ok || port == 0)
        port = 53117;
    const QByteArray expectedState = input.line();
    QByteArray head = input.rest();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end >= 0)
        head.truncate(end);
    if (head.size() + 4 > LoopbackReceiver::MaxHeaderBytes)
        return 0;

    const LoopbackReceiver::Request request = LoopbackReceiver::parseRequest(head, port);
    // A refusal has a status the receiver can send and says why.
    if (request.status != 0) {
        if ((request.status != 400 && request.status != 405) || request.problem.isEmpty())
            __builtin_trap();
        return 0;
    }
    // An accepted request is for this server: nothing the sender writes makes the answer's
    // address name another host or port.
    const QString host = request.url.host();
    if (!request.url.isValid() || request.url.port() != port
        || (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost")))
        __builtin_trap();

    QUrl redirectUri(QStringLiteral("http://127.0.0.1/"));
    redirectUri.setPort(port);
    QUrl normalized = request.url;
    normalized.setHost(redirectUri.host());
    const RedirectResult result = parseRedirect(normalized, redirectUri, expectedState);
    Fuzz::checkRedirectResult(result);
    return 0;
}
