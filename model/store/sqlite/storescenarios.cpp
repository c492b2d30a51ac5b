// Store: the scenario tables of schema 2 (issue 14). Scenarios are documents apart from the
// imported data: nothing here writes snapshot, staffing or list tables.
#include "store.h"

#include "databaseerror.h"
#include "nakestypes.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

struct ScenarioStoreTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Store)
};

constexpr auto SelectScenariosSql = uR"(SELECT s.id, s.name, s.cutoff, s.created_at,
        s.modified_at, (SELECT count(*) FROM scenario_change c WHERE c.scenario_id = s.id)
        FROM scenario s ORDER BY s.name COLLATE NOCASE, s.id)";
constexpr auto SelectScenarioSql = uR"(SELECT id, name, cutoff, created_at, modified_at
        FROM scenario WHERE id = :id)";
constexpr auto SelectScenarioIdSql = uR"(SELECT id FROM scenario WHERE name = :name)";
constexpr auto SelectChangesSql = uR"(SELECT kind, puskesmas_id, to_puskesmas_id, type_key, asn,
        count FROM scenario_change WHERE scenario_id = :id ORDER BY position)";
constexpr auto InsertScenarioSql = uR"(INSERT INTO scenario (name, cutoff, created_at, modified_at)
        VALUES (:name, :cutoff, :created, :modified))";
constexpr auto UpdateScenarioSql
    = uR"(UPDATE scenario SET name = :name, cutoff = :cutoff, modified_at = :modified
        WHERE id = :id)";
constexpr auto RenameScenarioSql
    = uR"(UPDATE scenario SET name = :name, modified_at = :modified WHERE id = :id)";
constexpr auto DeleteChangesSql = uR"(DELETE FROM scenario_change WHERE scenario_id = :id)";
constexpr auto InsertChangeSql = uR"(INSERT INTO scenario_change
        (scenario_id, position, kind, puskesmas_id, to_puskesmas_id, type_key, asn, count)
        VALUES (:id, :position, :kind, :from, :to, :type, :asn, :count))";
constexpr auto CopyChangesSql = uR"(INSERT INTO scenario_change
        (scenario_id, position, kind, puskesmas_id, to_puskesmas_id, type_key, asn, count)
        SELECT :to, position, kind, puskesmas_id, to_puskesmas_id, type_key, asn, count
        FROM scenario_change WHERE scenario_id = :from)";
constexpr auto DeleteScenarioSql = uR"(DELETE FROM scenario WHERE id = :id)";

Error databaseError(const QSqlQuery &query)
{
    return Lengkap::databaseError(query.lastError().text(), query.lastQuery());
}

Error noDatabase()
{
    return Error {Error::Kind::Database, ScenarioStoreTr::tr("no database is open")};
}

Error unknownScenario(const QString &name)
{
    return inputError(ScenarioStoreTr::tr("there is no scenario named '%1'").arg(name));
}

Error nameTaken(const QString &name)
{
    return inputError(ScenarioStoreTr::tr("a scenario named '%1' already exists").arg(name));
}

