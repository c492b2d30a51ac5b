#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

// Domain enums shared by the model, the views and the CLI (DOMAIN.md §2, §3).
namespace Lengkap {
Q_NAMESPACE

// Which workers are counted (Status Kepegawaian).
enum class Status { All, Asn };
Q_ENUM_NS(Status)

// Which Puskesmas are counted (Kriteria Data).
enum class Criteria { Sisdmk, Registered, Rpjmn };
Q_ENUM_NS(Criteria)

// A count cell: Sudah Terisi (>= 1 worker) or Kosong.
enum class FillState { Empty, Filled };
Q_ENUM_NS(FillState)

// Completeness band of a region (DOMAIN.md §3), from worst to best.
enum class Band { Red, Orange, LightGreen, DarkGreen };
Q_ENUM_NS(Band)

enum class Level { National, Province, District };
Q_ENUM_NS(Level)

// The two membership lists a cut-off can carry (DOMAIN.md §2, §5.5).
enum class ListKind { Rpjmn, Registered };
Q_ENUM_NS(ListKind)

// Keys used on the command line and in JSON; parse functions return false for unknown keys.
QString statusKey(Status status);
QString criteriaKey(Criteria criteria);
QString bandKey(Band band);
QString levelKey(Level level);
QString listKindKey(ListKind kind);
bool parseStatus(const QString &key, Status *status);
bool parseCriteria(const QString &key, Criteria *criteria);
bool parseListKind(const QString &key, ListKind *kind);

} // namespace Lengkap
