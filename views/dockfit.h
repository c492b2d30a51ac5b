#pragma once

class QDockWidget;
class QWidget;

// A dock that fits a 1366x768 laptop (issue 12 §3): its content scrolls instead of widening the
// window, it opens at a share of the window's width, and when floated it stays on the screen.
namespace Lengkap::DockFit {

// Puts `content` into `dock` inside a scroll area (vertical scrolling; the content's own
// minimum width is kept) and keeps the dock on its screen when it floats.
void setScrollingWidget(QDockWidget *dock, QWidget *content);

// When the dock is shown docked: `share` of the main window's width, at least the content's
// minimum width, so the tables keep the rest.
void fitWidth(QDockWidget *dock, double share = 0.34);

} // namespace Lengkap::DockFit
