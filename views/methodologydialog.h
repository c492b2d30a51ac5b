#pragma once

#include <QDialog>

class QTabWidget;

// Help → Methodology: where the numbers come from and the rules behind them (DOMAIN.md §2–3),
// in Indonesian and English side by side (two tabs; the UI language opens first), as the
// ministry dashboard explains its measure.
namespace Lengkap {

class MethodologyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MethodologyDialog(QWidget *parent = nullptr);

    static QString indonesianHtml();
    static QString englishHtml();

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace Lengkap
