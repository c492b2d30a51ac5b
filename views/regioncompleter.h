#pragma once

#include "types.h"

#include <QCompleter>

class QStandardItemModel;

// The search box's completer (issue 12 §4): from any level, typing lists the matching provinces,
// districts and Puskesmas of the cut-off on screen ("Lebak — kabupaten/kota, Banten"); choosing
// one opens it. Words anywhere in the name match, case ignored.
namespace Lengkap {

class Analysis;

class RegionCompleter : public QCompleter
{
    Q_OBJECT
public:
    enum Role {
        LevelRole = Qt::UserRole + 1, // Level of the entry (a Puskesmas: Level::District)
        CodeRole, // province or district code
        PuskesmasRole, // a Puskesmas' name, else empty
    };
    explicit RegionCompleter(QObject *parent = nullptr);

    // Rebuilds the entries from the analysis (null: none).
    void setAnalysis(const Analysis *analysis);
    int entryCount() const;

signals:
    // A chosen entry: the region to open and, for a Puskesmas, its name to select.
    void regionChosen(Level level, const QString &code, const QString &puskesmas);

private:
    QStandardItemModel *m_entries;
};

} // namespace Lengkap
