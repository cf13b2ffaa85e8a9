// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "knowncustomers.h"

#include <QSet>

namespace PCAuth {

KnownCustomers::KnownCustomers(QObject *parent)
    : QObject(parent)
{ }

KnownCustomers::~KnownCustomers() = default;

QList<Customer> KnownCustomers::customers(const QString &profileId) const
{
    return m_profiles.value(profileId).customers;
}

QDateTime KnownCustomers::listedAt(const QString &profileId) const
{
    return m_profiles.value(profileId).listedAt;
}

QHash<QString, CustomerHealth> KnownCustomers::results(const QString &profileId) const
{
    return m_profiles.value(profileId).results;
}

void KnownCustomers::setList(const QString &profileId, const QList<Customer> &customers,
                             const QDateTime &listedAt)
{
    Known &known = m_profiles[profileId];
    known.customers = customers;
    known.listedAt = listedAt;
    QSet<QString> ids;
    ids.reserve(customers.size());
    for (const Customer &c : customers)
        ids.insert(c.id);
    known.results.removeIf([&ids](const auto &entry) { return !ids.contains(entry.key()); });
    Q_EMIT listChanged(profileId);
}

void KnownCustomers::setResult(const QString &profileId, const CustomerHealth &health)
{
    if (!health.checked)
        return; // cancelled before an answer: the previous result still says more
    m_profiles[profileId].results.insert(health.customerId, health);
    Q_EMIT resultChanged(profileId, health);
}

} // namespace PCAuth
