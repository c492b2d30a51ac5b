#include "labels.h"

namespace Lengkap {

QString Labels::criteria(Criteria criteria)
{
    switch (criteria) {
    case Criteria::Sisdmk:
        //: Indonesian: "Terdata SISDMK"
        return tr("In SISDMK");
    case Criteria::Registered:
        //: Indonesian: "Teregistrasi"
        return tr("Registered");
    case Criteria::Rpjmn:
        //: Indonesian: "Capaian Output RPJMN"
        return tr("RPJMN output");
    }
    return {};
}

QString Labels::status(Status status)
{
    //: Indonesian: "ASN saja" / "ASN + Non-ASN"
    return status == Status::Asn ? tr("ASN only") : tr("ASN + Non-ASN");
}

QString Labels::band(Band band)
{
    switch (band) {
    case Band::Red:
        //: Indonesian: "Merah"
        return tr("Red");
    case Band::Orange:
        //: Indonesian: "Oranye"
        return tr("Orange");
    case Band::LightGreen:
        //: Indonesian: "Hijau Muda"
        return tr("Light green");
    case Band::DarkGreen:
        //: Indonesian: "Hijau Tua"
        return tr("Dark green");
    }
    return {};
}

QString Labels::bandRange(Band band, const BandSettings &bands)
{
    int low = 0;
    int high = 100;
    switch (band) {
    case Band::Red:
        high = bands.redMax;
        break;
    case Band::Orange:
        low = bands.redMax + 1;
        high = bands.orangeMax;
        break;
    case Band::LightGreen:
        low = bands.orangeMax + 1;
        high = bands.lightGreenMax;
        break;
    case Band::DarkGreen:
        low = bands.lightGreenMax + 1;
        break;
    }
    return tr("%1–%2%", "band range in percent").arg(low).arg(high);
}

QString Labels::filled()
{
    //: Indonesian: "Sudah Terisi"
    return tr("Filled");
}

QString Labels::empty()
{
    //: Indonesian: "Kosong"
    return tr("Empty");
}

} // namespace Lengkap
