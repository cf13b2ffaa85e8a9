// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "bodysearch.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace PCAuth::Console {

BodySearch::BodySearch(QLineEdit *edit, QLabel *countLabel, QPlainTextEdit *view, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_count(countLabel)
    , m_view(view)
{
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &BodySearch::refresh);
    showCount();
}

BodySearch::~BodySearch() = default;

bool BodySearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                previous();
            else
                next();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void BodySearch::refresh()
{
    findAll();
    select(m_matches.isEmpty() ? -1 : 0);
}

void BodySearch::next()
{
    if (!m_matches.isEmpty())
        select((m_current + 1) % int(m_matches.size()));
}

void BodySearch::previous()
{
    if (!m_matches.isEmpty())
        select((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
}

void BodySearch::findAll()
{
    m_matches.clear();
    const QString needle = m_edit->text();
    if (needle.isEmpty())
        return;
    QTextDocument *document = m_view->document();
    QTextCursor cursor = document->find(needle, 0);
    while (!cursor.isNull()) {
        m_matches.append(cursor);
        cursor = document->find(needle, cursor);
    }
}

void BodySearch::select(int index)
{
    m_current = index;
    // Every match in the palette's highlight colours, so that dark mode reads too; the
    // current one is the view's own selection.
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(m_view->palette().color(QPalette::Inactive, QPalette::Highlight));
    format.setForeground(m_view->palette().color(QPalette::Inactive, QPalette::HighlightedText));
    for (const QTextCursor &match : std::as_const(m_matches))
        marks.append({match, format});
    m_view->setExtraSelections(marks);
    if (index >= 0) {
        m_view->setTextCursor(m_matches.at(index));
        m_view->ensureCursorVisible();
    } else {
        QTextCursor cursor = m_view->textCursor();
        cursor.clearSelection();
        m_view->setTextCursor(cursor);
    }
    showCount();
}

void BodySearch::showCount()
{
    if (m_edit->text().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

} // namespace PCAuth::Console
