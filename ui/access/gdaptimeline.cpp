// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "gdaptimeline.h"

#include "accessmodels.h"
#include "accesspresentation.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

constexpr qreal MarkerSize = 12;
constexpr qreal Gutter = 44; // ended relationships, left of today

} // namespace

GdapTimeline::GdapTimeline(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("GDAP end dates, today to 90 days"));
    updateAccessibleDescription();
}

GdapTimeline::~GdapTimeline() = default;

QSize GdapTimeline::sizeHint() const
{
    return {600, minimumSizeHint().height()};
}

QSize GdapTimeline::minimumSizeHint() const
{
    return {300, fontMetrics().height() * 2 + int(MarkerSize) * 4 + 8};
}

void GdapTimeline::setRows(const QList<GdapRow> &rows, int warningDays)
{
    m_rows = rows;
    m_warningDays = warningDays;
    layoutMarkers();
    updateAccessibleDescription();
    update();
}

QRectF GdapTimeline::axisRect() const
{
    const qreal labels = fontMetrics().height() + 4;
    const qreal right = fontMetrics().horizontalAdvance(tr("+%n later", nullptr, 999)) + 12;
    return QRectF(Gutter + 8, labels, width() - Gutter - 8 - right, height() - 2 * labels);
}

qreal GdapTimeline::xOf(int days) const
{
    const QRectF axis = axisRect();
    return axis.left() + axis.width() * qreal(std::clamp(days, 0, Days)) / Days;
}

void GdapTimeline::layoutMarkers()
{
    m_markers.clear();
    m_beyond = 0;
    const QRectF axis = axisRect();
    QHash<int, int> stacked; // markers already at a pixel column
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const std::optional<int> &days = m_rows.at(i).daysLeft;
        if (!days)
            continue;
        if (*days > Days) {
            ++m_beyond;
            continue;
        }
        const qreal x = *days < 0 ? Gutter / 2 : xOf(*days);
        const int column = int(x / MarkerSize);
        const int level = stacked[column]++;
        const qreal y = axis.bottom() - MarkerSize - 2 - level * (MarkerSize * 0.75);
        m_markers.append(Marker{
            int(i), QRectF(x - MarkerSize / 2, std::max(axis.top(), y), MarkerSize, MarkerSize)});
    }
}

int GdapTimeline::rowAt(const QPointF &pos) const
{
    // The last drawn is on top.
    for (qsizetype i = m_markers.size() - 1; i >= 0; --i) {
        if (m_markers.at(i).rect.adjusted(-2, -2, 2, 2).contains(pos))
            return m_markers.at(i).row;
    }
    return -1;
}

QString GdapTimeline::markerText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const GdapRow &r = m_rows.at(row);
    const QString date =
        r.relationship
            ? QLocale().toString(r.relationship->end.toLocalTime().date(), QLocale::ShortFormat)
            : QString();
    return tr("%1: %2, ends %3 (%4)")
        .arg(r.customerName, r.relationship ? r.relationship->displayName : QString(), date,
             r.daysLeft ? daysLeftText(*r.daysLeft) : QString());
}

void GdapTimeline::updateAccessibleDescription()
{
    int soon = 0;
    int ended = 0;
    for (const GdapRow &r : std::as_const(m_rows)) {
        if (!r.daysLeft)
            continue;
        ended += *r.daysLeft < 0 ? 1 : 0;
        soon += *r.daysLeft >= 0 && *r.daysLeft <= Days ? 1 : 0;
    }
    setAccessibleDescription(tr("%n relationship(s) end within 90 days", nullptr, soon) + u"; "_s
                             + tr("%n ended", nullptr, ended));
}

bool GdapTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), markerText(row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void GdapTimeline::resizeEvent(QResizeEvent *event)
{
    layoutMarkers();
    QWidget::resizeEvent(event);
}

void GdapTimeline::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(rowAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void GdapTimeline::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position());
    if (event->button() == Qt::LeftButton && row >= 0) {
        Q_EMIT relationshipClicked(row);
        return;
    }
    QWidget::mousePressEvent(event);
}

void GdapTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF axis = axisRect();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    const QColor alternate = pal.color(QPalette::AlternateBase);

    // Bands of 30 days, the warning window tinted.
    for (int band = 0; band < Days / 30; ++band) {
        const QRectF r(xOf(band * 30), axis.top(), xOf((band + 1) * 30) - xOf(band * 30),
                       axis.height());
        p.fillRect(r, band % 2 ? alternate : base);
    }
    QColor warn = accessStatusColor(AccessStatus::Warning, pal);
    warn.setAlpha(28);
    p.fillRect(QRectF(xOf(0), axis.top(), xOf(m_warningDays) - xOf(0), axis.height()), warn);
    QColor ended = accessStatusColor(AccessStatus::Problem, pal);
    ended.setAlpha(28);
    p.fillRect(QRectF(4, axis.top(), Gutter - 4, axis.height()), ended);
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(axis);
    p.drawRect(QRectF(4, axis.top(), Gutter - 4, axis.height()));

    // Labels: above the strip the bands, below it the dates.
    p.setPen(text);
    const QFontMetricsF fm(font());
    p.drawText(QRectF(0, 0, Gutter + 4, axis.top()), Qt::AlignCenter, tr("Ended"));
    const QDate today = QDate::currentDate();
    for (int d = 0; d <= Days; d += 30) {
        const qreal x = xOf(d);
        const QString band = d == 0 ? tr("Today") : tr("%n day(s)", nullptr, d);
        const qreal w = fm.horizontalAdvance(band) + 4;
        const qreal left = std::clamp(x - w / 2, axis.left(), axis.right() - w);
        p.drawText(QRectF(left, 0, w, axis.top()), Qt::AlignCenter, band);
        const QString date = QLocale().toString(today.addDays(d), QLocale::ShortFormat);
        const qreal dw = fm.horizontalAdvance(date) + 4;
        const qreal dleft = std::clamp(x - dw / 2, axis.left(), axis.right() - dw);
        p.drawText(QRectF(dleft, axis.bottom(), dw, height() - axis.bottom()), Qt::AlignCenter,
                   date);
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(QPointF(x, axis.top()), QPointF(x, axis.bottom()));
        p.setPen(text);
    }
    if (m_beyond > 0)
        p.drawText(QRectF(axis.right() + 6, axis.top(), width() - axis.right() - 6, axis.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("+%n later", nullptr, m_beyond));

    for (const Marker &m : std::as_const(m_markers)) {
        const int days = m_rows.at(m.row).daysLeft.value_or(0);
        const AccessStatus tone = days < 0                ? AccessStatus::Problem
                                  : days <= m_warningDays ? AccessStatus::Warning
                                                          : AccessStatus::Ok;
        p.setBrush(accessStatusColor(tone, pal));
        p.setPen(QPen(base, 1.5));
        if (days < 0)
            p.drawRect(m.rect.adjusted(1, 1, -1, -1));
        else
            p.drawEllipse(m.rect);
    }
}

} // namespace PCAuth
