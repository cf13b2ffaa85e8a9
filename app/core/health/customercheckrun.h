// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "health/healthcheck.h"
#include "profiles/profile.h"

#include <memory>

#include <QObject>
#include <QPointer>

namespace PCAuth {

class AccessTokenSource;
class AppServices;

/// Reads a profile's customers from Partner Center (all pages) and then checks each one with
/// CustomerHealthCheck, as `pcauthctl health --customers` does, but without waiting: every
/// step reports through signals, and cancel() stops whatever runs (the listing is dropped,
/// the check abandons its requests). One object per run; it deletes nothing itself.
class CustomerHealthRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerHealthRun)
public:
    CustomerHealthRun(AppServices &services, Profile profile, QObject *parent = nullptr);
    ~CustomerHealthRun() override;

    QString profileId() const { return m_profile.id; }
    /// Starts reading; finished() always follows, later.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    /// cancel() was called: the user stopped it, nothing went wrong.
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    /// While reading the list: how many customers have been read.
    void listProgress(int read);
    void listed(const QList<PCAuth::Customer> &customers);
    void checkProgress(int done, int total);
    void customerChecked(int index, const PCAuth::CustomerHealth &health);
    /// `problem`: why the list could not be read (empty when it was); `summary` is the
    /// check's one-line summary, empty when nothing was checked.
    void finished(const QString &problem, const QString &summary);

private:
    void startCheck(const QList<Customer> &customers);
    void finish(const QString &problem, const QString &summary);

    AppServices &m_services;
    Profile m_profile;
    std::unique_ptr<AccessTokenSource> m_partnerCenterTokens;
    QPointer<QObject> m_listing; // context of the listing: deleting it drops its answer
    PartnerCenterClient *m_client = nullptr;
    CustomerHealthCheck *m_check = nullptr;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace PCAuth
