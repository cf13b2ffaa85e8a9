// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// The sandbox's request handling (app/sandbox): every route, the sign-in forms, the token
// endpoint, the APIs and the /_sandbox/ controls, reached through SandboxServer::handle()
// exactly as the HTTP adapter calls it, without a socket. Each input starts from the demo
// scenario and an empty state, so a finding reproduces from its input alone.
//
// Input, as an HTTP request without the version:
//     POST /common/oauth2/v2.0/token?a=b
//     Content-Type: application/x-www-form-urlencoded
//
//     grant_type=refresh_token&...

#include "fuzzinput.h"
#include "sandboxserver.h"
#include "sandboxstate.h"

#include <memory>

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

using namespace PCAuth::Sandbox;

struct Fixture
{
    Scenario scenario = Scenario::demo();
    std::unique_ptr<SandboxServer> server = std::make_unique<SandboxServer>(scenario);
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

HttpRequest requestFrom(PCAuth::Fuzz::Input &input)
{
    HttpRequest req;
    const QByteArray requestLine = input.line();
    const qsizetype space = requestLine.indexOf(' ');
    req.method = (space < 0 ? requestLine : requestLine.left(space)).toUpper();
    QString target = QString::fromUtf8(space < 0 ? QByteArray() : requestLine.mid(space + 1));
    if (!target.startsWith(u'/'))
        target.prepend(u'/');
    const QUrl url(u"http://127.0.0.1:8400"_s + target);
    req.path = url.path();
    req.query = QUrlQuery(url);
    for (QByteArray line = input.line(); !line.isEmpty(); line = input.line()) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        if (input.rest().isEmpty())
            break;
    }
    req.body = input.rest();
    req.remote = QHostAddress(QHostAddress::LocalHost);
    return req;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    (void)fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    SandboxContext &ctx = f.server->context();
    ctx.scenario = f.scenario;
    ctx.state = SandboxState();
    ctx.baseUrl = u"http://127.0.0.1:8400"_s;

    PCAuth::Fuzz::Input input(data, size);
    const HttpResponse response = f.server->handle(requestFrom(input));
    if (response.status < 100 || response.status > 599)
        __builtin_trap();
    return 0;
}
