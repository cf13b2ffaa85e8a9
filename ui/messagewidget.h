// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QAbstractButton;
class QLabel;
class QTimer;
class QToolButton;

namespace PCAuth {

/// The one banner for errors, warnings and notices above a view's content: an icon, a
/// word-wrapped text the user can select with mouse or keyboard (to copy request ids), room
/// for an owner's action button and an optional close button. Hidden until showMessage().
///
/// Colours follow the palette, so light and dark themes both read well: the text keeps the
/// window's text colour, the tone tints the background and the border (Information uses the
/// palette's highlight; the other tones a fixed hue, since no palette role means "error").
///
/// The owner sets the objectName. Tests and tools that look for a QLabel by name find the
/// text label under the name given to setTextObjectName().
///
/// A banner that appears pushes what is below it down, under the user's mouse. Where that
/// matters the owner either places it below the controls (nothing under it moves) or sets
/// reservedLines: the banner then keeps room for that many lines of text while hidden, so
/// that a message of up to that length moves nothing.
class MessageWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageWidget)
    Q_PROPERTY(int reservedLines READ reservedLines WRITE setReservedLines)

public:
    enum class MessageType { Positive, Information, Warning, Error };
    Q_ENUM(MessageType)

    /// Never hides by itself; the default of setAutoHideTimeout().
    static constexpr int DisableAutoHide = 0;

    explicit MessageWidget(QWidget *parent = nullptr);
    ~MessageWidget() override;

    [[nodiscard]] QString text() const;
    [[nodiscard]] MessageType messageType() const { return m_type; }

    /// The tone colour of a type on a palette: the tint of the background and the border.
    [[nodiscard]] static QColor toneColor(MessageType type, const QPalette &palette);

    /// Off by default: a banner that reports the current state should not be dismissed.
    void setCloseButtonVisible(bool visible);
    [[nodiscard]] bool isCloseButtonVisible() const;

    /// Hides the message that many milliseconds after each showMessage(); DisableAutoHide
    /// keeps it until hideMessage().
    void setAutoHideTimeout(int msec);
    [[nodiscard]] int autoHideTimeout() const { return m_autoHideTimeout; }

    /// Moves an owner's button into the banner, before the close button. The owner keeps
    /// connecting it and deciding when it shows.
    void addButton(QAbstractButton *button);

    /// Names the text label, for callers that find it as a QLabel.
    void setTextObjectName(const QString &name);

    /// Room kept for this many lines of text, shown or hidden; 0 (the default): the banner
    /// takes no room while hidden.
    void setReservedLines(int lines);
    [[nodiscard]] int reservedLines() const { return m_reservedLines; }

public Q_SLOTS:
    void showMessage(const QString &text, PCAuth::MessageWidget::MessageType type);
    void hideMessage();

Q_SIGNALS:
    /// The user closed the banner with its close button (it is hidden already).
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    void updateReservedHeight();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_closeButton = nullptr;
    QTimer *m_autoHideTimer = nullptr;
    MessageType m_type = MessageType::Information;
    int m_autoHideTimeout = DisableAutoHide;
    int m_reservedLines = 0;
};

} // namespace PCAuth
