// lengkap-cli backup, restore and check: the database's safety net (issue 11). Automatic
// backups are made by the store before it replaces or deletes data; these commands make one on
// request, put one back, and say whether a database is healthy.
#include "commands.h"
#include "common.h"

#include "storecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lengkap::Cli {

namespace {

struct BackupTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::Cli)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupTr::tr(
        "Write a consistent copy of the database (it may be in use meanwhile) to a new file."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption output(
        {u"o"_s, u"output"_s}, BackupTr::tr("The backup file to write (a new file)."), u"FILE"_s);
    parser.addOptions({db, output});
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(BackupTr::tr("backup takes no FILE argument: use -o FILE"));
    if (!parser.isSet(db))
        return usage(BackupTr::tr("--db is required"));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return usage(BackupTr::tr("-o FILE is required"));
    Store store;
    if (Result<void> opened = store.open(parser.value(db), Store::OpenMode::ReadOnly); !opened)
        return fail(opened.error());
    if (Result<void> copied = store.backupTo(parser.value(output)); !copied)
        return fail(copied.error());
    out() << BackupTr::tr("%1: backup of %2 written")
                 .arg(native(parser.value(output)), native(parser.value(db)))
          << Qt::endl;
    return Ok;
}

int runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupTr::tr(
        "Put the data of a backup back into the database. The backup must be a healthy Lengkap "
        "database; what the database held is backed up first (a damaged database is moved into "
        "the backups folder)."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    parser.addPositionalArgument(u"BACKUP"_s, BackupTr::tr("The backup file."));
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(BackupTr::tr("restore takes exactly one BACKUP file"));
    if (!parser.isSet(db))
        return usage(BackupTr::tr("--db is required"));
    const QString backup = parser.positionalArguments().first();
    if (Result<void> restored = Store::restore(parser.value(db), backup); !restored)
        return fail(restored.error());
    out() << BackupTr::tr("%1: restored from %2").arg(native(parser.value(db)), native(backup))
          << Qt::endl;
    return Ok;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupTr::tr(
        "Check a database without changing it: integrity, the rules of the data, the schema "
        "version, the cut-offs and their counts. Exit 0 when healthy, 4 otherwise."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    int code = Ok;
    if (!parse(parser, arguments, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return usage(BackupTr::tr("check takes no FILE argument"));
    if (!parser.isSet(db))
        return usage(BackupTr::tr("--db is required"));
    const QString path = parser.value(db);
    const DatabaseHealth health = checkDatabase(path);
    QTextStream &o = out();
    const QLocale locale;
    o << BackupTr::tr("database: %1").arg(native(QFileInfo(path).absoluteFilePath())) << u'\n';
    if (health.probe.verdict != DatabaseProbe::Verdict::Lengkap) {
        o.flush();
        return fail(probeRefusal(health.probe, path));
    }
    o << BackupTr::tr("schema version: %1 (this program writes %2)")
             .arg(health.probe.schemaVersion)
             .arg(Store::SchemaVersion)
      << u'\n';
    o << BackupTr::tr("integrity: ok") << u'\n';
    if (health.domain.isEmpty()) {
        o << BackupTr::tr("data rules: ok") << u'\n';
    } else {
        o << BackupTr::tr("data rules: %n problem(s)", nullptr, int(health.domain.size())) << u'\n';
        for (const QString &problem : health.domain)
            o << u"  "_s << problem << u'\n';
    }
    o << BackupTr::tr("cut-offs: %1").arg(health.cutoffs.size()) << u'\n';
    for (const DatabaseHealth::Cutoff &c : health.cutoffs)
        o << u"  "_s
          << BackupTr::tr("%1: %2 districts, %3 Puskesmas")
                 .arg(c.cutoff.toString(Qt::ISODate), locale.toString(c.districts),
                      locale.toString(c.puskesmas))
          << u'\n';
    const QStringList backups = Store::backups(path);
    o << BackupTr::tr("automatic backups: %1 in %2")
             .arg(backups.size())
             .arg(native(Store::backupFolder(path)))
      << u'\n';
    if (!backups.isEmpty())
        o << u"  "_s << BackupTr::tr("newest: %1").arg(QFileInfo(backups.first()).fileName())
          << u'\n';
    if (health.healthy()) {
        // Issue 12: an older version put the sample into the user's own file.
        Store store;
        if (store.open(path, Store::OpenMode::ReadOnly).ok()) {
            const Result<MixedSample> mixed = store.mixedSample();
            if (mixed && mixed->isMixed())
                o << mixedSampleReport(*mixed) << u'\n';
        }
    }
    o.flush();
    if (!health.healthy()) {
        err() << BackupTr::tr("%1 is damaged: nothing should be imported into it. Restore a "
                              "backup: lengkap-cli restore --db %1 BACKUP")
                     .arg(native(path))
              << Qt::endl;
        return DatabaseFailure;
    }
    return Ok;
}

} // namespace Lengkap::Cli
