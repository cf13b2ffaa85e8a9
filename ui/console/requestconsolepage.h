// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QTimer>
#include <QWidget>

namespace Ui {
class RequestConsolePage;
}

namespace PCAuth {

class AppServices;
class ConsoleController;

namespace Console {
class BodySearch;
} // namespace Console

/// Sends one request of the user's choosing to Partner Center, Graph or ARM with a profile's
/// token and shows everything support asks for: status, MS-RequestId and MS-CorrelationId,
/// the headers sent (token redacted) and received, and the body (pretty JSON, searchable).
///
/// The work (the request being built, sending it, the answer) is the ConsoleController's;
/// this page binds its fields to it both ways, forwards Send, Cancel and the shortcuts, and
/// shows the answer.
class RequestConsolePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestConsolePage)
public:
    explicit RequestConsolePage(AppServices &services, QWidget *parent = nullptr);
    ~RequestConsolePage() override;

    ConsoleController &controller() { return *m_controller; }

    /// Selects the profile and tenant (empty: the partner tenant) and a fitting preset:
    /// Partner Center customers for the partner tenant, Graph organization for a customer.
    void prepare(const QString &profileId, const QString &tenantId);

private:
    void setupShortcuts();
    void bindFields();
    void showProfiles();
    void showRequest();
    void showResponse();
    void showMessage();
    void showBodyProblem();
    void showBusy();
    void copyAsCurl();

    std::unique_ptr<Ui::RequestConsolePage> m_ui;
    ConsoleController *m_controller;
    Console::BodySearch *m_search;
    QTimer m_copyReset; // "Copied" back to the button's label
    QString m_copyLabel; // the label while "Copied" shows
};

} // namespace PCAuth
