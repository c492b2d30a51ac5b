#pragma once

#include "result.h"

#include <QToolBar>

class QLabel;
class QPushButton;

// Issue 12: a database made before the sample had a file of its own may mix the national sample
// (DATA CONTOH) with the user's imports. When such a file is opened this bar says so and offers
// to move the sample out: an automatic backup, then the sample's rows deleted in one
// transaction (Store::removeSample); the user's imports stay as they were.
namespace Lengkap {

class DataSession;

class SampleSplitBar : public QToolBar
{
    Q_OBJECT
public:
    SampleSplitBar(QMainWindow *window, DataSession *session);

    // Looks at the open database again: shows the bar when it mixes the sample in.
    void check();
    // Removes the sample without asking (the button asks first) and shows the file again.
    // Returns the backup's path.
    Result<QString> moveSampleOut();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void askAndMove();

    DataSession *m_session;
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
    int m_districts = 0;
    QString m_cutoffs;
};

} // namespace Lengkap
