// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "apiauth.h"

#include "crypto.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

BearerCheck checkBearer(const SandboxContext &ctx, const HttpRequest &req,
                        const QStringList &audiences)
{
    BearerCheck r;
    const QByteArray auth = req.header("Authorization"_ba);
    if (!auth.startsWith("Bearer "_ba) || auth.size() <= 7) {
        r.failure = BearerCheck::Failure::Missing;
        r.message = u"The request has no bearer token in the Authorization header."_s;
        return r;
    }
    const auto jwt = parseJwt(auth.mid(7).trimmed());
    if (!jwt) {
        r.failure = BearerCheck::Failure::Malformed;
        r.message = u"The bearer token is not a well-formed JWT."_s;
        return r;
    }
    if (jwt->header.value("alg"_L1).toString() != "RS256"_L1
        || jwt->header.value("kid"_L1).toString().toLatin1() != ctx.kid
        || !ctx.signingKey.verify("RS256"_ba, jwt->signingInput, jwt->signature)) {
        r.failure = BearerCheck::Failure::BadSignature;
        r.message = u"The bearer token signature is invalid."_s;
        return r;
    }
    const QJsonObject &c = jwt->payload;
    if (!audiences.contains(c.value("aud"_L1).toString(), Qt::CaseInsensitive)) {
        r.failure = BearerCheck::Failure::WrongAudience;
        r.message = u"The bearer token audience '%1' is not valid for this resource."_s.arg(
            c.value("aud"_L1).toString());
        return r;
    }
    const qint64 now = ctx.state.clock.now().toSecsSinceEpoch();
    if (qint64(c.value("exp"_L1).toDouble()) <= now
        || qint64(c.value("nbf"_L1).toDouble()) > now + 300) {
        r.failure = BearerCheck::Failure::Expired;
        r.message = u"The bearer token has expired."_s;
        return r;
    }
    r.token.claims = c;
    r.token.tenantId = c.value("tid"_L1).toString();
    r.token.clientId =
        c.contains("appid"_L1) ? c.value("appid"_L1).toString() : c.value("azp"_L1).toString();
    r.token.appOnly = c.value("idtyp"_L1).toString() == "app"_L1;
    if (!r.token.appOnly)
        r.token.userOid = c.value("oid"_L1).toString();
    const QJsonArray amr = c.value("amr"_L1).toArray();
    for (const auto &v : amr) {
        if (v.toString() == "mfa"_L1 || v.toString() == "ngcmfa"_L1)
            r.token.mfa = true;
    }
    return r;
}

} // namespace PCAuth::Sandbox
