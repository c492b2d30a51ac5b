#include "methodologydialog.h"

#include "language.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lengkap {

namespace {

// The text exists in both languages by design (the ministry publishes it in Indonesian; English
// readers need the same rules), so it is kept as two documents rather than one tr() source.
constexpr auto IndonesianText = uR"(
<h2>Metodologi: Kelengkapan 9 Jenis Nakes di Puskesmas</h2>
<p>Setiap Puskesmas wajib memiliki 9 jenis tenaga medis dan tenaga kesehatan prioritas
(PMK 43/2019, PP 28/2024): <b>Dokter, Dokter Gigi, Perawat, Bidan, Promosi Kesehatan, Sanitasi
Lingkungan, Gizi, Farmasi, dan ATLM</b> (Ahli Teknologi Laboratorium Medik).</p>
<h3>Aturan perhitungan</h3>
<ul>
<li>Sebuah sel (Puskesmas × jenis) <b>Sudah Terisi</b> bila jumlah tenaga ≥ 1, dan <b>Kosong</b>
bila 0. Sel kosong ditandai arsiran dan tanda “–”, sehingga terbaca juga tanpa warna.</li>
<li>Puskesmas <b>Lengkap</b> bila ke-9 selnya terisi; selain itu <b>Belum Lengkap</b>.</li>
<li><b>Persentase Lengkap</b> = jumlah Puskesmas Lengkap / total Puskesmas × 100%, dihitung untuk
nasional, tiap provinsi dan tiap kabupaten/kota; Belum Lengkap = 100% − Lengkap. Ditampilkan
dengan 2 desimal (77,14%).</li>
<li><b>Kekurangan</b> (“kekurangan N nakes untuk mengisi kekosongan”) = jumlah sel kosong = jumlah
tenaga paling sedikit yang membuat semua Puskesmas lengkap.</li>
<li><b>Puskesmas tanpa jenis tertentu</b> = banyaknya Puskesmas yang tidak memiliki satu pun tenaga
jenis itu (grafik batang).</li>
</ul>
<h3>Status Kepegawaian</h3>
<p><b>ASN + Non-ASN</b>: semua tenaga dihitung. <b>ASN saja</b>: hanya Aparatur Sipil Negara (PNS dan
PPPK). Dengan ASN saja, Puskesmas yang punya 0 dokter gigi ASN dan 2 dokter gigi Non-ASN memiliki
sel dokter gigi yang Kosong; angka Non-ASN tetap tampil, dicetak miring abu-abu.</p>
<h3>Kriteria Data</h3>
<ol>
<li><b>Terdata SISDMK</b>: semua Puskesmas yang terdata pada SISDMK (bawaan).</li>
<li><b>Teregistrasi</b>: hanya Puskesmas dalam daftar Keputusan Menteri Kesehatan tentang Puskesmas
Teregistrasi (HK.01.07/Menkes/507/2024), terbit tiap semester.</li>
<li><b>Capaian Output RPJMN</b>: hanya Puskesmas dalam daftar IKK Direktorat Jenderal Tenaga
Kesehatan (10.195 Puskesmas secara nasional).</li>
</ol>
<p>Data eksisting (bezetting) bersumber dari SISDMK dan diambil setiap tanggal 1 (tanggal
cut-off).</p>
<h3>Gradasi warna</h3>
<p>Persentase Lengkap dibulatkan ke bilangan bulat, lalu: <b>Merah</b> 0–25%, <b>Oranye</b> 26–50%,
<b>Hijau Muda</b> 51–75%, <b>Hijau Tua</b> 76–100%. Setiap warna juga memiliki pola arsiran sendiri,
dan tersedia palet alternatif untuk buta warna (menu Tampilan).</p>
<h3>Usulan penempatan (skenario)</h3>
<p>Tenaga baru ditempatkan agar sebanyak mungkin Puskesmas menjadi Lengkap: per jenis (anggaran
per jenis) atau sejumlah N tenaga jenis apa pun (Puskesmas dengan kekosongan paling sedikit lebih
dulu). Hasilnya diuji terhadap pencarian menyeluruh. Bila beberapa pilihan sama baiknya, urutannya:
Puskesmas di daerah <b>Terpencil</b> atau <b>Sangat Terpencil</b> lebih dulu, lalu Puskesmas
<b>rawat inap</b>, lalu urutan data. Tenaga yang tersisa setelah semua kekosongan terisi
ditempatkan di Puskesmas dengan kekurangan terhadap SKM terbesar. Tenaga usulan dihitung sebagai
ASN (formasi PNS/PPPK). Skenario tidak pernah mengubah data yang diimpor.</p>
<h3>Sumber data</h3>
<p>Jumlah tenaga per Puskesmas dari SISDMK; nama provinsi dan kabupaten/kota dari idn-area-data
(ODbL 1.0). Bila bilah status menampilkan <b>DATA CONTOH</b>, angka yang tampil adalah data
contoh hasil pembangkitan, bukan data sebenarnya (kecuali Kabupaten Lombok Timur).</p>
)";