Result<void> checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error {Error::Kind::Usage, ScenarioStoreTr::tr("a scenario needs a name")};
    return {};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Result<qint64> Store::scenarioId(const QString &name) const
{
    if (!m_db.isOpen())
        return noDatabase();
    QSqlQuery query(m_db);
    if (!query.prepare(QString::fromUtf16(SelectScenarioIdSql)))
        return databaseError(query);
    query.bindValue(u":name"_s, name);
    if (!query.exec())
        return databaseError(query);
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<QList<ScenarioInfo>> Store::scenarios() const
{
    if (!m_db.isOpen())
        return noDatabase();
    QSqlQuery query(m_db);
    if (!query.exec(QString::fromUtf16(SelectScenariosSql)))
        return databaseError(query);
    QList<ScenarioInfo> list;
    while (query.next()) {
        ScenarioInfo info;
        info.id = query.value(0).toLongLong();
        info.name = query.value(1).toString();
        info.cutoff = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        info.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        info.modifiedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        info.changes = query.value(5).toInt();
        list.append(info);
    }
    return list;
}

Result<ScenarioDocument> Store::loadScenario(const QString &name) const
{
    const Result<qint64> id = scenarioId(name);
    if (!id)
        return id.error();
    if (!*id)
        return unknownScenario(name);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf16(SelectScenarioSql)))
        return databaseError(query);
    query.bindValue(u":id"_s, *id);
    if (!query.exec() || !query.next())
        return databaseError(query);
    ScenarioDocument document;
    document.id = query.value(0).toLongLong();
    document.name = query.value(1).toString();
    document.cutoff = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    document.createdAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
    document.modifiedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
    if (!query.prepare(QString::fromUtf16(SelectChangesSql)))
        return databaseError(query);
    query.bindValue(u":id"_s, *id);
    if (!query.exec())
        return databaseError(query);
    while (query.next()) {
        ScenarioChange change;
        const int type = NakesTypes::indexOf(query.value(3).toString());
        if (!ScenarioChange::parseKind(query.value(0).toString(), &change.kind) || type < 0)
            continue; // a kind or type this version does not know
        change.puskesmasId = query.value(1).toLongLong();
        change.toPuskesmasId = query.value(2).toLongLong();
        change.type = type;
        change.asn = query.value(4).toInt() != 0;
        change.count = query.value(5).toInt();
        document.changes.append(change);
    }
    return document;
}

Result<void> Store::writeScenarioChanges(qint64 id, const QList<ScenarioChange> &changes)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QString::fromUtf16(DeleteChangesSql)))
        return databaseError(query);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return databaseError(query);
    if (!query.prepare(QString::fromUtf16(InsertChangeSql)))
        return databaseError(query);
    const QVariant noTarget(QMetaType::fromType<qint64>());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ScenarioChange &c = changes.at(i);
        query.bindValue(u":id"_s, id);
        query.bindValue(u":position"_s, qint64(i));
        query.bindValue(u":kind"_s, ScenarioChange::kindKey(c.kind));
        query.bindValue(u":from"_s, c.puskesmasId);
        query.bindValue(u":to"_s, c.kind == ScenarioChange::Kind::Move ? QVariant(c.toPuskesmasId)
                                                                       : noTarget);
        query.bindValue(u":type"_s, NakesTypes::at(c.type).key);
        query.bindValue(u":asn"_s, int(c.asn));
        query.bindValue(u":count"_s, c.count);
        if (!query.exec())
            return databaseError(query);
    }
    return {};
}

Result<qint64> Store::saveScenario(const ScenarioDocument &document)
{
    if (!isOpen())
        return noDatabase();
    if (Result<void> named = checkName(document.name); !named)
        return named.error();
    if (!document.cutoff.isValid())
        return Error {Error::Kind::Usage, ScenarioStoreTr::tr("invalid cut-off date")};
    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return Lengkap::databaseError(m_db.lastError().text());
    const Result<qint64> existing = scenarioId(document.name);
    if (!existing)
        return existing.error();
    if (*existing && *existing != document.id)
        return nameTaken(document.name);
    QSqlQuery query(m_db);
    qint64 id = document.id;
    if (id) {
        if (!query.prepare(QString::fromUtf16(UpdateScenarioSql)))
            return databaseError(query);
        query.bindValue(u":id"_s, id);
    } else {
        if (!query.prepare(QString::fromUtf16(InsertScenarioSql)))
            return databaseError(query);
        query.bindValue(u":created"_s, now());
    }
    query.bindValue(u":name"_s, document.name);
    query.bindValue(u":cutoff"_s, document.cutoff.toString(Qt::ISODate));
    query.bindValue(u":modified"_s, now());
    if (!query.exec())
        return databaseError(query);
    if (!id)
        id = query.lastInsertId().toLongLong();
    else if (query.numRowsAffected() != 1)
        return unknownScenario(document.name);
    if (Result<void> written = writeScenarioChanges(id, document.changes); !written)
        return written.error();
    if (!tx.commit())
        return Lengkap::databaseError(m_db.lastError().text());
    return id;
}

