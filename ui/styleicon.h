// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QStyle>

namespace PCAuth {

/// The style's standard icon `which` (the application's style when `style` is null), cheap to
/// make, to paint and to keep:
/// - a request at the size of the style's standard pixmap (16 px for most of Fusion's: a tool
///   button, a list item, a table cell) is served from that single pixmap;
/// - any other size (a high-DPI screen, a big icon) makes the style's whole icon, which
///   decodes every size it has, up to 128 px (QStyle::standardIcon does that at once: 0.1 to
///   0.6 ms per icon, 2.8 ms for the 13 of the main window's first paint, Fusion, Qt 6.4);
/// - each is made on first use, and one icon per style and `which` is shared by every caller
///   while the style lives, so a model's data() may ask for it on every paint.
/// GUI thread only.
QIcon styleIcon(QStyle::StandardPixmap which, const QStyle *style = nullptr);

} // namespace PCAuth
