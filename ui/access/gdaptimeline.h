// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/gdapexport.h"

#include <QWidget>

namespace PCAuth {

/// The GDAP end dates on a calendar strip: today at the left, 90 days at the right, in bands
/// of 30 days. Each relationship's end is a marker coloured by the days left (ended, within
/// the warning window, later); ended ones sit in a gutter left of today, and those beyond 90
/// days are counted at the right. Hovering a marker names customer, relationship and date;
/// clicking it emits relationshipClicked() with its row of the GdapModel.
class GdapTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GdapTimeline)
public:
    static constexpr int Days = 90;

    struct Marker
    {
        int row; // of the rows given to setRows()
        QRectF rect;
    };

    explicit GdapTimeline(QWidget *parent = nullptr);
    ~GdapTimeline() override;

    /// The rows with an end date are drawn; `warningDays` colours them.
    void setRows(const QList<GdapRow> &rows, int warningDays);
    const QList<Marker> &markers() const { return m_markers; }
    /// The marker's row under `pos`, or -1.
    int rowAt(const QPointF &pos) const;
    /// "Northwind Traders: Northwind Traders support, ends 12/12/26 (5 days)".
    QString markerText(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void relationshipClicked(int row);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF axisRect() const;
    qreal xOf(int days) const;
    void layoutMarkers();
    void updateAccessibleDescription();

    QList<GdapRow> m_rows;
    int m_warningDays = 30;
    QList<Marker> m_markers;
    int m_beyond = 0; // relationships ending after the strip
};

} // namespace PCAuth
