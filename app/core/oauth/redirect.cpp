// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "oauth/redirect.h"

#include "errors/errorbodies.h"
#include "errors/errorcatalogue.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QMultiHash>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::Redirect)
};

using Params = QMultiHash<QString, QString>;

/// The OAuth parameters we read. Others (session_state, client_info...) are ignored.
const QList<QString> &knownKeys()
{
    static const QList<QString> keys{u"code"_s, u"state"_s, u"error"_s, u"error_description"_s,
                                     u"error_uri"_s};
    return keys;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// RFC 6749 answers are application/x-www-form-urlencoded: '+' is a space (Entra writes
/// error_description that way), then percent-decoding, then UTF-8.
QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

Params parseForm(const QString &encoded)
{
    Params params;
    const QList<QByteArray> pairs = encoded.toLatin1().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = formDecode(eq < 0 ? pair : pair.left(eq));
        if (knownKeys().contains(key))
            params.insert(key, eq < 0 ? QString() : formDecode(pair.mid(eq + 1)));
    }
    return params;
}

RedirectResult invalid(RedirectResult::Problem problem, const QString &message)
{
    RedirectResult result;
    result.kind = RedirectResult::Kind::Invalid;
    result.problem = problem;
    result.message = message;
    return result;
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString errorMessage(const QString &error, const QString &description)
{
    const ServiceError serviceError = ErrorBodies::fromEntraRedirect(error, description);
    const bool known = ErrorCatalogue::advise(serviceError).category != ErrorCategory::Unknown;
    if (error != u"access_denied"_s || known)
        return ErrorCatalogue::describe(serviceError);
    QString text =
        Tr::tr("The sign-in was cancelled or the consent was declined "
               "(access_denied).")
        + QLatin1Char('\n')
        + Tr::tr("Run the consent again and accept the requested permissions; an admin of the "
                 "partner tenant may have to grant them first.");
    const QString said = firstLine(description);
    if (!said.isEmpty())
        text += QLatin1Char('\n') + Tr::tr("The service said: %1").arg(said);
    return text;
}

RedirectResult checkedAnswer(const Params &params, const QByteArray &expectedState)
{
    using Problem = RedirectResult::Problem;
    const auto repeated = [](const QString &key) {
        return Tr::tr("The answer carries \"%1\" more than once; it was ignored.").arg(key);
    };
    // The state first: only an answer with exactly the expected state may end a sign-in.
    // Anything else may come from any local process or web page (they can reach a loopback
    // port without knowing the state) and must not be able to end the flow.
    const QList<QString> states = params.values(u"state"_s);
    if (states.isEmpty() || (states.size() == 1 && states.constFirst().isEmpty()))
        return invalid(Problem::NoState,
                       Tr::tr("The answer has no state: this answer was not started by PCAuth, "
                              "ignored."));
    if (states.size() > 1)
        return invalid(Problem::StateMismatch, repeated(u"state"_s));
    if (expectedState.isEmpty() || states.constFirst().toUtf8() != expectedState)
        return invalid(Problem::StateMismatch,
                       Tr::tr("The answer's state does not match this sign-in: it comes from an "
                              "older browser tab or another sign-in, or was forged (cross-site "
                              "request forgery). It was ignored."));
    for (const QString &key : knownKeys()) {
        if (params.count(key) > 1)
            return invalid(Problem::Malformed, repeated(key));
    }
    RedirectResult result;
    if (params.contains(u"error"_s)) {
        result.kind = RedirectResult::Kind::Error;
        result.error = params.value(u"error"_s);
        result.errorDescription = params.value(u"error_description"_s);
        result.errorUri = params.value(u"error_uri"_s);
        result.message = errorMessage(result.error, result.errorDescription);
        return result;
    }
    if (params.value(u"code"_s).isEmpty())
        return invalid(Problem::Malformed,
                       Tr::tr("The answer has neither a code nor an error; it was ignored."));
    result.kind = RedirectResult::Kind::Code;
    result.code = params.value(u"code"_s);
    return result;
}

bool hasAnswer(const Params &params)
{
    return params.contains(u"code"_s) || params.contains(u"error"_s) || params.contains(u"state"_s);
}

} // namespace

bool isRedirectTo(const QUrl &candidate, const QUrl &registered)
{
    if (!candidate.isValid() || !registered.isValid() || candidate.isRelative()
        || registered.isRelative())
        return false;
    if (candidate.scheme().compare(registered.scheme(), Qt::CaseInsensitive) != 0)
        return false;
    if (candidate.host().compare(registered.host(), Qt::CaseInsensitive) != 0)
        return false;
    if (!candidate.userInfo().isEmpty())
        return false;
    const bool loopback = isLoopbackHost(registered.host());
    if (!loopback) {
        const int defaultPort = registered.scheme() == u"http"_s    ? 80
                                : registered.scheme() == u"https"_s ? 443
                                                                    : -1;
        if (candidate.port(defaultPort) != registered.port(defaultPort))
            return false;
    }
    const auto path = [](const QUrl &url) {
        const QString p = url.path(QUrl::FullyEncoded);
        return p.isEmpty() ? u"/"_s : p;
    };
    return path(candidate) == path(registered);
}

RedirectResult parseRedirect(const QUrl &url, const QUrl &registered,
                             const QByteArray &expectedState)
{
    if (!isRedirectTo(url, registered))
        return invalid(RedirectResult::Problem::NotTheRedirect,
                       Tr::tr("This address is not the registered redirect URI %1; it was "
                              "ignored.")
                           .arg(registered.toDisplayString()));
    Params params = parseForm(url.query(QUrl::FullyEncoded));
    bool inFragment = false;
    if (!hasAnswer(params)) {
        const Params fromFragment = parseForm(url.fragment(QUrl::FullyEncoded));
        if (hasAnswer(fromFragment)) {
            params = fromFragment;
            inFragment = true;
        }
    }
    RedirectResult result = checkedAnswer(params, expectedState);
    if (inFragment) {
        const QString note = Tr::tr("The answer arrived in the URL fragment (response_mode="
                                    "fragment) instead of the query that PCAuth asks for; "
                                    "check what rewrites the sign-in request.");
        result.message = result.message.isEmpty() ? note : result.message + u'\n' + note;
    }
    return result;
}

} // namespace PCAuth
