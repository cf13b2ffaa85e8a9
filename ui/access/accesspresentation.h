// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "access/accessverdict.h"
#include "healthpresentation.h" // accessStatusColor(), accessStatusIcon(): one look everywhere

#include <QIdentityProxyModel>

class QStyle;

namespace PCAuth {

/// Adds the status icon (on `iconColumn`) and colour (on `colorColumns`) to the rows of an
/// Access view model, from their AccessRoles::Status. With `headlineInName`, column 0 shows
/// the name and, below it, the headline column: the profile list's two-line rows.
class AccessStatusDecorator final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessStatusDecorator)
public:
    AccessStatusDecorator(const QStyle *style, int iconColumn, QList<int> colorColumns,
                          QObject *parent);
    ~AccessStatusDecorator() override;

    void setHeadlineColumn(int column) { m_headlineColumn = column; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const QStyle *m_style;
    int m_iconColumn;
    QList<int> m_colorColumns;
    int m_headlineColumn = -1;
};

} // namespace PCAuth
