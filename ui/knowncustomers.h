// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "health/healthcheck.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace PCAuth {

/// What the app last learnt of each profile's customers, whichever view asked: the latest
/// list Partner Center gave (the dashboard's "Check customers" or the Customers page's Load)
/// and the latest check result of each customer. Views seed themselves from it instead of
/// asking the network again, and follow its signals to stay in step.
///
/// Memory only: a new run of the app starts empty. A new list of a profile keeps the results
/// of the customers still in it.
class KnownCustomers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnownCustomers)
public:
    explicit KnownCustomers(QObject *parent = nullptr);
    ~KnownCustomers() override;

    bool hasList(const QString &profileId) const { return m_profiles.contains(profileId); }
    /// The latest complete list, in Partner Center's order; empty when none.
    QList<Customer> customers(const QString &profileId) const;
    /// When that list was read (UTC); invalid when none.
    QDateTime listedAt(const QString &profileId) const;
    /// The latest result per customer id of the profile.
    QHash<QString, CustomerHealth> results(const QString &profileId) const;

    void setList(const QString &profileId, const QList<Customer> &customers,
                 const QDateTime &listedAt);
    void setResult(const QString &profileId, const CustomerHealth &health);

Q_SIGNALS:
    void listChanged(const QString &profileId);
    void resultChanged(const QString &profileId, const PCAuth::CustomerHealth &health);

private:
    struct Known
    {
        QList<Customer> customers;
        QDateTime listedAt;
        QHash<QString, CustomerHealth> results; // by customer id
    };
    QHash<QString, Known> m_profiles;
};

} // namespace PCAuth
