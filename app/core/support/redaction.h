// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace PCAuth {

/// The rules that keep credentials out of any text PCAuth keeps or shows of a service's answer.
///
/// Error bodies carry no credentials, but a success body handed over by mistake, a proxy's echo
/// of the request or a hostile server would. The values of credential fields are replaced by
/// "[redacted]":
///   - access_token, refresh_token, id_token, client_secret, client_assertion and code_verifier,
///     at any depth and in any letter case;
///   - "code" at the top level of a JSON document, and code= in a form or a URL's query: there,
///     it is an authorization code. Nested, as Graph's error.code, "code" is an error code and
///     is kept.
/// A JSON document is redacted on its parsed form, so that a name written with escapes
/// ("access\u005ftoken") is seen the way the JSON parser and the rest of PCAuth see it; cut,
/// broken or form-style bodies, and what a document's strings carry, follow the text rules.
namespace Redaction {

/// What a service's body may become in PCAuth's hands (ServiceError::raw, messages): the
/// body redacted, then cut to at most `limit` bytes of UTF-8 on a character boundary and ended
/// with "…" when cut. A JSON document is written back compact.
QString redactBody(const QByteArray &body, qsizetype limit);

/// The text rules: `"name": value` members with JSON escapes in the name and the value (a
/// string, perhaps cut, or a bare word), and `name=value` pairs with percent-encoded names.
QString redactText(const QString &text);

/// A parsed JSON document (an object or an array) with the credential values replaced; a
/// top-level "code" string counts as an authorization code.
QJsonValue redactDocument(const QJsonValue &document);

} // namespace Redaction

} // namespace PCAuth
