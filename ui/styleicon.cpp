// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "styleicon.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPaintDevice>
#include <QPainter>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

class StyleIconEngine final : public QIconEngine
{
public:
    StyleIconEngine(QStyle::StandardPixmap which, const QStyle *style)
        : m_which(which)
        , m_style(const_cast<QStyle *>(style))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        iconFor(rect.size() * scale).paint(painter, rect, Qt::AlignCenter, mode, state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return iconFor(size).pixmap(size, mode, state);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return iconFor(size * scale).pixmap(size, scale, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return iconFor(size).actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return whole().availableSizes(mode, state);
    }

    bool isNull() override { return small().isNull() && whole().isNull(); }

    QString key() const override { return u"pcauth-style-icon"_s; }

    QIconEngine *clone() const override
    {
        auto *copy = new StyleIconEngine(m_which, m_style);
        copy->m_small = m_small;
        copy->m_smallExtent = m_smallExtent;
        copy->m_smallMade = m_smallMade;
        copy->m_whole = m_whole;
        copy->m_wholeMade = m_wholeMade;
        return copy;
    }

private:
    // An icon outlives its style only in odd cases (a widget's style replaced): it then
    // follows the application's.
    const QStyle *style() const { return m_style ? m_style.data() : QApplication::style(); }

    const QIcon &small()
    {
        if (!m_smallMade) {
            m_smallMade = true;
            const QPixmap pixmap = style()->standardPixmap(m_which);
            if (!pixmap.isNull()) {
                m_small = QIcon(pixmap);
                m_smallExtent = std::max(pixmap.width(), pixmap.height());
            }
        }
        return m_small;
    }

    const QIcon &whole()
    {
        if (!m_wholeMade) {
            m_wholeMade = true;
            m_whole = style()->standardIcon(m_which);
        }
        return m_whole;
    }

    /// `devicePixels`: the size asked for, in device pixels.
    const QIcon &iconFor(const QSize &devicePixels)
    {
        // Only at the pixmap's own size: a smaller request gets the size the style drew for
        // it (message box icons have a 16 px image beside their 32 px standard pixmap).
        const QIcon &few = small();
        if (!few.isNull() && std::max(devicePixels.width(), devicePixels.height()) == m_smallExtent)
            return few;
        const QIcon &all = whole();
        return all.isNull() ? few : all;
    }

    const QStyle::StandardPixmap m_which;
    QPointer<QStyle> m_style;
    QIcon m_small;
    int m_smallExtent = 0;
    bool m_smallMade = false;
    QIcon m_whole;
    bool m_wholeMade = false;
};

/// The icons made for one style: a child of the style, so they go with it.
class StyleIconCache final : public QObject
{
public:
    using QObject::QObject;
    QHash<int, QIcon> icons;
};

} // namespace

QIcon styleIcon(QStyle::StandardPixmap which, const QStyle *style)
{
    if (!style)
        style = QApplication::style();
    auto *owner = const_cast<QStyle *>(style);
    // Not findChild(): that wants a Q_OBJECT class from Qt 6.8 on, and this one needs no
    // meta-object.
    StyleIconCache *cache = nullptr;
    for (QObject *child : owner->children())
        if ((cache = dynamic_cast<StyleIconCache *>(child)))
            break;
    if (!cache)
        cache = new StyleIconCache(owner);
    auto it = cache->icons.constFind(int(which));
    if (it == cache->icons.cend())
        it = cache->icons.insert(int(which), QIcon(new StyleIconEngine(which, style)));
    return *it;
}

} // namespace PCAuth
