// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace PCAuth {

/// What came back on the redirect URI after a sign-in, checked against the request.
///
/// Security decisions live here so that the embedded browser and the loopback receiver make
/// the same ones:
///  - an answer without state, or with another state, is never used (CSRF, or an old tab);
///  - the redirect must be the registered one (scheme, host, path; port free for loopback,
///    as Entra allows);
///  - `message` is for the user and never contains the code.
struct RedirectResult
{
    enum class Kind { Code, Error, Invalid };
    /// Why an answer is Invalid, for callers that act differently (the loopback receiver keeps
    /// waiting after NoState or StateMismatch; a CLI maps them to exit codes).
    enum class Problem {
        None,
        NotTheRedirect, // another address: not an answer at all
        NoState, // no state parameter: not started by PCAuth
        StateMismatch, // another sign-in's answer (an old tab), a forged one, or state twice
        Malformed, // the one right state, but no code and no error, or another parameter twice
        TimedOut, // set by the loopback receiver
        Cancelled, // set by the loopback receiver
        ListenFailed, // set by the loopback receiver
    };

    Kind kind = Kind::Invalid;
    Problem problem = Problem::None;
    /// The authorization code. Secret until redeemed: never log or show it.
    QString code;
    /// Entra's error, error_description and error_uri, as sent.
    QString error, errorDescription, errorUri;
    /// Plain words for the user: what happened and what to do. Empty for a normal Code.
    QString message;
};

/// True when `candidate` is an answer on `registered`: same scheme and host (case-insensitive),
/// same path ("" and "/" are the same), same port unless the registered host is loopback
/// (localhost, 127.0.0.0/8, ::1), where Entra accepts any port. Query and fragment are not
/// compared. For the embedded browser's navigation interceptor: a match is caught and never
/// loaded.
bool isRedirectTo(const QUrl &candidate, const QUrl &registered);

/// Reads the answer in `url`: the query (form-encoded: '+' is a space), or the fragment when a
/// misconfigured response_mode=fragment put it there (message says so). Checks, in order:
/// the address; the state: missing (NoState), given more than once or other than
/// `expectedState` (StateMismatch); only then a duplicated parameter (Malformed), error
/// (Kind::Error, explained through the error catalogue; access_denied is a cancelled sign-in or
/// declined consent), then code (Kind::Code). So Malformed, which ends a sign-in, needs the
/// one expected state: a request without it never does.
RedirectResult parseRedirect(const QUrl &url, const QUrl &registered,
                             const QByteArray &expectedState);

} // namespace PCAuth
