// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QTextCursor>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace PCAuth::Console {

/// Find-in-body for a read-only text view: every match highlighted, the current one
/// selected and scrolled to, "3 of 12" in a label. Enter goes to the next match,
/// Shift+Enter to the previous one; the search wraps. Case-insensitive, plain text.
/// Owns no widget: the page's form has them.
class BodySearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodySearch)
public:
    BodySearch(QLineEdit *edit, QLabel *countLabel, QPlainTextEdit *view, QObject *parent);
    ~BodySearch() override;

    /// Finds again, e.g. after the view got a new text.
    void refresh();
    void next();
    void previous();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void findAll();
    void select(int index);
    void showCount();

    QLineEdit *m_edit;
    QLabel *m_count;
    QPlainTextEdit *m_view;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};

} // namespace PCAuth::Console
