// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "gdapexport.h"

using namespace Qt::StringLiterals;

namespace PCAuth {

QString GdapRow::findings() const
{
    QStringList reasons;
    for (const AccessVerdict &v : verdicts) {
        if (v.status != AccessStatus::Ok)
            reasons << v.reason;
    }
    if (reasons.isEmpty() && !verdicts.isEmpty())
        reasons << verdicts.constFirst().reason;
    return reasons.join(u' ');
}

QList<GdapRow> gdapRows(const AccessReport &report, const QDateTime &now)
{
    QList<GdapRow> rows;
    for (const CustomerAccess &c : report.customers) {
        GdapRow base;
        base.customerName = c.customer.companyName;
        base.customerTenantId = c.customer.tenantId;
        if (c.relationships.isEmpty()) {
            // Only a "no relationship" finding is worth a row; "could not be told" is not.
            const bool none = std::any_of(c.gdap.cbegin(), c.gdap.cend(),
                                          [](const auto &v) { return v.check == "gdap-none"_L1; });
            if (!none)
                continue;
            base.verdicts = c.gdap;
            base.status = worstStatus(c.gdap);
            rows.append(base);
            continue;
        }
        for (const GdapRelationship &r : c.relationships) {
            GdapRow row = base;
            row.relationship = r;
            row.verdicts = evaluateRelationship(r, now, report.warningDays, QString());
            row.status = worstStatus(row.verdicts);
            if (r.end.isValid())
                row.daysLeft = daysUntil(now, r.end);
            rows.append(row);
        }
    }
    return rows;
}

QString csvField(const QString &text)
{
    static const QString special = u",\"\r\n"_s;
    if (!std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return special.contains(ch); }))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray gdapCsv(const AccessReport &report, const QDateTime &now)
{
    const QStringList header{u"customer"_s,
                             u"customer_tenant_id"_s,
                             u"relationship"_s,
                             u"relationship_id"_s,
                             u"relationship_status"_s,
                             u"end"_s,
                             u"days_left"_s,
                             u"auto_extend"_s,
                             u"roles"_s,
                             u"status"_s,
                             u"findings"_s};
    QString out = header.join(u',') + u"\r\n"_s;
    for (const GdapRow &row : gdapRows(report, now)) {
        const GdapRelationship r = row.relationship.value_or(GdapRelationship());
        const QStringList fields{
            row.customerName,
            row.customerTenantId,
            r.displayName,
            r.id,
            row.relationship ? r.status : u"none"_s,
            isoDate(r.end),
            row.daysLeft ? QString::number(*row.daysLeft) : QString(),
            row.relationship ? (r.autoExtends() ? u"yes"_s : u"no"_s) : QString(),
            r.roleNames().join(u"; "_s),
            accessStatusId(row.status),
            row.findings(),
        };
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace PCAuth
