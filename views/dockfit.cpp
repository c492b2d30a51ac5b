#include "dockfit.h"

#include <QDockWidget>
#include <QFrame>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Lengkap::DockFit {

namespace {

// A floating dock keeps its docked size, which may be taller or wider than the screen, and
// its position may be off it: bring it inside the available area.
void keepOnScreen(QDockWidget *dock)
{
    const QScreen *screen = dock->screen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    QRect frame = dock->frameGeometry();
    const QSize margins = frame.size() - dock->size();
    QSize size = dock->size().boundedTo(area.size() - margins);
    dock->resize(size);
    frame.setSize(size + margins);
    frame.moveRight(qMin(frame.right(), area.right()));
    frame.moveBottom(qMin(frame.bottom(), area.bottom()));
    frame.moveLeft(qMax(frame.left(), area.left()));
    frame.moveTop(qMax(frame.top(), area.top()));
    dock->move(frame.topLeft());
}

} // namespace

void setScrollingWidget(QDockWidget *dock, QWidget *content)
{
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(dock->objectName() + u"Scroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(content);
    dock->setWidget(scroll);
    QObject::connect(dock, &QDockWidget::topLevelChanged, dock, [dock](bool floating) {
        if (floating)
            keepOnScreen(dock);
    });
}

void fitWidth(QDockWidget *dock, double share)
{
    auto *window = qobject_cast<QMainWindow *>(dock->parentWidget());
    if (!window || dock->isFloating())
        return;
    int minimum = 0;
    if (auto *scroll = qobject_cast<QScrollArea *>(dock->widget()); scroll && scroll->widget())
        minimum = scroll->widget()->minimumSizeHint().width()
                  + scroll->verticalScrollBar()->sizeHint().width() + 4;
    const int width = qMax(minimum, int(window->width() * share));
    window->resizeDocks({dock}, {width}, Qt::Horizontal);
}

} // namespace Lengkap::DockFit
