// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "messagewidget.h"

#include "styleicon.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

QStyle::StandardPixmap pixmapOf(MessageWidget::MessageType type)
{
    switch (type) {
    case MessageWidget::MessageType::Positive:
        return QStyle::SP_DialogApplyButton;
    case MessageWidget::MessageType::Information:
        return QStyle::SP_MessageBoxInformation;
    case MessageWidget::MessageType::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageWidget::MessageType::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_closeButton(new QToolButton(this))
    , m_autoHideTimer(new QTimer(this))
{
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon->setObjectName(u"messageIcon"_s);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_closeButton->setObjectName(u"messageCloseButton"_s);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Close"));
    m_closeButton->setAccessibleName(m_closeButton->toolTip());
    m_closeButton->hide();
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hideMessage();
        Q_EMIT closed();
    });

    m_autoHideTimer->setSingleShot(true);
    connect(m_autoHideTimer, &QTimer::timeout, this, &MessageWidget::hideMessage);

    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin, nullptr, this) / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    updateIcon();
    hide();
}

MessageWidget::~MessageWidget() = default;

QString MessageWidget::text() const
{
    return m_text->text();
}

QColor MessageWidget::toneColor(MessageType type, const QPalette &palette)
{
    switch (type) {
    case MessageType::Positive:
        return QColor(0x27, 0xae, 0x60);
    case MessageType::Information:
        return palette.color(QPalette::Highlight);
    case MessageType::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case MessageType::Error:
        return QColor(0xda, 0x44, 0x53);
    }
    return palette.color(QPalette::Highlight);
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_closeButton->setVisible(visible);
}

bool MessageWidget::isCloseButtonVisible() const
{
    return !m_closeButton->isHidden();
}

void MessageWidget::setAutoHideTimeout(int msec)
{
    m_autoHideTimeout = qMax(msec, DisableAutoHide);
    if (m_autoHideTimeout == DisableAutoHide)
        m_autoHideTimer->stop();
}

void MessageWidget::addButton(QAbstractButton *button)
{
    auto *row = static_cast<QHBoxLayout *>(layout());
    row->insertWidget(row->indexOf(m_closeButton), button, 0, Qt::AlignTop);
}

void MessageWidget::setTextObjectName(const QString &name)
{
    m_text->setObjectName(name);
}

void MessageWidget::setReservedLines(int lines)
{
    m_reservedLines = qMax(lines, 0);
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(m_reservedLines > 0);
    setSizePolicy(policy);
    updateReservedHeight();
}

void MessageWidget::updateReservedHeight()
{
    if (m_reservedLines == 0) {
        setMinimumHeight(0);
        return;
    }
    const QMargins margins = layout()->contentsMargins();
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const int text = m_text->fontMetrics().lineSpacing() * m_reservedLines;
    setMinimumHeight(qMax(icon, text) + margins.top() + margins.bottom());
}

void MessageWidget::showMessage(const QString &text, MessageType type)
{
    m_type = type;
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleDescription(text);
    updateIcon();
    update();
    show();
    if (m_autoHideTimeout > DisableAutoHide)
        m_autoHideTimer->start(m_autoHideTimeout);
}

void MessageWidget::hideMessage()
{
    m_autoHideTimer->stop();
    hide();
    m_text->clear();
    m_text->setAccessibleName(QString());
    setAccessibleDescription(QString());
}

void MessageWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    const QColor tone = toneColor(m_type, palette());
    QColor fill = tone;
    fill.setAlphaF(0.2f);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(tone, 1));
    painter.setBrush(fill);
    const qreal radius = 4;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        updateIcon();
        update();
    }
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        updateReservedHeight();
}

void MessageWidget::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(styleIcon(pixmapOf(m_type), style()).pixmap(size, size));
    m_closeButton->setIcon(styleIcon(QStyle::SP_TitleBarCloseButton, style()));
}

} // namespace PCAuth
