// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QTimer>
#include <QWidget>

namespace Ui {
class TokenInspectorPage;
}

namespace PCAuth {

class Clock;
class Jwt;

/// Decodes a pasted token for display: header, claims with plain-language explanations,
/// the MFA verdict and a live expiry countdown. Decoding happens as the user types; the
/// token never leaves the page (not logged, not stored, not sent).
class TokenInspectorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInspectorPage)

public:
    explicit TokenInspectorPage(const Clock &clock, QWidget *parent = nullptr);
    ~TokenInspectorPage() override;

    /// Shows a token obtained elsewhere (e.g. a dashboard row's current access token).
    void setToken(const QString &token);

private:
    void decode();
    void clearResults();
    void showError(const QString &message);
    void fillSummary();
    void fillTables();
    void updateExpiry();

    std::unique_ptr<Ui::TokenInspectorPage> m_ui;
    const Clock &m_clock;
    std::unique_ptr<Jwt> m_jwt;
    QTimer m_countdown;
};

} // namespace PCAuth
