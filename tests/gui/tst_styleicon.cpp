// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// styleIcon(): the style's standard icons as the window shows them, made from the single
// standard pixmap where that is the size asked for, else from the style's whole icon; one
// icon per style and kind, surviving its style.
#include "styleicon.h"

#include <QApplication>
#include <QCommonStyle>
#include <QPainter>
#include <QTest>

using namespace PCAuth;

class tst_StyleIcon : public QObject
{
    Q_OBJECT

private:
    static QImage image(const QPixmap &pixmap)
    {
        return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }

private Q_SLOTS:
    void looksLikeTheStyles_data()
    {
        QTest::addColumn<QStyle::StandardPixmap>("which");
        // Every kind the views use.
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_ComputerIcon,           QStyle::SP_DirHomeIcon,
              QStyle::SP_DialogApplyButton,      QStyle::SP_CommandLink,
              QStyle::SP_DriveNetIcon,           QStyle::SP_FileDialogContentsView,
              QStyle::SP_FileDialogDetailedView, QStyle::SP_BrowserReload,
              QStyle::SP_DialogYesButton,        QStyle::SP_TrashIcon,
              QStyle::SP_DialogResetButton,      QStyle::SP_FileDialogInfoView,
              QStyle::SP_FileDialogNewFolder,    QStyle::SP_MessageBoxWarning,
              QStyle::SP_MessageBoxCritical,     QStyle::SP_MessageBoxQuestion,
              QStyle::SP_MessageBoxInformation,  QStyle::SP_TitleBarCloseButton,
              QStyle::SP_DialogCancelButton,     QStyle::SP_ArrowForward})
            QTest::addRow("%d", int(which)) << which;
    }

    void looksLikeTheStyles()
    {
        QFETCH(QStyle::StandardPixmap, which);
        const QStyle *style = QApplication::style();
        const QIcon icon = styleIcon(which);
        QVERIFY(!icon.isNull());
        const QIcon whole = style->standardIcon(which);
        const QPixmap standard = style->standardPixmap(which);
        const int standardSize = std::max(standard.width(), standard.height());
        // At the standard pixmap's size: that pixmap, pixel for pixel.
        QCOMPARE(image(icon.pixmap(standardSize)),
                 image(standard.scaled(icon.actualSize(QSize(standardSize, standardSize)))));
        // Every other size: what the style's whole icon gives.
        for (const int size : {8, 20, 32, 48, 64}) {
            if (size == standardSize)
                continue;
            QCOMPARE(icon.actualSize(QSize(size, size)), whole.actualSize(QSize(size, size)));
            QCOMPARE(image(icon.pixmap(size)), image(whole.pixmap(size)));
        }
        // A disabled button greys it, as it greys the style's own icon.
        QCOMPARE(image(icon.pixmap(32, QIcon::Disabled)), image(whole.pixmap(32, QIcon::Disabled)));
        QVERIFY(image(icon.pixmap(standardSize, QIcon::Disabled))
                != image(icon.pixmap(standardSize)));
    }

    void paintsAtTheSizeAsked()
    {
        const QIcon icon = styleIcon(QStyle::SP_DialogApplyButton);
        QImage canvas(40, 40, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        icon.paint(&painter, QRect(4, 4, 16, 16));
        painter.end();
        // Something drawn inside the rectangle, nothing outside it.
        bool inside = false, outside = false;
        for (int y = 0; y < canvas.height(); ++y)
            for (int x = 0; x < canvas.width(); ++x) {
                const bool drawn = qAlpha(canvas.pixel(x, y)) != 0;
                (QRect(4, 4, 16, 16).contains(x, y) ? inside : outside) |= drawn;
            }
        QVERIFY(inside);
        QVERIFY(!outside);
    }

    void oneIconPerStyleAndKind()
    {
        const QIcon first = styleIcon(QStyle::SP_TrashIcon);
        QCOMPARE(styleIcon(QStyle::SP_TrashIcon).cacheKey(), first.cacheKey());
        QCOMPARE(styleIcon(QStyle::SP_TrashIcon, QApplication::style()).cacheKey(),
                 first.cacheKey());
        QVERIFY(styleIcon(QStyle::SP_ComputerIcon).cacheKey() != first.cacheKey());
        QCommonStyle other;
        QVERIFY(styleIcon(QStyle::SP_TrashIcon, &other).cacheKey() != first.cacheKey());
    }

    void outlivesItsStyle()
    {
        QIcon icon;
        {
            QCommonStyle style;
            icon = styleIcon(QStyle::SP_DirHomeIcon, &style);
        }
        // The style is gone: the icon follows the application's.
        QCOMPARE(image(icon.pixmap(32)),
                 image(QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon).pixmap(32)));
    }
};

QTEST_MAIN(tst_StyleIcon)
#include "tst_styleicon.moc"
