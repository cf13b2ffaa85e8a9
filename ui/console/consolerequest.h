// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"
#include "cloud/cloud.h"
#include "net/httptypes.h"
#include "profiles/profile.h"
#include "support/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

/// What the request console decides without widgets: where a typed path goes and with which
/// token, the preset calls of PROTOCOL.md §4, the body check, the redacted header list and
/// the curl command line. Kept apart from the page so that the page only wires widgets.
/// A namespace of its own: other views may have helpers with the same short names.
namespace PCAuth::Console {

/// The service combo's entries; Url sends to a full URL on one of the cloud's endpoints.
enum class Target { PartnerCenter, Graph, Arm, Url };

/// One call from PROTOCOL.md §4 the user can pick instead of typing it.
struct Preset
{
    const char *name; // QT_TRANSLATE_NOOP("PCAuth::Console", ...)
    Target target;
    const char *method;
    const char *path; // "{customer}" is replaced by the tenant field, when one is given
    const char *body; // empty for calls without a body
};

/// Every preset, in the order the combo shows them.
const QList<Preset> &presets();
/// The index in presets() of the first preset with this path, or -1.
int presetIndex(const char *path);
/// The preset's path with "{customer}" replaced by `tenant` (when not empty).
QString presetPath(const Preset &preset, const QString &tenant);

/// Where a request goes: the URL, the service (its token audience), and how the engine names
/// the request id and reads error bodies for it.
struct ResolvedTarget
{
    Service service = Service::PartnerCenter;
    QUrl url;
    ApiKind kind = ApiKind::PartnerCenter;
    QString audience;
};

/// A path ("/v1/customers?size=5") on the chosen service, or a full URL that must lie under
/// one of the cloud's endpoints: the access token is only ever sent to the cloud's own
/// services. Messages begin with the field ("Path", "URL").
Expected<ResolvedTarget> resolveTarget(const Cloud &cloud, Target target, const QString &text);

/// pcauthctl's --audience value for the service: "partner-center", "graph", "arm"...
QString audienceOption(Service service);

/// GET and DELETE carry no body here; POST, PUT and PATCH may.
bool methodHasBody(const QString &method);
/// Empty text gives an empty body. Otherwise the JSON as typed (UTF-8), or a message naming
/// the body, the parser's complaint and the line and column.
Expected<QByteArray> checkJsonBody(const QString &text);

/// "eyJ0eX…(1432 chars)": the first 6 characters and the length, as pcauthctl shows tokens.
QString redactToken(const QString &token);
/// An Authorization value with its token redacted: "Bearer eyJ0eX…(1432 chars)".
QByteArray redactAuthorization(const QByteArray &value);

/// A request as it went on the wire; the Authorization value is already redacted.
struct SentRequest
{
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
};

/// Header lines "Name: value", one per line.
QString formatHeaders(const HttpHeaders &headers);

/// How a copied command runs pcauthctl so that it finds what this app uses: the program
/// (empty: "pcauthctl" from the PATH), the profiles folder and the keychain service (empty or
/// "pcauth", the default: not named).
struct CtlInvocation
{
    QString program;
    QString configDir;
    QString keychainService;
};

/// What "Copy as curl" puts on the clipboard: a shell command that works as pasted (sh, bash,
/// zsh). It fetches the bearer token at run time with `pcauthctl token` (the folder and the
/// keychain service of `ctl`) into $TOKEN, then runs curl with it. The sent request carries
/// only the redacted token, so the real one cannot slip into the text.
QString curlCommand(const SentRequest &sent, const QString &profileName, const QString &tenant,
                    const QString &audience, const CtlInvocation &ctl);

/// Whether `profiles` holds one with this id.
bool hasProfile(const QList<Profile> &profiles, const QString &id);
/// What stays chosen once the profiles were loaded again: `current` while it is still there,
/// else the first profile, else nothing.
QString keptProfile(const QList<Profile> &profiles, const QString &current);

/// "OK" for 200 and the other reason phrases of RFC 9110 a console meets; empty if unknown.
QString reasonPhrase(int status);

} // namespace PCAuth::Console
