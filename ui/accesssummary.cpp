// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "accesssummary.h"

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// How many findings a tooltip lists before "and N more".
constexpr int ToolTipLines = 12;

bool needsAttention(AccessStatus status)
{
    return status == AccessStatus::Warning || status == AccessStatus::Problem;
}

/// What the finding is about, for its key: never a secret, only ids the services show.
QString subjectId(const AccessVerdict &verdict, const QString &tenantId)
{
    for (const QLatin1StringView field : {"relationshipId"_L1, "keyId"_L1}) {
        const QString id = verdict.evidence.value(field).toString();
        if (!id.isEmpty())
            return id;
    }
    return tenantId;
}

int daysLeft(const AccessVerdict &verdict)
{
    return verdict.evidence.value("daysLeft"_L1).toInt();
}

/// The worst of `verdicts` (the first of equals), or nullptr when all are Ok.
const AccessVerdict *worstOf(const QList<AccessVerdict> &verdicts)
{
    const AccessVerdict *worst = nullptr;
    for (const AccessVerdict &verdict : verdicts) {
        if (verdict.status != AccessStatus::Ok && (!worst || verdict.status > worst->status))
            worst = &verdict;
    }
    return worst;
}

/// Findings about the sign-in itself, which decide every call of the profile (and make its
/// customers' findings follow from them), in the order they explain the others.
int rootCauseRank(const QString &check)
{
    static const QStringList checks{u"partner-center-mfa"_s, u"gdap-list-empty"_s,
                                    u"redirect-uri"_s, u"sam-app"_s, u"partner-grants"_s};
    const qsizetype i = checks.indexOf(check);
    return i < 0 ? int(checks.size()) : int(i);
}

bool isRootCause(const AccessVerdict &verdict)
{
    return verdict.status >= AccessStatus::Warning
           && rootCauseRank(verdict.check) < rootCauseRank({});
}

QList<AccessVerdict> customerVerdicts(const CustomerAccess &customer)
{
    QList<AccessVerdict> verdicts = customer.gdap;
    if (!customer.consent.verdict.check.isEmpty())
        verdicts.append(customer.consent.verdict);
    return verdicts;
}

QString bulleted(const QStringList &lines, qsizetype more)
{
    QStringList out;
    for (const QString &line : lines)
        out.append(u"\u2022 "_s + line);
    if (more > 0)
        out.append(AccessSummary::tr("\u2026 and %n more", nullptr, int(more)));
    return out.join(u'\n');
}

QString verdictLine(const QString &subject, const AccessVerdict &verdict)
{
    const QString text =
        verdict.action.isEmpty() ? verdict.reason : verdict.reason + u' ' + verdict.action;
    return subject.isEmpty() ? text : u"%1: %2"_s.arg(subject, text);
}

AccessCell notChecked()
{
    AccessCell cell;
    cell.text = AccessSummary::tr("Not checked");
    cell.toolTip = AccessSummary::tr("Use “Check access” to see whether the calls "
                                     "will work (MFA, the app, GDAP, consent).");
    return cell;
}

AccessCell cellOf(AccessStatus status, const QString &headline, const QStringList &lines)
{
    AccessCell cell;
    cell.checked = true;
    cell.status = status;
    cell.headline = headline;
    cell.text = headline.isEmpty() ? accessStatusLabel(status)
                                   : u"%1: %2"_s.arg(accessStatusLabel(status), headline);
    cell.toolTip = lines.isEmpty() ? AccessSummary::tr("Every access check passed.")
                                   : bulleted(lines.mid(0, ToolTipLines),
                                              std::max<qsizetype>(0, lines.size() - ToolTipLines));
    return cell;
}

} // namespace

QList<AccessItem> accessItems(const AccessReport &report)
{
    QList<AccessItem> items;
    const auto add = [&](const AccessVerdict &verdict, const QString &subject,
                         const QString &tenantId) {
        items.append(AccessItem{
            u"%1/%2/%3"_s.arg(report.profileId, verdict.check, subjectId(verdict, tenantId)),
            subject, tenantId, verdict});
    };
    for (const AccessVerdict &verdict : report.profile)
        add(verdict, report.profileName, QString());
    for (const CustomerAccess &customer : report.customers) {
        for (const AccessVerdict &verdict : customerVerdicts(customer))
            add(verdict, customer.customer.companyName, customer.customer.tenantId);
    }
    std::stable_sort(items.begin(), items.end(), [](const AccessItem &a, const AccessItem &b) {
        return a.verdict.status > b.verdict.status;
    });
    return items;
}

