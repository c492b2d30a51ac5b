// Store: moving the national sample out of a database made before it had a file of its own
// (issue 12). The sample's imports are marked in import_log (sample = 1) and its lists by the
// source name "sample" (samplestore.cpp); nothing else is needed to find its rows, so the
// schema stays as it is.
#include "store.h"

#include "databaseerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct SampleStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Store)
};

constexpr auto SampleCutoffsSql = uR"(SELECT sd.cutoff, count(*) FROM snapshot_district sd
        JOIN import_log l ON l.id = sd.import_id WHERE l.sample = 1
        GROUP BY sd.cutoff ORDER BY sd.cutoff)";
constexpr auto OwnDistrictsSql = uR"(SELECT count(*) FROM snapshot_district sd
        JOIN import_log l ON l.id = sd.import_id WHERE l.sample = 0)";
constexpr auto SampleImportsSql = uR"(SELECT count(*) FROM import_log WHERE sample = 1)";

// In this order: the Puskesmas rows of the sample's districts are remembered before their
// snapshot rows go, so that the Puskesmas no other row refers to can go last. A Puskesmas the
// user's imports or a scenario refer to stays (the same Puskesmas may be in both).
constexpr auto RemoveSampleSql = {
    uR"(CREATE TEMP TABLE lengkap_sample_rows AS
        SELECT sp.cutoff AS cutoff, sp.puskesmas_id AS puskesmas_id
        FROM snapshot_puskesmas sp
        JOIN snapshot_district sd ON sd.cutoff = sp.cutoff AND sd.district_code = sp.district_code
        JOIN import_log l ON l.id = sd.import_id WHERE l.sample = 1)",
    // Row-value IN: SQLite indexes the list once (a correlated EXISTS over the unindexed
    // temporary table took minutes for the 20,600 rows of the sample's two cut-offs).
    uR"(DELETE FROM staffing WHERE (cutoff, puskesmas_id) IN
        (SELECT cutoff, puskesmas_id FROM lengkap_sample_rows))",
    uR"(DELETE FROM snapshot_puskesmas WHERE (cutoff, puskesmas_id) IN
        (SELECT cutoff, puskesmas_id FROM lengkap_sample_rows))",
    uR"(DELETE FROM snapshot_district
        WHERE import_id IN (SELECT id FROM import_log WHERE sample = 1))",
    uR"(DELETE FROM snapshot WHERE cutoff NOT IN (SELECT cutoff FROM snapshot_district))",
    uR"(DELETE FROM list_entry WHERE EXISTS (SELECT 1 FROM list_import i
        WHERE i.source_name = 'sample' AND i.cutoff = list_entry.cutoff
          AND i.list = list_entry.list))",
    uR"(DELETE FROM list_import WHERE source_name = 'sample')",
    uR"(DELETE FROM puskesmas
        WHERE id IN (SELECT puskesmas_id FROM lengkap_sample_rows)
          AND id NOT IN (SELECT puskesmas_id FROM snapshot_puskesmas)
          AND id NOT IN (SELECT puskesmas_id FROM scenario_change)
          AND id NOT IN (SELECT to_puskesmas_id FROM scenario_change
                         WHERE to_puskesmas_id IS NOT NULL))",
    uR"(DELETE FROM import_log WHERE sample = 1)",
    uR"(DROP TABLE temp.lengkap_sample_rows)",
};

Error queryError(const QSqlQuery &query)
{
    return databaseError(query.lastError(), query.lastQuery());
}

} // namespace

Result<MixedSample> Store::mixedSample() const
{
    if (!isOpen())
        return Error {Error::Kind::Database, SampleStoreTr::tr("no database is open")};
    MixedSample mixed;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromUtf16(SampleCutoffsSql)))
        return queryError(query);
    while (query.next()) {
        mixed.cutoffs.append(QDate::fromString(query.value(0).toString(), Qt::ISODate));
        mixed.sampleDistricts += query.value(1).toInt();
    }
    if (!query.exec(QString::fromUtf16(OwnDistrictsSql)) || !query.next())
        return queryError(query);
    mixed.ownDistricts = query.value(0).toInt();
    if (!query.exec(QString::fromUtf16(SampleImportsSql)) || !query.next())
        return queryError(query);
    mixed.sampleImports = query.value(0).toInt();
    return mixed;
}

Result<QString> Store::removeSample()
{
    if (!isOpen())
        return Error {Error::Kind::Database, SampleStoreTr::tr("no database is open")};
    if (m_readOnly)
        return readOnlyError();
    const Result<MixedSample> mixed = mixedSample();
    if (!mixed)
        return mixed.error();
    if (mixed->sampleImports == 0)
        return inputError(SampleStoreTr::tr("the database holds no sample data"));
    // Deleting data: a copy of what the file held first; no copy, no deletion.
    Result<QString> backup = autoBackup(u"sample"_s);
    if (!backup)
        return backup;
    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return databaseError(tx.lastError(), u"BEGIN");
    QSqlQuery query(m_db);
    for (const auto sql : RemoveSampleSql) {
        if (!query.exec(QString::fromUtf16(sql)))
            return queryError(query);
    }
    query.finish();
    if (!tx.commit())
        return databaseError(tx.lastError(), u"COMMIT");
    return backup;
}

} // namespace Lengkap
