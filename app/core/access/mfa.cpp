// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "access/mfa.h"

#include <algorithm>
#include <climits>

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

std::optional<bool> boolOf(const QByteArray &text)
{
    const QByteArray t = text.trimmed().toLower();
    if (t == "true")
        return true;
    if (t == "false")
        return false;
    return std::nullopt;
}

} // namespace

MfaProbe MfaProbe::fromResult(const ApiResult &result)
{
    MfaProbe probe;
    QByteArray header;
    for (const auto &[name, value] : result.headers) {
        if (name.compare("isMfaCompliant", Qt::CaseInsensitive) == 0)
            header = value;
    }
    const std::optional<bool> fromHeader = boolOf(header);
    std::optional<bool> fromBody;
    const QJsonValue body = result.json.object().value("isMfaCompliant"_L1);
    if (body.isBool())
        fromBody = body.toBool();
    if (fromHeader && fromBody) {
        probe.compliant = *fromHeader && *fromBody;
        probe.source = u"header and body"_s;
    } else if (fromHeader) {
        probe.compliant = fromHeader;
        probe.source = u"header"_s;
    } else if (fromBody) {
        probe.compliant = fromBody;
        probe.source = u"body"_s;
    }
    return probe;
}

AccessVerdict evaluateMfa(const ApiResult &result, const MfaVerdict &amr, const QString &request)
{
    const MfaProbe probe = MfaProbe::fromResult(result);
    AccessVerdict v;
    v.check = u"partner-center-mfa"_s;
    v.evidence = QJsonObject{{u"request"_s, request},
                             {u"status"_s, result.status},
                             {u"requestId"_s, result.requestId},
                             {u"correlationId"_s, result.correlationId},
                             {u"amr"_s, mfaStateId(amr.state)},
                             {u"amrEvidence"_s, amr.evidence}};
    if (probe.compliant) {
        v.evidence.insert(u"isMfaCompliant"_s, *probe.compliant);
        v.evidence.insert(u"source"_s, probe.source);
    }
    const QString code = result.error ? result.error->error : QString();
    if (result.status == 401 && (code == "900421"_L1 || code == "10001"_L1)) {
        v.status = AccessStatus::Problem;
        v.reason = AccessText::tr("Partner Center rejects this token's app+user calls: it "
                                  "carries no multi-factor authentication (code %1).")
                       .arg(code);
        v.action = AccessText::tr("Sign in again through the partner consent and complete "
                                  "multi-factor authentication. App-only calls are not "
                                  "affected.");
        return v;
    }
    if (probe.compliant == true) {
        v.status = AccessStatus::Ok;
        v.reason = AccessText::tr("Partner Center counts this token as MFA-compliant.");
        return v;
    }
    if (probe.compliant == false) {
        v.status = AccessStatus::Warning;
        v.reason = AccessText::tr("Partner Center answers this token's calls but does not count "
                                  "it as MFA-compliant: they will fail once MFA is enforced.");
        v.action = AccessText::tr("Sign in again through the partner consent and complete "
                                  "multi-factor authentication.");
        return v;
    }
    v.status = AccessStatus::Unknown;
    v.reason = result.ok() ? AccessText::tr("Partner Center did not say whether the token is "
                                            "MFA-compliant; the token's own claims: %1.")
                                 .arg(amr.evidence)
                           : AccessText::tr("The MFA probe failed: %1")
                                 .arg(result.errorMessage().section(u'\n', 0, 0));
    return v;
}

Expected<QList<MfaAdoption>> summarizeMfaAdoption(const QJsonArray &entries, const QDate &today,
                                                  int days)
{
    QList<MfaAdoption> apps;
    const QDate first = today.addDays(-(days - 1));
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QString appId = e.value("applicationId"_L1).toString().toLower();
        if (appId.isEmpty())
            return fail(AccessText::tr("An MFA adoption entry has no \"applicationId\"."));
        const QString dayText = e.value("loginDate"_L1).toString().left(10);
        const QDate day = QDate::fromString(dayText, Qt::ISODate);
        if (!day.isValid())
            return fail(AccessText::tr("An MFA adoption entry has no valid \"loginDate\"."));
        if (day < first || day > today)
            continue;
        auto it = std::find_if(apps.begin(), apps.end(),
                               [&appId](const MfaAdoption &a) { return a.applicationId == appId; });
        if (it == apps.end()) {
            apps.append(MfaAdoption{appId, e.value("applicationName"_L1).toString(), 0, 0, 0, {}});
            it = std::prev(apps.end());
        }
        it->totalRequests += e.value("totalRequestCount"_L1).toInteger();
        it->compliantRequests += e.value("mfaCompliantRequestCount"_L1).toInteger();
        it->days += 1;
        if (!it->lastDay.isValid() || day > it->lastDay)
            it->lastDay = day;
    }
    std::stable_sort(apps.begin(), apps.end(), [](const MfaAdoption &a, const MfaAdoption &b) {
        return a.totalRequests > b.totalRequests;
    });
    return apps;
}

AccessVerdict evaluateMfaAdoption(const QList<MfaAdoption> &summary, const QString &clientId,
                                  const QString &request)
{
    AccessVerdict v;
    v.check = u"mfa-adoption"_s;
    QJsonArray apps;
    const MfaAdoption *mine = nullptr;
    for (const MfaAdoption &a : summary) {
        apps.append(QJsonObject{{u"applicationId"_s, a.applicationId},
                                {u"applicationName"_s, a.applicationName},
                                {u"totalRequests"_s, a.totalRequests},
                                {u"mfaCompliantRequests"_s, a.compliantRequests},
                                {u"days"_s, a.days}});
        if (a.applicationId == clientId.toLower())
            mine = &a;
    }
    v.evidence = QJsonObject{{u"request"_s, request}, {u"applications"_s, apps}};
    if (!mine || mine->totalRequests == 0) {
        v.status = AccessStatus::Ok;
        v.reason = AccessText::tr("Partner Center recorded no app+user requests of this app in "
                                  "the last 30 days.");
        return v;
    }
    const qint64 without = mine->totalRequests - mine->compliantRequests;
    const int total = int(std::min<qint64>(mine->totalRequests, INT_MAX)); // for the plural
    if (without <= 0) {
        v.status = AccessStatus::Ok;
        v.reason = AccessText::tr("All %n app+user requests of this app in the last 30 days "
                                  "carried MFA.",
                                  nullptr, total);
        return v;
    }
    v.status = AccessStatus::Warning;
    v.reason = AccessText::tr("%1 of %n app+user requests of this app in the last 30 days "
                              "carried no MFA.",
                              nullptr, total)
                   .arg(without);
    v.action = AccessText::tr("Find the jobs that use an old token without MFA and run the "
                              "partner consent again with MFA for them.");
    return v;
}

} // namespace PCAuth
