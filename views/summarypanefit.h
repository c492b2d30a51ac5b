#pragma once

#include <QObject>

class QSplitter;
class QWidget;

// The summary pane above the table (headline figures and charts) as high as its contents need
// at its present width, and no higher: the table keeps the rest (issue 12). The splitter alone
// would keep the pane's first height, and a QSplitter knows nothing of word-wrapped labels'
// height for a width nor of the bar chart's minimum, which depends on the platform's fonts
// (under Windows fonts a type name's box is 19 px). Until the user drags the splitter the pane
// follows what its figures and charts need; after that it keeps the user's height, never lower
// than that need.
namespace Lengkap {

class SummaryPaneFit : public QObject
{
    Q_OBJECT
public:
    // `pane` is the splitter's first widget; `figures` its word-wrapped headline column,
    // `charts` the charts beside it.
    SummaryPaneFit(QSplitter *splitter, QWidget *pane, QWidget *figures, QWidget *charts);

    // The height the pane needs at its present width.
    int neededHeight() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void fit();

    QSplitter *m_splitter;
    QWidget *m_pane;
    QWidget *m_figures;
    QWidget *m_charts;
    bool m_userSized = false;
    bool m_scheduled = false;
    bool m_fitting = false;
};

} // namespace Lengkap
