// Store as a SnapshotSource (snapshotsource.h), and the one deletion a server copy needs: a pull
// replaces what an earlier pull brought for the same scope (issue 15).
#include "store.h"

#include "databaseerror.h"
#include "servercopy.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct SourceStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Store)
};

// The scope's districts: every district of the cut-off, or those of one province.
constexpr auto ScopeDistrictsSql = uR"(SELECT district_code FROM snapshot_district
        WHERE cutoff = :cutoff AND (:province = '' OR district_code IN
            (SELECT code FROM district WHERE province_code = :province)))";
constexpr auto DeleteScopeSql = {
    uR"(DELETE FROM staffing WHERE cutoff = :cutoff AND puskesmas_id IN
        (SELECT puskesmas_id FROM snapshot_puskesmas WHERE cutoff = :cutoff
         AND (:province = '' OR district_code IN
             (SELECT code FROM district WHERE province_code = :province))))",
    uR"(DELETE FROM snapshot_puskesmas WHERE cutoff = :cutoff AND (:province = ''
        OR district_code IN (SELECT code FROM district WHERE province_code = :province)))",
    uR"(DELETE FROM snapshot_district WHERE cutoff = :cutoff AND (:province = ''
        OR district_code IN (SELECT code FROM district WHERE province_code = :province)))",
    // A cut-off left without districts is no cut-off any more (cutoffs() reads this table).
    uR"(DELETE FROM snapshot WHERE cutoff = :cutoff
        AND NOT EXISTS (SELECT 1 FROM snapshot_district sd WHERE sd.cutoff = :cutoff))",
};

} // namespace

bool Store::acceptsImports() const
{
    if (!isOpen() || m_readOnly)
        return false;
    const Result<bool> copy = isServerCopy(*this);
    return copy && !*copy;
}

Result<int> Store::clearServerScope(QDate cutoff, const QString &provinceCode)
{
    if (!isOpen())
        return Error {Error::Kind::Database, SourceStoreTr::tr("no database is open")};
    if (m_readOnly)
        return readOnlyError();
    // Only a copy of the server loses data here: the server still holds them.
    const Result<bool> copy = isServerCopy(*this);
    if (!copy)
        return copy.error();
    if (!*copy)
        return serverCopyImportError(m_path);
    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return databaseError(tx.lastError());
    const QString cutoffText = cutoff.toString(Qt::ISODate);
    const QString province = provinceCode.isNull() ? u""_s : provinceCode;
    QSqlQuery query(m_db);
    int districts = 0;
    if (!query.prepare(QString::fromUtf16(ScopeDistrictsSql)))
        return databaseError(query.lastError(), query.lastQuery());
    query.bindValue(u":cutoff"_s, cutoffText);
    query.bindValue(u":province"_s, province);
    if (!query.exec())
        return databaseError(query.lastError(), query.lastQuery());
    while (query.next())
        ++districts;
    query.finish();
    for (const char16_t *sql : DeleteScopeSql) {
        if (!query.prepare(QString::fromUtf16(sql)))
            return databaseError(query.lastError(), query.lastQuery());
        query.bindValue(u":cutoff"_s, cutoffText);
        if (QStringView(sql).contains(u":province"))
            query.bindValue(u":province"_s, province);
        if (!query.exec())
            return databaseError(query.lastError(), query.lastQuery());
    }
    if (!tx.commit())
        return databaseError(tx.lastError());
    return districts;
}

} // namespace Lengkap