constexpr auto EnglishText = uR"(
<h2>Methodology: the 9 priority health-worker types in Puskesmas</h2>
<p>Every Puskesmas (community health centre) must have the 9 priority types of medical and
health worker (PMK 43/2019, PP 28/2024): <b>physician, dentist, nurse, midwife, health promotion,
environmental health, nutrition, pharmacy and medical laboratory</b> (ATLM).</p>
<h3>Rules</h3>
<ul>
<li>A cell (Puskesmas × type) is <b>filled</b> (Sudah Terisi) when it has at least 1 worker and
<b>empty</b> (Kosong) when it has none. Empty cells are hatched and show “–”, so they read
without colour.</li>
<li>A Puskesmas is <b>complete</b> (Lengkap) when all 9 of its cells are filled, otherwise
<b>incomplete</b> (Belum Lengkap).</li>
<li><b>% complete</b> = complete Puskesmas / all Puskesmas × 100, for the nation, each province and
each district; % incomplete = 100 − % complete. Shown with 2 decimals.</li>
<li><b>Shortage</b> = the number of empty cells = the fewest workers that would make every
Puskesmas complete.</li>
<li><b>Puskesmas without a type</b> = how many Puskesmas have no worker of that type (bar
chart).</li>
</ul>
<h3>Employment status</h3>
<p><b>ASN + Non-ASN</b>: every worker counts. <b>ASN only</b>: only civil servants (PNS and PPPK).
Under ASN only, a Puskesmas with 0 ASN and 2 Non-ASN dentists has an empty dentist cell; the
Non-ASN numbers are still shown, in grey italics.</p>
<h3>Data criteria</h3>
<ol>
<li><b>In SISDMK</b> (Terdata SISDMK): every Puskesmas in the ministry's SISDMK (default).</li>
<li><b>Registered</b> (Teregistrasi): only the Puskesmas on the registered list of the Minister of
Health's decree (HK.01.07/Menkes/507/2024), published each semester.</li>
<li><b>RPJMN output</b> (Capaian Output RPJMN): only the Puskesmas on the Directorate General of
Health Workforce's IKK list (10,195 nationally).</li>
</ol>
<p>Worker counts (bezetting) come from SISDMK and are taken on the 1st of each month (the
cut-off date).</p>
<h3>Colour bands</h3>
<p>The % complete is rounded to a whole number, then: <b>red</b> 0–25%, <b>orange</b> 26–50%,
<b>light green</b> 51–75%, <b>dark green</b> 76–100%. Each band also has its own pattern, and a
colour-blind friendly palette is available (View menu).</p>
<h3>Allocation proposals (scenarios)</h3>
<p>New workers are placed so that as many Puskesmas as possible become complete: per type (a
budget per type) or a total of N workers of any types (Puskesmas with the fewest empty cells
first). The result is tested against exhaustive search. Where several choices are equally good,
Puskesmas in <b>remote</b> areas (kategori Terpencil or Sangat Terpencil) come first, then
<b>rawat inap</b> Puskesmas, then data order. Workers left once every empty cell is filled go to
the Puskesmas with the largest shortage against the SKM. Proposed workers count as ASN (PNS/PPPK
posts). A scenario never changes the imported data.</p>
<h3>Data sources</h3>
<p>Worker counts per Puskesmas from SISDMK; province and district names from idn-area-data
(ODbL 1.0). When the status bar shows <b>SAMPLE DATA</b>, the figures are generated sample data,
not real data (except Kabupaten Lombok Timur).</p>
)";

QTextBrowser *browser(const QString &html, QWidget *parent)
{
    auto *text = new QTextBrowser(parent);
    text->setOpenExternalLinks(false);
    text->setHtml(html);
    return text;
}

} // namespace

QString MethodologyDialog::indonesianHtml()
{
    return QString::fromUtf16(IndonesianText);
}

QString MethodologyDialog::englishHtml()
{
    return QString::fromUtf16(EnglishText);
}

MethodologyDialog::MethodologyDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Methodology"));
    m_tabs->addTab(browser(indonesianHtml(), m_tabs), u"Bahasa Indonesia"_s);
    m_tabs->addTab(browser(englishHtml(), m_tabs), u"English"_s);
    m_tabs->setCurrentIndex(Language::current() == Language::english() ? 1 : 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Our own word: Qt ships no Indonesian catalogue for its standard buttons (issue 12).
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace Lengkap