Result<void> Store::renameScenario(const QString &name, const QString &newName)
{
    if (!isOpen())
        return noDatabase();
    if (Result<void> named = checkName(newName); !named)
        return named;
    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return Lengkap::databaseError(m_db.lastError().text());
    const Result<qint64> id = scenarioId(name);
    if (!id)
        return id.error();
    if (!*id)
        return unknownScenario(name);
    const Result<qint64> taken = scenarioId(newName);
    if (!taken)
        return taken.error();
    if (*taken && *taken != *id)
        return nameTaken(newName);
    QSqlQuery query(m_db);
    if (!query.prepare(QString::fromUtf16(RenameScenarioSql)))
        return databaseError(query);
    query.bindValue(u":name"_s, newName);
    query.bindValue(u":modified"_s, now());
    query.bindValue(u":id"_s, *id);
    if (!query.exec())
        return databaseError(query);
    if (!tx.commit())
        return Lengkap::databaseError(m_db.lastError().text());
    return {};
}

Result<qint64> Store::duplicateScenario(const QString &name, const QString &newName)
{
    if (!isOpen())
        return noDatabase();
    if (Result<void> named = checkName(newName); !named)
        return named.error();
    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return Lengkap::databaseError(m_db.lastError().text());
    Result<ScenarioDocument> source = loadScenario(name);
    if (!source)
        return source.error();
    const Result<qint64> taken = scenarioId(newName);
    if (!taken)
        return taken.error();
    if (*taken)
        return nameTaken(newName);
    QSqlQuery query(m_db);
    if (!query.prepare(QString::fromUtf16(InsertScenarioSql)))
        return databaseError(query);
    query.bindValue(u":name"_s, newName);
    query.bindValue(u":cutoff"_s, source->cutoff.toString(Qt::ISODate));
    query.bindValue(u":created"_s, now());
    query.bindValue(u":modified"_s, now());
    if (!query.exec())
        return databaseError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    // The rows are copied as stored, kinds and types this version does not know included.
    if (!query.prepare(QString::fromUtf16(CopyChangesSql)))
        return databaseError(query);
    query.bindValue(u":to"_s, id);
    query.bindValue(u":from"_s, source->id);
    if (!query.exec())
        return databaseError(query);
    if (!tx.commit())
        return Lengkap::databaseError(m_db.lastError().text());
    return id;
}

Result<QString> Store::deleteScenario(const QString &name)
{
    if (!isOpen())
        return noDatabase();
    const Result<qint64> id = scenarioId(name);
    if (!id)
        return id.error();
    if (!*id)
        return unknownScenario(name);
    Result<QString> backup = backupBeforeDeletion(u"scenario"_s);
    if (!backup)
        return backup;
    Transaction tx(m_db, &m_transactionDepth);
    if (!tx.isActive())
        return Lengkap::databaseError(m_db.lastError().text());
    QSqlQuery query(m_db);
    if (!query.prepare(QString::fromUtf16(DeleteScenarioSql)))
        return databaseError(query);
    query.bindValue(u":id"_s, *id);
    if (!query.exec())
        return databaseError(query);
    if (!tx.commit())
        return Lengkap::databaseError(m_db.lastError().text());
    return backup;
}

// Scenario deletion is backed up like every other deletion: the automatic backups beside the
// database (Store::autoBackup, backups/, the newest KeptBackups kept).
Result<QString> Store::backupBeforeDeletion(const QString &what)
{
    if (!isOpen())
        return noDatabase();
    return autoBackup(u"delete-"_s + what);
}

} // namespace Lengkap