QString accessHeadline(const AccessVerdict &verdict)
{
    // Checks whose short form is fixed: the rule's id, or the id and the status.
    static const struct
    {
        QLatin1StringView check;
        std::optional<AccessStatus> status;
        const char *text;
    } fixed[] = {
        {"gdap-expired"_L1, {}, QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "GDAP has ended")},
        {"gdap-terminated"_L1, {}, QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "GDAP terminated")},
        {"gdap-approval-pending"_L1, AccessStatus::Problem,
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "GDAP request lapsed")},
        {"gdap-approval-pending"_L1,
         {},
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "GDAP awaits approval")},
        {"gdap-not-active"_L1,
         {},
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "GDAP not active yet")},
        {"gdap-global-administrator"_L1,
         {},
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "GDAP cannot auto-extend")},
        {"gdap-none"_L1, {}, QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "No GDAP relationship")},
        {"gdap-assignments"_L1, AccessStatus::Problem,
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "GDAP roles assigned to no group")},
        {"gdap-assignments"_L1, AccessStatus::Warning,
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "GDAP role assignments pending")},
        {"consent"_L1, AccessStatus::Problem,
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "The app is not consented")},
        {"consent"_L1, AccessStatus::Warning,
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "The app's consent lacks permissions")},
        {"secret-expired"_L1, {}, QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "App secret expired")},
        {"certificate-expired"_L1,
         {},
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "App certificate expired")},
        {"credential-none-valid"_L1,
         {},
         QT_TRANSLATE_NOOP("PCAuth::AccessSummary", "No valid app credential")},
    };
    const QString &check = verdict.check;
    if (check == "gdap-expiring"_L1)
        return AccessSummary::tr("GDAP ends in %n days", nullptr, daysLeft(verdict));
    if (check == "secret-expiring"_L1)
        return AccessSummary::tr("App secret expires in %n days", nullptr, daysLeft(verdict));
    if (check == "certificate-expiring"_L1)
        return AccessSummary::tr("App certificate expires in %n days", nullptr, daysLeft(verdict));
    for (const auto &entry : fixed) {
        if (check == entry.check && (!entry.status || *entry.status == verdict.status))
            return AccessSummary::tr(entry.text);
    }
    return verdict.reason;
}

ReportHeadline reportHeadline(const AccessReport &report)
{
    ReportHeadline headline;
    const auto rank = [](const AccessVerdict &v) {
        return std::tuple(isRootCause(v), int(v.status), -rootCauseRank(v.check));
    };
    for (const AccessVerdict &verdict : report.profile) {
        if (verdict.status != AccessStatus::Ok
            && (!headline.partner || rank(verdict) > rank(*headline.partner)))
            headline.partner = &verdict;
    }
    for (const CustomerAccess &customer : report.customers) {
        const AccessStatus status = customer.status();
        if (needsAttention(status))
            ++headline.customersNeedingAttention;
        if (status == AccessStatus::Ok)
            continue;
        if (!headline.customer || status > headline.customer->status()) {
            headline.customer = &customer;
            headline.customersAtWorst = 1;
        } else if (status == headline.customer->status()) {
            ++headline.customersAtWorst;
        }
    }
    if (headline.customer)
        headline.customerVerdict = worstOf(customerVerdicts(*headline.customer));
    headline.customerFirst =
        headline.customerVerdict
        && (!headline.partner
            || (!isRootCause(*headline.partner)
                && headline.customerVerdict->status > headline.partner->status));
    return headline;
}

AccessCell profileAccessCell(const AccessReport *report)
{
    if (!report)
        return notChecked();
    // The tooltip: the partner's findings in full, then one line per customer (its worst
    // finding, in short; its own row has the rest), worst first.
    QStringList lines;
    if (!report->problem.isEmpty())
        lines.append(report->problem);
    QStringList customerLines;
    QStringList seen;
    for (const AccessItem &item : accessItems(*report)) {
        if (item.verdict.status == AccessStatus::Ok)
            continue;
        if (item.tenantId.isEmpty()) {
            lines.append(verdictLine(QString(), item.verdict));
            continue;
        }
        if (seen.contains(item.tenantId))
            continue;
        seen.append(item.tenantId);
        customerLines.append(u"%1: %2"_s.arg(item.subject, accessHeadline(item.verdict)));
    }
    lines += customerLines;

    // The text: the headline finding first, then the other side's in a few words.
    const ReportHeadline headline = reportHeadline(*report);
    QString customerPart;
    if (headline.customersNeedingAttention == 1 && headline.customerVerdict
        && needsAttention(headline.customerVerdict->status)) {
        customerPart = u"%1: %2"_s.arg(headline.customer->customer.companyName,
                                       accessHeadline(*headline.customerVerdict));
    } else if (headline.customersNeedingAttention > 1) {
        customerPart = AccessSummary::tr("%n customers need attention", nullptr,
                                         headline.customersNeedingAttention);
    }
    const QString partnerPart = headline.partner ? accessHeadline(*headline.partner) : QString();
    QStringList parts;
    if (!report->problem.isEmpty())
        parts.append(AccessSummary::tr("Customers could not be read"));
    for (const QString &part : headline.customerFirst ? QStringList{customerPart, partnerPart}
                                                      : QStringList{partnerPart, customerPart}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    if (parts.isEmpty() && report->status() == AccessStatus::Unknown)
        parts.append(AccessSummary::tr("Some checks had no answer"));
    return cellOf(report->status(), parts.join(u"; "_s), lines);
}

AccessCell customerAccessCell(const AccessReport *report, const QString &tenantId)
{
    if (!report)
        return notChecked();
    for (const CustomerAccess &customer : report->customers) {
        if (customer.customer.tenantId.compare(tenantId, Qt::CaseInsensitive) != 0)
            continue;
        const QList<AccessVerdict> verdicts = customerVerdicts(customer);
        QStringList lines;
        for (const AccessVerdict &verdict : verdicts) {
            if (verdict.status != AccessStatus::Ok)
                lines.append(verdictLine(QString(), verdict));
        }
        const AccessVerdict *worst = worstOf(verdicts);
        return cellOf(customer.status(), worst ? accessHeadline(*worst) : QString(), lines);
    }
    return notChecked();
}

} // namespace PCAuth
