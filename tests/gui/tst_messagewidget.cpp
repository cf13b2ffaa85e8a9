// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The shared message banner on its own: each type with its text, icon and tone, hiding by
// call, by the close button and by timeout, word wrap, selectable text and what a screen
// reader is told.
#include "messagewidget.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace PCAuth;

using Type = MessageWidget::MessageType;

class tst_MessageWidget : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QWidget> m_window;
    MessageWidget *m_message = nullptr;

    QLabel *textLabel() const { return m_message->findChild<QLabel *>(u"messageText"_s); }
    QLabel *iconLabel() const { return m_message->findChild<QLabel *>(u"messageIcon"_s); }
    QToolButton *closeButton() const
    {
        return m_message->findChild<QToolButton *>(u"messageCloseButton"_s);
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_message = new MessageWidget(m_window.get());
        m_message->setObjectName(u"banner"_s);
        layout->addWidget(m_message);
        layout->addStretch();
        m_window->resize(400, 300);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_message = nullptr;
        m_window.reset();
    }

    void hiddenUntilShown()
    {
        QVERIFY(!m_message->isVisible());
        QCOMPARE(m_message->text(), QString());
        QVERIFY(!closeButton()->isVisible());
    }

    void showsTextIconAndTone_data()
    {
        QTest::addColumn<Type>("type");
        QTest::addColumn<QStyle::StandardPixmap>("pixmap");
        QTest::addRow("positive") << Type::Positive << QStyle::SP_DialogApplyButton;
        QTest::addRow("information") << Type::Information << QStyle::SP_MessageBoxInformation;
        QTest::addRow("warning") << Type::Warning << QStyle::SP_MessageBoxWarning;
        QTest::addRow("error") << Type::Error << QStyle::SP_MessageBoxCritical;
    }

    void showsTextIconAndTone()
    {
        QFETCH(Type, type);
        QFETCH(QStyle::StandardPixmap, pixmap);
        const QString text = u"Request id: 0f8fad5b-d9cb-469f-a165-70867728950e"_s;
        m_message->showMessage(text, type);
        QVERIFY(m_message->isVisible());
        QCOMPARE(m_message->text(), text);
        QCOMPARE(m_message->messageType(), type);
        QVERIFY(textLabel()->isVisible());
        QCOMPARE(textLabel()->text(), text);

        const int size = m_message->style()->pixelMetric(QStyle::PM_SmallIconSize);
        const QImage expected =
            m_message->style()->standardIcon(pixmap).pixmap(size, size).toImage();
        QCOMPARE(iconLabel()->pixmap().toImage(), expected);

        // The tone tints the banner: the information tone is the palette's highlight; the
        // others differ from it and from each other.
        const QPalette palette = m_message->palette();
        const QColor tone = MessageWidget::toneColor(type, palette);
        if (type == Type::Information)
            QCOMPARE(tone, palette.color(QPalette::Highlight));
        QVERIFY(tone.isValid());
        const QImage shot = m_message->grab().toImage();
        const QColor centre = shot.pixelColor(shot.width() - 2, shot.height() / 2);
        QVERIFY2(centre != palette.color(QPalette::Window), qPrintable(centre.name()));
    }

    void tonesAreDistinct()
    {
        const QPalette palette = m_message->palette();
        QSet<QRgb> tones;
        for (Type type : {Type::Positive, Type::Information, Type::Warning, Type::Error})
            tones.insert(MessageWidget::toneColor(type, palette).rgb());
        QCOMPARE(tones.size(), 4);
    }

    void aNewMessageReplacesTheOld()
    {
        m_message->showMessage(u"first"_s, Type::Error);
        m_message->showMessage(u"second"_s, Type::Information);
        QCOMPARE(m_message->text(), u"second"_s);
        QCOMPARE(m_message->messageType(), Type::Information);
    }

    void hideMessageHides()
    {
        m_message->showMessage(u"Something failed"_s, Type::Error);
        QVERIFY(m_message->isVisible());
        m_message->hideMessage();
        QVERIFY(!m_message->isVisible());
        QVERIFY(!textLabel()->isVisible());
        QCOMPARE(m_message->text(), QString());
    }

    void closeButtonHidesAndSignals()
    {
        QVERIFY(!m_message->isCloseButtonVisible());
        m_message->setCloseButtonVisible(true);
        QVERIFY(m_message->isCloseButtonVisible());
        QSignalSpy closed(m_message, &MessageWidget::closed);
        m_message->showMessage(u"Dismiss me"_s, Type::Warning);
        QVERIFY(closeButton()->isVisible());
        QVERIFY(!closeButton()->toolTip().isEmpty());
        QVERIFY(!closeButton()->accessibleName().isEmpty());
        QTest::mouseClick(closeButton(), Qt::LeftButton);
        QCOMPARE(closed.size(), 1);
        QVERIFY(!m_message->isVisible());
    }

    void hideMessageDoesNotSignalClosed()
    {
        m_message->setCloseButtonVisible(true);
        QSignalSpy closed(m_message, &MessageWidget::closed);
        m_message->showMessage(u"text"_s, Type::Information);
        m_message->hideMessage();
        QCOMPARE(closed.size(), 0);
    }

    void autoHide()
    {
        m_message->setAutoHideTimeout(50);
        QCOMPARE(m_message->autoHideTimeout(), 50);
        m_message->showMessage(u"Saved"_s, Type::Positive);
        QVERIFY(m_message->isVisible());
        QTRY_VERIFY(!m_message->isVisible());

        m_message->setAutoHideTimeout(MessageWidget::DisableAutoHide);
        m_message->showMessage(u"Stays"_s, Type::Error);
        QTest::qWait(150);
        QVERIFY(m_message->isVisible());
    }

    void longTextWraps()
    {
        const QString text = QStringList(40, u"word"_s).join(u' ');
        m_message->showMessage(text, Type::Error);
        QVERIFY(textLabel()->wordWrap());
        QVERIFY(m_message->width() <= m_window->width());
        const int oneLine = textLabel()->fontMetrics().height();
        QTRY_VERIFY2(textLabel()->height() > 2 * oneLine,
                     qPrintable(QString::number(textLabel()->height())));
    }

    void textIsSelectableByMouseAndKeyboard()
    {
        m_message->showMessage(u"correlation id 1234"_s, Type::Error);
        const Qt::TextInteractionFlags flags = textLabel()->textInteractionFlags();
        QVERIFY(flags.testFlag(Qt::TextSelectableByMouse));
        QVERIFY(flags.testFlag(Qt::TextSelectableByKeyboard));
        QVERIFY(textLabel()->focusPolicy() & Qt::TabFocus);
        textLabel()->setSelection(0, 11);
        QCOMPARE(textLabel()->selectedText(), u"correlation"_s);
    }

    void textIsPlain()
    {
        m_message->showMessage(u"<b>not bold</b>"_s, Type::Warning);
        QCOMPARE(textLabel()->textFormat(), Qt::PlainText);
    }

    void accessibleNameFollowsTheText()
    {
        m_message->showMessage(u"Token expired"_s, Type::Error);
        QCOMPARE(textLabel()->accessibleName(), u"Token expired"_s);
        QCOMPARE(m_message->accessibleDescription(), u"Token expired"_s);
        m_message->hideMessage();
        QCOMPARE(textLabel()->accessibleName(), QString());
    }

    void ownerNamesTheTextLabel()
    {
        QCOMPARE(m_message->objectName(), u"banner"_s);
        m_message->setTextObjectName(u"bannerLabel"_s);
        m_message->showMessage(u"named"_s, Type::Information);
        const auto *label = m_window->findChild<QLabel *>(u"bannerLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), u"named"_s);
    }

    /// With room reserved, a message that fits moves nothing below the banner: the control
    /// under the user's mouse stays where it was, shown, replaced or hidden again.
    void reservedLinesKeepTheControlsBelowInPlace()
    {
        auto *below = new QPushButton(u"Below"_s, m_window.get());
        static_cast<QVBoxLayout *>(m_window->layout())->insertWidget(1, below);
        QCoreApplication::processEvents();
        const auto at = [below] {
            QCoreApplication::processEvents();
            return below->geometry();
        };
        // Without a reservation the banner pushes the button down: the case this is about.
        const QRect unreserved = at();
        m_message->showMessage(u"one line"_s, Type::Error);
        QVERIFY(at().top() > unreserved.top());
        m_message->hideMessage();
        QCOMPARE(at(), unreserved);

        m_message->setReservedLines(2);
        QCOMPARE(m_message->reservedLines(), 2);
        const QRect reserved = at();
        QVERIFY(reserved.top() > unreserved.top()); // the room is kept while hidden
        m_message->showMessage(u"one line"_s, Type::Error);
        QCOMPARE(at(), reserved);
        m_message->showMessage(u"first line\nsecond line"_s, Type::Warning);
        QCOMPARE(at(), reserved);
        m_message->hideMessage();
        QVERIFY(!m_message->isVisible());
        QCOMPARE(at(), reserved);

        m_message->setReservedLines(0);
        QCOMPARE(at(), unreserved);
    }

    void ownersButtonSitsInTheBanner()
    {
        auto *button = new QPushButton(u"Act"_s, m_window.get());
        button->setObjectName(u"actButton"_s);
        m_message->addButton(button);
        QCOMPARE(button->parentWidget(), m_message);
        m_message->showMessage(u"with action"_s, Type::Warning);
        QVERIFY(button->isVisible());
        m_message->hideMessage();
        QVERIFY(!button->isVisible());
    }
};

QTEST_MAIN(tst_MessageWidget)
#include "tst_messagewidget.moc"
