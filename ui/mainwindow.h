// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QMainWindow>

namespace Ui {
class MainWindow;
}

namespace PCAuth {

class Clock;
class TokenInspectorPage;

/// The shell: a navigation list on the left, one page per view on the right. Pages are
/// created here and own their controllers; nothing heavy (keychain, network, WebEngine)
/// starts until a page needs it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    TokenInspectorPage *tokenInspector() const { return m_inspector; }

private:
    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    TokenInspectorPage *m_inspector = nullptr;
};

} // namespace PCAuth
