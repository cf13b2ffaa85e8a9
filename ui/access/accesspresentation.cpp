// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "accesspresentation.h"

#include "accessmodels.h"
#include "healthpresentation.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace PCAuth {

AccessStatusDecorator::AccessStatusDecorator(const QStyle *style, int iconColumn,
                                             QList<int> colorColumns, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_style(style)
    , m_iconColumn(iconColumn)
    , m_colorColumns(std::move(colorColumns))
{ }

AccessStatusDecorator::~AccessStatusDecorator() = default;

QVariant AccessStatusDecorator::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DisplayRole && m_headlineColumn >= 0 && index.column() == 0) {
        const QString headline =
            QIdentityProxyModel::data(index.siblingAtColumn(m_headlineColumn)).toString();
        return u"%1\n%2"_s.arg(QIdentityProxyModel::data(index).toString(), headline);
    }
    if (role != Qt::DecorationRole && role != Qt::ForegroundRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant status = QIdentityProxyModel::data(index, AccessRoles::Status);
    if (role == Qt::DecorationRole && index.column() == m_iconColumn) {
        return status.isValid() ? accessStatusIcon(AccessStatus(status.toInt()), m_style)
                                : accessStatusIcon(AccessStatus::Unknown, m_style);
    }
    if (role == Qt::ForegroundRole && status.isValid() && m_colorColumns.contains(index.column()))
        return accessStatusColor(AccessStatus(status.toInt()), QGuiApplication::palette());
    return QIdentityProxyModel::data(index, role);
}

} // namespace PCAuth
