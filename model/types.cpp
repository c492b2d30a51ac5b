#include "types.h"

using namespace Qt::StringLiterals;

namespace Lengkap {

QString statusKey(Status status)
{
    return status == Status::Asn ? u"asn"_s : u"all"_s;
}

QString criteriaKey(Criteria criteria)
{
    switch (criteria) {
    case Criteria::Sisdmk:
        return u"sisdmk"_s;
    case Criteria::Registered:
        return u"registered"_s;
    case Criteria::Rpjmn:
        return u"rpjmn"_s;
    }
    return {};
}

QString bandKey(Band band)
{
    switch (band) {
    case Band::Red:
        return u"red"_s;
    case Band::Orange:
        return u"orange"_s;
    case Band::LightGreen:
        return u"light_green"_s;
    case Band::DarkGreen:
        return u"dark_green"_s;
    }
    return {};
}

QString levelKey(Level level)
{
    switch (level) {
    case Level::National:
        return u"national"_s;
    case Level::Province:
        return u"province"_s;
    case Level::District:
        return u"district"_s;
    }
    return {};
}

QString listKindKey(ListKind kind)
{
    return kind == ListKind::Rpjmn ? u"rpjmn"_s : u"registered"_s;
}

bool parseStatus(const QString &key, Status *status)
{
    for (Status s : {Status::All, Status::Asn}) {
        if (key == statusKey(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}

bool parseCriteria(const QString &key, Criteria *criteria)
{
    for (Criteria c : {Criteria::Sisdmk, Criteria::Registered, Criteria::Rpjmn}) {
        if (key == criteriaKey(c)) {
            *criteria = c;
            return true;
        }
    }
    return false;
}

bool parseListKind(const QString &key, ListKind *kind)
{
    for (ListKind k : {ListKind::Rpjmn, ListKind::Registered}) {
        if (key == listKindKey(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace Lengkap
