<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ColorScheme</name>
    <message>
        <source>dark red</source>
        <translation>merah tua</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>oranye</translation>
    </message>
    <message>
        <source>light blue</source>
        <translation>biru muda</translation>
    </message>
    <message>
        <source>dark blue</source>
        <translation>biru tua</translation>
    </message>
    <message>
        <source>red</source>
        <translation>merah</translation>
    </message>
    <message>
        <source>light green</source>
        <translation>hijau muda</translation>
    </message>
    <message>
        <source>dark green</source>
        <translation>hijau tua</translation>
    </message>
</context>
<context>
    <name>Lengkap::BreadcrumbBar</name>
    <message>
        <source>Go back to %1</source>
        <translation>Kembali ke %1</translation>
    </message>
</context>
<context>
    <name>Lengkap::Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Coba &apos;%1 --help&apos; untuk informasi lebih lanjut.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>The Lengkap database file.</source>
        <translation>Berkas basis data Lengkap.</translation>
    </message>
    <message>
        <source>Cut-off date, the 1st of a month (YYYY-MM-DD).</source>
        <translation>Tanggal cut-off, yaitu tanggal 1 suatu bulan (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Province name, e.g. &quot;Nusa Tenggara Barat&quot;.</source>
        <translation>Nama provinsi, misalnya &quot;Nusa Tenggara Barat&quot;.</translation>
    </message>
    <message>
        <source>District (kabupaten/kota), e.g. &quot;Lombok Timur&quot; or &quot;Kota Serang&quot;.</source>
        <translation>Kabupaten/kota, misalnya &quot;Lombok Timur&quot; atau &quot;Kota Serang&quot;.</translation>
    </message>
    <message>
        <source>Data criteria: sisdmk (default), registered or rpjmn.</source>
        <translation>Kriteria data: sisdmk (Terdata SISDMK, bawaan), registered (Teregistrasi) atau rpjmn (Capaian Output RPJMN).</translation>
    </message>
    <message>
        <source>Employment status: all (default) or asn.</source>
        <translation>Status kepegawaian: all (ASN + Non-ASN, bawaan) atau asn (ASN saja).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; bukan tanggal (seharusnya YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cut-off: data are cut off on the 1st of each month (did you mean %2?)</source>
        <translation>&apos;%1&apos; bukan tanggal cut-off: data diambil per tanggal 1 setiap bulan (maksud Anda %2?)</translation>
    </message>
    <message>
        <source>--db is required</source>
        <translation>--db wajib diisi</translation>
    </message>
    <message>
        <source>%1 holds no data yet: import a file first (or run &apos;demo&apos;)</source>
        <translation>%1 belum berisi data: impor berkas terlebih dahulu (atau jalankan &apos;demo&apos;)</translation>
    </message>
    <message>
        <source>no data for cut-off %1; the database holds %2</source>
        <translation>tidak ada data untuk cut-off %1; basis data berisi %2</translation>
    </message>
    <message>
        <source>unknown criteria &apos;%1&apos; (sisdmk, registered or rpjmn)</source>
        <translation>kriteria &apos;%1&apos; tidak dikenal (sisdmk, registered atau rpjmn)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (all or asn)</source>
        <translation>status &apos;%1&apos; tidak dikenal (all atau asn)</translation>
    </message>
    <message>
        <source>Upper limits of the red, orange and light green bands (default 25,50,75; other ministry pages use 50,80,99).</source>
        <translation>Batas atas warna merah, oranye, dan hijau muda (bawaan 25,50,75; halaman Kemenkes lainnya memakai 50,80,99).</translation>
    </message>
    <message>
        <source>--bands takes three increasing whole numbers below 100, e.g. 25,50,75</source>
        <translation>--bands memerlukan tiga bilangan bulat yang makin besar dan kurang dari 100, misalnya 25,50,75</translation>
    </message>
    <message>
        <source>Fill the database with the generated national sample data set (SAMPLE DATA): 514 districts, two cut-offs; Lombok Timur holds the real rows of the ministry page.</source>
        <translation>Isi basis data dengan set data contoh nasional buatan program (DATA CONTOH): 514 kabupaten/kota, dua cut-off; Lombok Timur berisi baris asli dari halaman Kemenkes.</translation>
    </message>
    <message numerus="yes">
        <source>SAMPLE DATA: %n Puskesmas for cut-off %1</source>
        <translation>
            <numerusform>DATA CONTOH: %n Puskesmas untuk cut-off %1</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>%n baris kosong dilewati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty count cell(s) read as 0</source>
        <translation>
            <numerusform>%n sel jumlah yang kosong dibaca sebagai 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) of professions outside the priority types were not counted:</source>
        <translation>
            <numerusform>%n tenaga dengan profesi di luar jenis prioritas tidak dihitung:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a staffing file into the database, as the data of one cut-off.</source>
        <translation>Impor berkas data ketenagaan ke basis data sebagai data satu cut-off.</translation>
    </message>
    <message>
        <source>Swap the data of districts the cut-off already holds for the file&apos;s.</source>
        <translation>Ganti data kabupaten/kota yang sudah ada pada cut-off dengan data dari berkas.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Berkas yang akan diimpor.</translation>
    </message>
    <message>
        <source>import takes exactly one FILE</source>
        <translation>import memerlukan tepat satu FILE</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>format &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: berkas tidak ditemukan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n Puskesmas imported for cut-off %2 (%3)</source>
        <translation>
            <numerusform>%1: %n Puskesmas diimpor untuk cut-off %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaced the earlier data of %n district(s)</source>
        <translation>
            <numerusform>data sebelumnya dari %n kabupaten/kota diganti</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the list of Puskesmas on the RPJMN output list or the registered list, for a cut-off.</source>
        <translation>Impor daftar Puskesmas Capaian Output RPJMN atau daftar Puskesmas Teregistrasi untuk satu cut-off.</translation>
    </message>
    <message>
        <source>rpjmn or registered.</source>
        <translation>rpjmn atau registered.</translation>
    </message>
    <message>
        <source>A file of Puskesmas codes, or of province, district and name.</source>
        <translation>Berkas berisi kode Puskesmas, atau provinsi, kabupaten/kota dan nama Puskesmas.</translation>
    </message>
    <message>
        <source>import-list takes exactly one FILE</source>
        <translation>import-list memerlukan tepat satu FILE</translation>
    </message>
    <message>
        <source>--list must be rpjmn or registered</source>
        <translation>--list harus rpjmn atau registered</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n Puskesmas on the %2 list for cut-off %3</source>
        <translation>
            <numerusform>%1: %n Puskesmas dalam daftar %2 untuk cut-off %3</numerusform>
        </translation>
    </message>
    <message>
        <source>import a staffing file (rekap, long, workers, paste, xlsx)</source>
        <translation>impor berkas data ketenagaan (rekap, long, workers, paste, xlsx)</translation>
    </message>
    <message>
        <source>import the rpjmn or registered list of a cut-off</source>
        <translation>impor daftar rpjmn atau registered untuk satu cut-off</translation>
    </message>
    <message>
        <source>print the completeness of a region as JSON</source>
        <translation>tampilkan kelengkapan suatu wilayah dalam format JSON</translation>
    </message>
    <message>
        <source>place workers in a region: how many Puskesmas become complete</source>
        <translation>tempatkan nakes di suatu wilayah: berapa Puskesmas yang menjadi Lengkap</translation>
    </message>
    <message>
        <source>write a region&apos;s table as CSV, XLSX or PDF</source>
        <translation>tulis tabel suatu wilayah sebagai CSV, XLSX atau PDF</translation>
    </message>
    <message>
        <source>write one PDF with a table per district</source>
        <translation>tulis satu PDF berisi tabel setiap kabupaten/kota</translation>
    </message>
    <message>
        <source>fill a database with the national sample data set</source>
        <translation>isi basis data dengan set data contoh nasional</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Penggunaan: %1 &lt;perintah&gt; [opsi]</translation>
    </message>
    <message>
        <source>Completeness of the 9 priority health-worker types per Puskesmas.</source>
        <translation>Kelengkapan 9 jenis nakes prioritas di setiap Puskesmas.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Options: --help, --version, --lang id|en (default: Indonesian).</source>
        <translation>Opsi: --help, --version, --lang id|en (bawaan: bahasa Indonesia).</translation>
    </message>
    <message>
        <source>&apos;%1 &lt;command&gt; --help&apos; describes a command.</source>
        <translation>&apos;%1 &lt;perintah&gt; --help&apos; menjelaskan satu perintah.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 usage error, 3 invalid input (nothing written), 4 database error (nothing lost).</source>
        <translation>Kode keluar: 0 berhasil, 2 kesalahan penggunaan, 3 masukan tidak valid (tidak ada yang ditulis), 4 kesalahan basis data (tidak ada data yang hilang).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>perintah &apos;%1&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>Write one PDF with the table of every district of a province (--province) or of the nation, with a table of contents.</source>
        <translation>Tulis satu PDF berisi tabel setiap kabupaten/kota di suatu provinsi (--province) atau di seluruh Indonesia, dengan daftar isi.</translation>
    </message>
    <message>
        <source>A section for every district (required).</source>
        <translation>Satu bagian untuk setiap kabupaten/kota (wajib).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Berkas PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>Jangan tampilkan kemajuan proses.</translation>
    </message>
    <message>
        <source>report takes no FILE argument: use -o FILE.pdf</source>
        <translation>report tidak menerima argumen FILE: gunakan -o FILE.pdf</translation>
    </message>
    <message>
        <source>report needs --all-districts</source>
        <translation>report memerlukan --all-districts</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required</source>
        <translation>-o FILE.pdf wajib diisi</translation>
    </message>
    <message>
        <source>report: %1% (%2 of %3 steps, %4 s)</source>
        <translation>report: %1% (%2 dari %3 langkah, %4 detik)</translation>
    </message>
    <message>
        <source>%1: %2 districts, %3 pages</source>
        <translation>%1: %2 kabupaten/kota, %3 halaman</translation>
    </message>
    <message>
        <source>--place &apos;%1&apos;: expected TYPE=N with TYPE one of %2</source>
        <translation>--place &apos;%1&apos;: seharusnya TYPE=N dengan TYPE salah satu dari %2</translation>
    </message>
    <message>
        <source>--place &apos;%1&apos;: N must be a whole number, 0 or more</source>
        <translation>--place &apos;%1&apos;: N harus bilangan bulat, 0 atau lebih</translation>
    </message>
    <message>
        <source>Workers to place, as TYPE=N (repeatable). TYPE is one of: %1.</source>
        <translation>Nakes yang ditempatkan, dalam bentuk TYPE=N (dapat diulang). TYPE salah satu dari: %1.</translation>
    </message>
    <message>
        <source>Print JSON (the only output form).</source>
        <translation>Tampilkan JSON (satu-satunya bentuk keluaran).</translation>
    </message>
    <message>
        <source>scenario takes no FILE</source>
        <translation>scenario tidak menerima FILE</translation>
    </message>
    <message>
        <source>scenario needs --json</source>
        <translation>scenario memerlukan --json</translation>
    </message>
    <message>
        <source>no data for %1 at cut-off %2</source>
        <translation>tidak ada data untuk %1 pada cut-off %2</translation>
    </message>
    <message>
        <source>Print the completeness of the nation, a province or a district.</source>
        <translation>Tampilkan kelengkapan nasional, suatu provinsi, atau suatu kabupaten/kota.</translation>
    </message>
    <message>
        <source>summary takes no FILE</source>
        <translation>summary tidak menerima FILE</translation>
    </message>
    <message>
        <source>summary needs --json</source>
        <translation>summary memerlukan --json</translation>
    </message>
    <message>
        <source>Paper for PDF: a4 (default), letter or f4.</source>
        <translation>Ukuran kertas PDF: a4 (bawaan), letter atau f4.</translation>
    </message>
    <message>
        <source>Print PDF pages upright (default: landscape).</source>
        <translation>Cetak halaman PDF tegak/potret (bawaan: lanskap).</translation>
    </message>
    <message>
        <source>unknown paper &apos;%1&apos;: use a4, letter or f4</source>
        <translation>kertas &apos;%1&apos; tidak dikenal: gunakan a4, letter atau f4</translation>
    </message>
    <message>
        <source>Write the table of a district (its Puskesmas), a province (its districts) or the nation (its provinces) as CSV, XLSX or PDF.</source>
        <translation>Tulis tabel suatu kabupaten/kota (per Puskesmas), suatu provinsi (per kabupaten/kota) atau nasional (per provinsi) sebagai CSV, XLSX atau PDF.</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf (default: from the file name).</source>
        <translation>csv, xlsx atau pdf (bawaan: menurut nama berkas).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Berkas yang akan ditulis.</translation>
    </message>
    <message>
        <source>table takes no FILE argument: use -o FILE</source>
        <translation>table tidak menerima argumen FILE: gunakan -o FILE</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE wajib diisi</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf</source>
        <translation>--format harus csv, xlsx atau pdf</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written</source>
        <translation>
            <numerusform>%1: %n baris ditulis</numerusform>
        </translation>
    </message>
    <message>
        <source>send a cut-off&apos;s districts to the PostgreSQL server</source>
        <translation>kirim data kabupaten/kota suatu cut-off ke server PostgreSQL</translation>
    </message>
    <message>
        <source>copy the server&apos;s data into a local file</source>
        <translation>salin data server ke berkas lokal</translation>
    </message>
    <message>
        <source>this build has no server support (built without libpq): push, pull and server need a Lengkap built with PostgreSQL</source>
        <translation>versi ini tidak mendukung server (dibangun tanpa libpq): push, pull dan server memerlukan Lengkap yang dibangun dengan PostgreSQL</translation>
    </message>
    <message>
        <source>The server, as libpq takes it: &quot;host=... dbname=... user=...&quot;, a postgresql:// URI or service=NAME.</source>
        <translation>Server, dalam bentuk yang diterima libpq: &quot;host=... dbname=... user=...&quot;, URI postgresql:// atau service=NAMA.</translation>
    </message>
    <message>
        <source>--server is required</source>
        <translation>--server wajib diisi</translation>
    </message>
    <message>
        <source>Server password: </source>
        <translation>Kata sandi server: </translation>
    </message>
    <message>
        <source>Upgrade the server&apos;s Lengkap schema to this version&apos;s.</source>
        <translation>Perbarui skema Lengkap di server ke versi program ini.</translation>
    </message>
    <message>
        <source>Create the Lengkap schema on a PostgreSQL database. The role that runs it becomes the Lengkap administrator.</source>
        <translation>Buat skema Lengkap di basis data PostgreSQL. Role yang menjalankannya menjadi administrator Lengkap.</translation>
    </message>
    <message>
        <source>%1: Lengkap server schema %2 created</source>
        <translation>%1: skema server Lengkap %2 dibuat</translation>
    </message>
    <message>
        <source>%1: the server schema is up to date (version %2)</source>
        <translation>%1: skema server sudah terbaru (versi %2)</translation>
    </message>
    <message>
        <source>%1: server schema migrated from version %2 to %3</source>
        <translation>%1: skema server dimigrasikan dari versi %2 ke %3</translation>
    </message>
    <message>
        <source>Create a login role limited to one district (pushes and reads it), one province (reads it) or the nation (reads everything). Run as the Lengkap administrator.</source>
        <translation>Buat role login yang dibatasi pada satu kabupaten/kota (mengirim dan membacanya), satu provinsi (membacanya) atau nasional (membaca semuanya). Jalankan sebagai administrator Lengkap.</translation>
    </message>
    <message>
        <source>The new role&apos;s name.</source>
        <translation>Nama role baru.</translation>
    </message>
    <message>
        <source>A national account: reads every district.</source>
        <translation>Akun nasional: membaca semua kabupaten/kota.</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE.</source>
        <translation>Baca kata sandi dari baris pertama FILE.</translation>
    </message>
    <message>
        <source>Create the role without a password (the server authenticates it otherwise, e.g. peer or certificate).</source>
        <translation>Buat role tanpa kata sandi (server mengautentikasinya dengan cara lain, misalnya peer atau sertifikat).</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name wajib diisi</translation>
    </message>
    <message>
        <source>give exactly one of --district, --province or --national</source>
        <translation>berikan tepat satu dari --district, --province atau --national</translation>
    </message>
    <message>
        <source>--password-file and --no-password exclude each other</source>
        <translation>--password-file dan --no-password tidak dapat dipakai bersamaan</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: the first line holds no password</source>
        <translation>%1: baris pertama tidak berisi kata sandi</translation>
    </message>
    <message>
        <source>no terminal to ask the password on: give --password-file FILE (or --no-password)</source>
        <translation>tidak ada terminal untuk menanyakan kata sandi: berikan --password-file FILE (atau --no-password)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Ulangi: </translation>
    </message>
    <message>
        <source>the passwords are empty or differ; nothing was created</source>
        <translation>kata sandi kosong atau tidak sama; tidak ada yang dibuat</translation>
    </message>
    <message>
        <source>the nation</source>
        <translation>nasional</translation>
    </message>
    <message>
        <source>%1: account %2 created for %3</source>
        <translation>%1: akun %2 dibuat untuk %3</translation>
    </message>
    <message>
        <source>&apos;%1 server &lt;command&gt; --help&apos; describes a command.</source>
        <translation>&apos;%1 server &lt;perintah&gt; --help&apos; menjelaskan satu perintah.</translation>
    </message>
    <message>
        <source>Send a cut-off&apos;s district data from a local database to the server, in one server transaction: all or nothing. A district pushed again for the same cut-off replaces its earlier data; the server keeps that in its history.</source>
        <translation>Kirim data kabupaten/kota suatu cut-off dari basis data lokal ke server dalam satu transaksi server: semua atau tidak sama sekali. Kabupaten/kota yang dikirim lagi untuk cut-off yang sama menggantikan data sebelumnya; server menyimpan data lama itu dalam riwayatnya.</translation>
    </message>
    <message>
        <source>%1 is a copy of the server&apos;s data: there is nothing of yours to push</source>
        <translation>%1 adalah salinan data server: tidak ada data Anda sendiri untuk dikirim</translation>
    </message>
    <message>
        <source>%1 holds no data for that region at cut-off %2; nothing was pushed</source>
        <translation>%1 tidak berisi data untuk wilayah itu pada cut-off %2; tidak ada yang dikirim</translation>
    </message>
    <message numerus="yes">
        <source>%n Puskesmas of cut-off %1 pushed to %2</source>
        <translation>
            <numerusform>%n Puskesmas cut-off %1 dikirim ke %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n kabupaten/kota</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced the earlier data of %1 (kept in the server&apos;s history)</source>
        <translation>data sebelumnya dari %1 diganti (disimpan dalam riwayat server)</translation>
    </message>
    <message>
        <source>Copy the server&apos;s current data (every cut-off, or one) into a local file for offline viewing and printing. The file is marked as a copy of the server: imports into it are refused.</source>
        <translation>Salin data terkini server (semua cut-off, atau satu) ke berkas lokal untuk dilihat dan dicetak secara luring. Berkas ditandai sebagai salinan server: impor ke berkas itu ditolak.</translation>
    </message>
    <message>
        <source>%1 holds no data you may read for that region and cut-off; nothing was written</source>
        <translation>%1 tidak berisi data yang boleh Anda baca untuk wilayah dan cut-off itu; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>%1 holds your own imports: pull into a new file (or an earlier copy of the server); nothing was written</source>
        <translation>%1 berisi impor Anda sendiri: tarik ke berkas baru (atau salinan server sebelumnya); tidak ada yang ditulis</translation>
    </message>
    <message numerus="yes">
        <source>%n Puskesmas of cut-off %1 pulled from %2</source>
        <translation>
            <numerusform>%n Puskesmas cut-off %1 ditarik dari %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a copy of the server (read-only for imports)</source>
        <translation>%1 adalah salinan server (hanya-baca untuk impor)</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Penggunaan: %1 %2 [opsi]</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (it may be in use meanwhile) to a new file.</source>
        <translation>Tulis salinan basis data yang konsisten (boleh sambil dipakai) ke berkas baru.</translation>
    </message>
    <message>
        <source>The backup file to write (a new file).</source>
        <translation>Berkas cadangan yang akan ditulis (berkas baru).</translation>
    </message>
    <message>
        <source>backup takes no FILE argument: use -o FILE</source>
        <translation>backup tidak menerima argumen FILE: gunakan -o FILE</translation>
    </message>
    <message>
        <source>%1: backup of %2 written</source>
        <translation>%1: cadangan %2 ditulis</translation>
    </message>
    <message>
        <source>Put the data of a backup back into the database. The backup must be a healthy Lengkap database; what the database held is backed up first (a damaged database is moved into the backups folder).</source>
        <translation>Kembalikan data dari cadangan ke basis data. Cadangan harus basis data Lengkap yang sehat; isi basis data saat ini dicadangkan lebih dulu (basis data yang rusak dipindahkan ke folder cadangan).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Berkas cadangan.</translation>
    </message>
    <message>
        <source>restore takes exactly one BACKUP file</source>
        <translation>restore memerlukan tepat satu berkas BACKUP</translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation>%1: dipulihkan dari %2</translation>
    </message>
    <message>
        <source>Check a database without changing it: integrity, the rules of the data, the schema version, the cut-offs and their counts. Exit 0 when healthy, 4 otherwise.</source>
        <translation>Periksa basis data tanpa mengubahnya: integritas, aturan data, versi skema, cut-off dan jumlahnya. Keluar dengan 0 jika sehat, 4 jika tidak.</translation>
    </message>
    <message>
        <source>check takes no FILE argument</source>
        <translation>check tidak menerima argumen FILE</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>basis data: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this program writes %2)</source>
        <translation>versi skema: %1 (program ini menulis %2)</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>integritas: baik</translation>
    </message>
    <message>
        <source>data rules: ok</source>
        <translation>aturan data: baik</translation>
    </message>
    <message numerus="yes">
        <source>data rules: %n problem(s)</source>
        <translation>
            <numerusform>aturan data: %n masalah</numerusform>
        </translation>
    </message>
    <message>
        <source>cut-offs: %1</source>
        <translation>cut-off: %1</translation>
    </message>
    <message>
        <source>%1: %2 districts, %3 Puskesmas</source>
        <translation>%1: %2 kabupaten/kota, %3 Puskesmas</translation>
    </message>
    <message>
        <source>automatic backups: %1 in %2</source>
        <translation>cadangan otomatis: %1 di %2</translation>
    </message>
    <message>
        <source>newest: %1</source>
        <translation>terbaru: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: nothing should be imported into it. Restore a backup: lengkap-cli restore --db %1 BACKUP</source>
        <translation>%1 rusak: jangan impor apa pun ke dalamnya. Pulihkan dari cadangan: lengkap-cli restore --db %1 BACKUP</translation>
    </message>
    <message>
        <source>write a consistent copy of the database</source>
        <translation>tulis salinan basis data yang konsisten</translation>
    </message>
    <message>
        <source>put a backup&apos;s data back into the database</source>
        <translation>kembalikan data dari cadangan ke basis data</translation>
    </message>
    <message>
        <source>check a database: integrity, data rules, schema, cut-offs (exit 0 or 4)</source>
        <translation>periksa basis data: integritas, aturan data, skema, cut-off (keluar 0 atau 4)</translation>
    </message>
    <message>
        <source>Compare a region at two cut-offs: which Puskesmas became complete, which lost completeness.</source>
        <translation>Bandingkan suatu wilayah pada dua cut-off: Puskesmas mana yang menjadi Lengkap, mana yang tidak lagi Lengkap.</translation>
    </message>
    <message>
        <source>The earlier cut-off.</source>
        <translation>Cut-off yang lebih awal.</translation>
    </message>
    <message>
        <source>The later cut-off.</source>
        <translation>Cut-off yang lebih akhir.</translation>
    </message>
    <message>
        <source>diff takes no FILE</source>
        <translation>diff tidak menerima FILE</translation>
    </message>
    <message>
        <source>diff needs --json</source>
        <translation>diff memerlukan --json</translation>
    </message>
    <message>
        <source>diff needs --from and --to</source>
        <translation>diff memerlukan --from dan --to</translation>
    </message>
    <message>
        <source>print the complete percentage at every cut-off as JSON</source>
        <translation>tampilkan persentase Lengkap pada setiap cut-off dalam format JSON</translation>
    </message>
    <message>
        <source>compare two cut-offs as JSON: gained and lost</source>
        <translation>bandingkan dua cut-off dalam format JSON: yang bertambah dan yang hilang</translation>
    </message>
    <message>
        <source>Place workers in a region and show how many Puskesmas become complete. &apos;scenario list|show NAME|delete NAME --db DB&apos; manage saved scenarios.</source>
        <translation>Tempatkan nakes di suatu wilayah dan tampilkan berapa Puskesmas yang menjadi Lengkap. &apos;scenario list|show NAME|delete NAME --db DB&apos; mengelola skenario yang tersimpan.</translation>
    </message>
    <message>
        <source>A total of N workers of any types, placed where they complete the most Puskesmas.</source>
        <translation>Sejumlah N nakes jenis apa pun, ditempatkan agar sebanyak mungkin Puskesmas menjadi Lengkap.</translation>
    </message>
    <message>
        <source>Start from the saved scenario NAME (and its cut-off).</source>
        <translation>Mulai dari skenario tersimpan NAME (dan cut-off-nya).</translation>
    </message>
    <message>
        <source>Save the result as the scenario NAME (the --from scenario&apos;s changes, then the placements).</source>
        <translation>Simpan hasilnya sebagai skenario NAME (perubahan skenario --from, lalu penempatan).</translation>
    </message>
    <message>
        <source>scenario needs at least one --place TYPE=N (TYPE one of %1) or --total N</source>
        <translation>scenario memerlukan minimal satu --place TYPE=N (TYPE salah satu dari %1) atau --total N</translation>
    </message>
    <message>
        <source>--place and --total cannot be used together</source>
        <translation>--place dan --total tidak dapat dipakai bersamaan</translation>
    </message>
    <message>
        <source>--save needs a NAME</source>
        <translation>--save memerlukan NAME</translation>
    </message>
    <message>
        <source>--total N: N must be a whole number, 1 or more</source>
        <translation>--total N: N harus bilangan bulat, 1 atau lebih</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; is on cut-off %2, not %3</source>
        <translation>skenario &apos;%1&apos; berada pada cut-off %2, bukan %3</translation>
    </message>
    <message>
        <source>List the saved scenarios.</source>
        <translation>Tampilkan daftar skenario yang tersimpan.</translation>
    </message>
    <message>
        <source>Show a saved scenario: its changes and their effect on a region.</source>
        <translation>Tampilkan skenario tersimpan: perubahannya dan dampaknya pada suatu wilayah.</translation>
    </message>
    <message>
        <source>Delete a saved scenario (the database is backed up first).</source>
        <translation>Hapus skenario tersimpan (basis data dicadangkan terlebih dahulu).</translation>
    </message>
    <message>
        <source>Print JSON (the default).</source>
        <translation>Tampilkan JSON (bawaan).</translation>
    </message>
    <message>
        <source>The scenario&apos;s name.</source>
        <translation>Nama skenario.</translation>
    </message>
    <message>
        <source>scenario list takes no NAME</source>
        <translation>scenario list tidak menerima NAME</translation>
    </message>
    <message>
        <source>scenario %1 needs one NAME</source>
        <translation>scenario %1 memerlukan satu NAME</translation>
    </message>
    <message>
        <source>Print the complete percentage of a region at every cut-off that holds it.</source>
        <translation>Tampilkan persentase Lengkap suatu wilayah pada setiap cut-off yang memuatnya.</translation>
    </message>
    <message>
        <source>trend takes no FILE</source>
        <translation>trend tidak menerima FILE</translation>
    </message>
    <message>
        <source>trend needs --json</source>
        <translation>trend memerlukan --json</translation>
    </message>
    <message>
        <source>no cut-off in %1 holds %2</source>
        <translation>tidak ada cut-off di %1 yang memuat %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln Puskesmas in %3 districts imported for cut-off %2</source>
        <extracomment>Indonesian: &quot;%1: %Ln Puskesmas di %3 kabupaten/kota diimpor untuk cut-off %2&quot;</extracomment>
        <translation>
            <numerusform>%1: %Ln Puskesmas di %3 kabupaten/kota diimpor untuk cut-off %2</numerusform>
        </translation>
    </message>
    <message>
        <source>remove the sample data (DATA CONTOH) an older version mixed in</source>
        <translation>keluarkan data contoh (DATA CONTOH) yang dicampurkan versi lama</translation>
    </message>
    <message>
        <source>sample data (DATA CONTOH) mixed with your imports: %1 district tables at cut-off(s) %2; move it out with: lengkap-cli split-sample --db FILE</source>
        <translation>data contoh (DATA CONTOH) tercampur dengan impor Anda: %1 tabel kabupaten/kota pada cut-off %2; keluarkan dengan: lengkap-cli split-sample --db BERKAS</translation>
    </message>
    <message>
        <source>Remove the national sample data (DATA CONTOH) from a database that an earlier version filled with it beside your own imports. An automatic backup is made first; your own imports are not changed. The sample stays available in its own file.</source>
        <translation>Keluarkan data contoh nasional (DATA CONTOH) dari basis data yang diisi versi lama di samping impor Anda sendiri. Cadangan otomatis dibuat lebih dulu; impor Anda sendiri tidak diubah. Data contoh tetap tersedia di berkasnya sendiri.</translation>
    </message>
    <message>
        <source>split-sample takes no FILE argument</source>
        <translation>split-sample tidak menerima argumen BERKAS</translation>
    </message>
    <message>
        <source>%1: no sample data in this database; nothing changed</source>
        <translation>%1: basis data ini tidak berisi data contoh; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>%1 holds only the sample data (it is a sample file): nothing was removed</source>
        <translation>%1 hanya berisi data contoh (ini berkas data contoh): tidak ada yang dihapus</translation>
    </message>
    <message>
        <source>set up the server: init, migrate, add-user, standards</source>
        <translation>siapkan server: init, migrate, add-user, standards</translation>
    </message>
    <message>
        <source>Show the SKM standards the server prescribes (any account), or replace them with a standards file (the Lengkap administrator only: the server refuses anyone else). The window uses the server&apos;s standards while it shows the server&apos;s data.</source>
        <translation>Tampilkan standar SKM yang ditetapkan server (akun apa pun), atau ganti dengan berkas standar (hanya administrator Lengkap: server menolak akun lain). Jendela memakai standar server selama menampilkan data server.</translation>
    </message>
    <message>
        <source>Print the server&apos;s standards (JSON).</source>
        <translation>Cetak standar server (JSON).</translation>
    </message>
    <message>
        <source>Replace the server&apos;s standards with FILE (JSON, as saved by the window&apos;s standards dialog).</source>
        <translation>Ganti standar server dengan FILE (JSON, seperti yang disimpan dialog standar di jendela).</translation>
    </message>
    <message>
        <source>give exactly one of --show or --set FILE</source>
        <translation>berikan tepat satu dari --show atau --set FILE</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>%1: SKM standards replaced</source>
        <translation>%1: standar SKM diganti</translation>
    </message>
    <message>
        <source>Usage: %1 server init|migrate|add-user|standards --server CONNINFO [options]</source>
        <translation>Penggunaan: %1 server init|migrate|add-user|standards --server CONNINFO [opsi]</translation>
    </message>
    <message>
        <source>unknown server command &apos;%1&apos; (init, migrate, add-user or standards)</source>
        <translation>perintah server &apos;%1&apos; tidak dikenal (init, migrate, add-user atau standards)</translation>
    </message>
    <message>
        <source>%1: sample data removed (%2 district tables at cut-off(s) %3); your %4 imported districts kept; backup: %5</source>
        <translation>%1: data contoh dihapus (%2 tabel kabupaten/kota pada cut-off %3); %4 kabupaten/kota hasil impor Anda tetap ada; cadangan: %5</translation>
    </message>
    <message>
        <source>Leave workers that complete no Puskesmas unplaced (by default they go where the SKM shortage is largest).</source>
        <translation>Nakes yang tidak melengkapi Puskesmas mana pun tidak ditempatkan (bawaan: ditempatkan di tempat kekurangan SKM terbesar).</translation>
    </message>
    <message>
        <source>%1: %2; nothing was pushed</source>
        <translation>%1: %2; tidak ada yang dikirim ke server</translation>
    </message>
    <message>
        <source>auto (default), rekap, long, workers, paste or xlsx (a workbook: .xlsx, .xls or .ods, also found by itself).</source>
        <translation>auto (bawaan), rekap, long, workers, paste atau xlsx (buku kerja: .xlsx, .xls atau .ods, juga dikenali dengan sendirinya).</translation>
    </message>
    <message>
        <source>Workbooks: the sheet to read (default: the first with a recognised header).</source>
        <translation>Buku kerja: lembar kerja yang dibaca (bawaan: lembar pertama yang baris judulnya dikenali).</translation>
    </message>
    <message numerus="yes">
        <source>replaced the earlier data of %n district(s) (kept in the server&apos;s history)</source>
        <translation>
            <numerusform>data sebelumnya dari %n kabupaten/kota diganti (disimpan dalam riwayat server)</numerusform>
        </translation>
    </message>
    <message>
        <source>the module that writes tables and reports is not installed (looked for %1); reinstall Lengkap</source>
        <translation>modul penulis tabel dan laporan tidak terpasang (dicari: %1); pasang ulang Lengkap</translation>
    </message>
    <message>
        <source>the module that writes tables and reports, %1, could not be loaded (%2); reinstall Lengkap</source>
        <translation>modul penulis tabel dan laporan, %1, tidak dapat dimuat (%2); pasang ulang Lengkap</translation>
    </message>
    <message>
        <source>the module that writes tables and reports, %1, belongs to another build (%2; this program is %3); reinstall Lengkap</source>
        <translation>modul penulis tabel dan laporan, %1, berasal dari build lain (%2; program ini %3); pasang ulang Lengkap</translation>
    </message>
</context>
<context>
    <name>Lengkap::Coverage</name>
    <message>
        <source>contains %1 of %2 districts</source>
        <extracomment>Indonesian: &quot;berisi %1 dari %2 kabupaten/kota&quot;</extracomment>
        <translation>berisi %1 dari %2 kabupaten/kota</translation>
    </message>
    <message>
        <source>contains %1 of %2 districts in %3</source>
        <extracomment>Indonesian: &quot;berisi %1 dari %2 kabupaten/kota di %3&quot;</extracomment>
        <translation>berisi %1 dari %2 kabupaten/kota di %3</translation>
    </message>
</context>
<context>
    <name>Lengkap::CsvReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>berkas tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel) or as CSV</source>
        <translation>berkas berupa teks UTF-16; simpan sebagai UTF-8 (&quot;CSV UTF-8&quot; di Excel) atau sebagai CSV</translation>
    </message>
    <message>
        <source>this is not a text file (it contains NUL bytes)</source>
        <translation>ini bukan berkas teks (berisi bita NUL)</translation>
    </message>
    <message>
        <source>unterminated quote: the quoted cell opened on this line never closes</source>
        <translation>tanda kutip tidak ditutup: sel berkutip yang dibuka pada baris ini tidak pernah ditutup</translation>
    </message>
    <message>
        <source>a record longer than %1 MB</source>
        <translation>ada rekaman yang lebih panjang dari %1 MB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>berkas tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>Lengkap::CutoffChangeDialog</name>
    <message>
        <source>Change Between Cut-offs</source>
        <translation>Perubahan Antar-Cut-off</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Ke:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Complete then</source>
        <translation>Lengkap saat itu</translation>
    </message>
    <message>
        <source>Complete now</source>
        <translation>Lengkap sekarang</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Complete (%) at every cut-off</source>
        <translation>Lengkap (%) pada setiap cut-off</translation>
    </message>
    <message>
        <source>Choose two cut-offs.</source>
        <translation>Pilih dua cut-off.</translation>
    </message>
    <message>
        <source>Became complete (%1)</source>
        <translation>Menjadi Lengkap (%1)</translation>
    </message>
    <message>
        <source>gained %1</source>
        <translation>bertambah %1</translation>
    </message>
    <message>
        <source>Lost completeness (%1)</source>
        <translation>Tidak lagi Lengkap (%1)</translation>
    </message>
    <message>
        <source>lost %1</source>
        <translation>kehilangan %1</translation>
    </message>
    <message>
        <source>Only in %1 (not counted as losses): %2</source>
        <translation>Hanya ada pada %1 (tidak dihitung sebagai penurunan): %2</translation>
    </message>
    <message>
        <source>Only in %1 (not counted as gains): %2</source>
        <translation>Hanya ada pada %1 (tidak dihitung sebagai kenaikan): %2</translation>
    </message>
</context>
<context>
    <name>Lengkap::DashboardWindow</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Lengkap: health workers in Puskesmas</source>
        <translation>Lengkap: tenaga kesehatan di Puskesmas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Import a staffing file (rekap CSV, XLSX, SISDMK worker export, a copy of the web table) as the data of a cut-off</source>
        <translation>Impor berkas data ketenagaan (CSV rekap, XLSX, ekspor data per tenaga dari SISDMK, salinan tabel dari halaman web) sebagai data satu cut-off</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Back to &amp;national view</source>
        <translation>Kembali ke Tampilan &amp;Nasional</translation>
    </message>
    <message>
        <source>&amp;Find by name</source>
        <translation>&amp;Cari berdasarkan nama</translation>
    </message>
    <message>
        <source>Scenarios (SKM)</source>
        <translation>Skenario (SKM)</translation>
    </message>
    <message>
        <source>&amp;Scenarios (SKM)</source>
        <translation>&amp;Skenario (SKM)</translation>
    </message>
    <message>
        <source>Place workers and see how many Puskesmas become complete; compare with the minimum staffing standards (SKM)</source>
        <translation>Tempatkan nakes dan lihat berapa Puskesmas yang menjadi Lengkap; bandingkan dengan Standar Ketenagaan Minimal (SKM)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>B&amp;ahasa</translation>
    </message>
    <message>
        <source>Colour-blind friendly &amp;palette</source>
        <translation>&amp;Palet ramah buta warna</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <extracomment>Indonesian: &quot;&amp;Metodologi&quot;</extracomment>
        <translation>&amp;Metodologi</translation>
    </message>
    <message>
        <source>&amp;About Lengkap</source>
        <translation>&amp;Tentang Lengkap</translation>
    </message>
    <message>
        <source>C&amp;ut-off:</source>
        <translation>&amp;Cut-off:</translation>
    </message>
    <message>
        <source>Data &amp;criteria:</source>
        <extracomment>Indonesian: &quot;&amp;Kriteria Data:&quot;</extracomment>
        <translation>&amp;Kriteria Data:</translation>
    </message>
    <message>
        <source>Employment &amp;status:</source>
        <extracomment>Indonesian: &quot;&amp;Status Kepegawaian:&quot;</extracomment>
        <translation>&amp;Status Kepegawaian:</translation>
    </message>
    <message>
        <source>Every Puskesmas recorded in SISDMK</source>
        <translation>Semua Puskesmas yang terdata di SISDMK</translation>
    </message>
    <message>
        <source>Only the Puskesmas on the registered list (Kepmenkes, each semester)</source>
        <translation>Hanya Puskesmas dalam daftar Puskesmas Teregistrasi (Kepmenkes, setiap semester)</translation>
    </message>
    <message>
        <source>Only the Puskesmas on the RPJMN output (IKK) list</source>
        <translation>Hanya Puskesmas dalam daftar Capaian Output RPJMN (IKK)</translation>
    </message>
    <message>
        <source>Count every worker</source>
        <translation>Hitung semua tenaga (ASN dan Non-ASN)</translation>
    </message>
    <message>
        <source>Count civil servants only (PNS and PPPK)</source>
        <translation>Hitung ASN saja (PNS dan PPPK)</translation>
    </message>
    <message>
        <source>Data are taken on the 1st of each month</source>
        <translation>Data diambil per tanggal 1 setiap bulan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Up one level (Alt+Left)</source>
        <translation>Naik satu tingkat (Alt+Left)</translation>
    </message>
    <message>
        <source>Back to national view</source>
        <extracomment>Indonesian: &quot;Kembali ke Tampilan Nasional&quot;</extracomment>
        <translation>Kembali ke Tampilan Nasional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Cari berdasarkan nama (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Tam&amp;pilkan:</translation>
    </message>
    <message>
        <source>Cannot open the cut-off</source>
        <translation>Cut-off tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>district, province</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Completeness of the %1 priority health-worker types in %2</source>
        <extracomment>Indonesian: &quot;Kelengkapan %1 Jenis Nakes di %2&quot; (the ministry dashboard&apos;s title)</extracomment>
        <translation>Kelengkapan %1 Jenis Nakes di %2</translation>
    </message>
    <message>
        <source>Sorted by % complete, highest first</source>
        <translation>Diurutkan menurut % Lengkap, dari yang tertinggi</translation>
    </message>
    <message>
        <source>Sorted by % complete, lowest first</source>
        <translation>Diurutkan menurut % Lengkap, dari yang terendah</translation>
    </message>
    <message>
        <source>Sorted by Puskesmas without %1</source>
        <translation>Diurutkan menurut jumlah Puskesmas tanpa %1</translation>
    </message>
    <message>
        <source>No data for %1 in this cut-off</source>
        <translation>Tidak ada data untuk %1 pada cut-off ini</translation>
    </message>
    <message>
        <source>All Puskesmas</source>
        <translation>Semua Puskesmas</translation>
    </message>
    <message>
        <source>Only incomplete</source>
        <translation>Hanya yang Belum Lengkap</translation>
    </message>
    <message>
        <source>Only complete</source>
        <translation>Hanya yang Lengkap</translation>
    </message>
    <message>
        <source>Without %1</source>
        <translation>Tanpa %1</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Semua provinsi</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Semua kabupaten/kota</translation>
    </message>
    <message>
        <source>With incomplete Puskesmas</source>
        <translation>Ada Puskesmas Belum Lengkap</translation>
    </message>
    <message>
        <source>Every Puskesmas complete</source>
        <translation>Semua Puskesmas Lengkap</translation>
    </message>
    <message>
        <source>With Puskesmas without %1</source>
        <translation>Ada Puskesmas tanpa %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Puskesmas complete</source>
        <extracomment>Indonesian: &quot;%Ln Puskesmas Lengkap&quot;; %Ln is the count with digit grouping</extracomment>
        <translation>
            <numerusform>%Ln Puskesmas Lengkap</numerusform>
        </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> dari %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Puskesmas incomplete</source>
        <extracomment>Indonesian: &quot;%Ln Puskesmas Belum Lengkap&quot;</extracomment>
        <translation>
            <numerusform>%Ln Puskesmas Belum Lengkap</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete (Lengkap): at least one worker of each of the %1 types, counting %2, among the Puskesmas %3</source>
        <translation>Lengkap: minimal satu tenaga untuk masing-masing %1 jenis, dihitung %2, di antara Puskesmas %3</translation>
    </message>
    <message numerus="yes">
        <source>There is a shortage of %Ln health workers to fill the empty posts of the Puskesmas in %1</source>
        <extracomment>Indonesian: &quot;Terdapat kekurangan %Ln nakes untuk mengisi kekosongan Puskesmas di %1&quot;</extracomment>
        <translation>
            <numerusform>Terdapat Kekurangan %Ln Nakes Untuk Mengisi Kekosongan Puskesmas di %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No type is missing anywhere.</source>
        <translation>Tidak ada jenis nakes yang kosong di Puskesmas mana pun.</translation>
    </message>
    <message>
        <source>Shortage by type: %1</source>
        <translation>Kekurangan per jenis: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 dari %2 baris</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Tidak ada data</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Cut-off: %1</source>
        <translation>Cut-off: %1</translation>
    </message>
    <message>
        <source>SAMPLE DATA</source>
        <extracomment>Indonesian: &quot;DATA CONTOH&quot;</extracomment>
        <translation>DATA CONTOH</translation>
    </message>
    <message>
        <source>Generated sample data, not real figures (except Lombok Timur)</source>
        <translation>Data contoh buatan program, bukan angka sebenarnya (kecuali Lombok Timur)</translation>
    </message>
    <message>
        <source>About Lengkap</source>
        <translation>Tentang Lengkap</translation>
    </message>
    <message>
        <source>Which Puskesmas have all %1 priority types of health worker: completeness by nation, province and district, as on the Ministry of Health&apos;s dashboard.</source>
        <translation>Puskesmas mana yang sudah memiliki seluruh %1 jenis nakes prioritas: kelengkapan tingkat nasional, provinsi, dan kabupaten/kota, seperti pada dasbor Kementerian Kesehatan.</translation>
    </message>
    <message>
        <source>Indonesian area data from idn-area-data, ODbL 1.0</source>
        <translation>Data wilayah Indonesia dari idn-area-data, ODbL 1.0</translation>
    </message>
    <message>
        <source>The sample data set is generated and is not real data.</source>
        <translation>Set data contoh dibuat oleh program dan bukan data sebenarnya.</translation>
    </message>
    <message>
        <source>%1 — Lengkap</source>
        <comment>window title: database file name</comment>
        <translation>%1 — Lengkap</translation>
    </message>
    <message>
        <source>(%1)</source>
        <comment>coverage note</comment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Completeness b&amp;ands</source>
        <translation>&amp;Gradasi warna kelengkapan</translation>
    </message>
    <message>
        <source>no data source</source>
        <translation>tidak ada sumber data</translation>
    </message>
</context>
<context>
    <name>Lengkap::DataSession</name>
    <message>
        <source>Open another Lengkap database file</source>
        <translation>Buka berkas basis data Lengkap yang lain</translation>
    </message>
    <message>
        <source>Open sa&amp;mple data</source>
        <extracomment>Indonesian: &quot;Buka Data &amp;Contoh&quot;</extracomment>
        <translation>Buka Data C&amp;ontoh</translation>
    </message>
    <message>
        <source>The generated national sample (DATA CONTOH), kept in a file of its own</source>
        <translation>Data contoh nasional buatan (DATA CONTOH), disimpan dalam berkasnya sendiri</translation>
    </message>
    <message>
        <source>%1 cannot be replaced; nothing was saved</source>
        <translation>%1 tidak dapat ditimpa; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>%1 cannot be written; nothing was saved</source>
        <translation>%1 tidak dapat ditulis; tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>Lengkap databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data Lengkap (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>Simpan basis data sebagai</translation>
    </message>
    <message>
        <source>Lengkap databases (*.sqlite)</source>
        <translation>Basis data Lengkap (*.sqlite)</translation>
    </message>
    <message>
        <source>This is SAMPLE DATA — import your data</source>
        <extracomment>Indonesian: &quot;Ini DATA CONTOH — Impor data Anda&quot;</extracomment>
        <translation>Ini DATA CONTOH — Impor data Anda</translation>
    </message>
    <message>
        <source>&amp;Import your data…</source>
        <translation>&amp;Impor data Anda…</translation>
    </message>
    <message>
        <source>This database holds no data yet. First step: import a file of your district.</source>
        <translation>Basis data ini belum berisi data. Langkah pertama: impor berkas kabupaten/kota Anda.</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Impor berkas…</translation>
    </message>
    <message>
        <source>Lengkap</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>Open data&amp;base…</source>
        <translation>&amp;Buka Basis Data…</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Buka Berkas Terak&amp;hir</translation>
    </message>
    <message>
        <source>Save database a&amp;s…</source>
        <translation>Simpan Seba&amp;gai…</translation>
    </message>
</context>
<context>
    <name>Lengkap::DatabaseFollower</name>
    <message>
        <source>The database was changed by another program (an import or a restore). The window still shows the data from before.</source>
        <translation>Basis data diubah oleh program lain (impor atau pemulihan). Jendela ini masih menampilkan data sebelumnya.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Hanya-baca: %1</translation>
    </message>
    <message>
        <source>imports are not possible here</source>
        <translation>impor tidak dapat dilakukan di sini</translation>
    </message>
</context>
<context>
    <name>Lengkap::DatabaseRecovery</name>
    <message>
        <source>%1

The newest healthy backup is %2, made %3. Restore it? The damaged database is kept in the backups folder.</source>
        <translation>%1

Cadangan sehat terbaru adalah %2, dibuat %3. Pulihkan? Basis data yang rusak disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>Lengkap</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>%1

There is no healthy automatic backup in %2. Choose a backup file to restore? The damaged database is kept in the backups folder.</source>
        <translation>%1

Tidak ada cadangan otomatis yang sehat di %2. Pilih berkas cadangan untuk dipulihkan? Basis data yang rusak disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>C&amp;hoose a backup…</source>
        <translation>Pi&amp;lih cadangan…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>Lengkap databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data Lengkap (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>Lengkap::ExportController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Pratinjau Cetak…</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>Ke&amp;rtas</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Lanskap</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Ekspor tabel sebagai C&amp;SV…</translation>
    </message>
    <message>
        <source>Export table as &amp;XLSX…</source>
        <translation>Ekspor tabel sebagai &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export table as P&amp;DF…</source>
        <translation>Ekspor tabel sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Print &amp;all districts to PDF…</source>
        <translation>Cetak semu&amp;a kabupaten/kota ke PDF…</translation>
    </message>
    <message>
        <source>One PDF with a section per district of the province on screen, or of the whole country</source>
        <translation>Satu PDF berisi satu bagian untuk setiap kabupaten/kota di provinsi yang sedang ditampilkan, atau di seluruh Indonesia</translation>
    </message>
    <message>
        <source>Save chart as P&amp;NG…</source>
        <translation>Simpan grafik sebagai P&amp;NG…</translation>
    </message>
    <message>
        <source>C&amp;opy table</source>
        <translation>Salin &amp;tabel</translation>
    </message>
    <message>
        <source>Copy the table as tab-separated text for Excel or LibreOffice</source>
        <translation>Salin tabel sebagai teks berpemisah tab untuk Excel atau LibreOffice</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Tidak ada grafik untuk disimpan.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>No data is loaded.</source>
        <translation>Belum ada data yang dimuat.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Print all districts</source>
        <translation>Cetak semua kabupaten/kota</translation>
    </message>
    <message>
        <source>Laying out the districts…</source>
        <translation>Menyusun tata letak kabupaten/kota…</translation>
    </message>
    <message>
        <source>Printing district %1 of %2…</source>
        <translation>Mencetak kabupaten/kota %1 dari %2…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Cetak %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Pratinjau Cetak</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Ekspor tabel sebagai CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export table as XLSX</source>
        <translation>Ekspor tabel sebagai XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export table as PDF</source>
        <translation>Ekspor tabel sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print all districts to PDF</source>
        <translation>Cetak semua kabupaten/kota ke PDF</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Simpan grafik sebagai SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Simpan grafik sebagai PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SV&amp;G…</source>
        <translation>Simpan grafik sebagai S&amp;VG…</translation>
    </message>
</context>
<context>
    <name>Lengkap::ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada berkas yang dipilih</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Pilih &amp;berkas…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>C&amp;ut-off (1st of):</source>
        <translation>&amp;Cut-off (tanggal 1 bulan):</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Lembar kerja:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Pengodean:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Pemisah:</translation>
    </message>
    <message>
        <source>Columns of the worker export</source>
        <translation>Kolom ekspor data per tenaga</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Pratinjau baris-baris pertama</translation>
    </message>
    <message>
        <source>Choose a file, then Check it to see what will be imported. Nothing is written before Import.</source>
        <translation>Pilih berkas, lalu Periksa untuk melihat apa yang akan diimpor. Tidak ada yang ditulis sebelum Impor.</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy the text above to the clipboard</source>
        <translation>Salin teks di atas ke papan klip</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Yang akan diimpor</translation>
    </message>
    <message>
        <source>&amp;Replace the data of districts this cut-off already holds</source>
        <translation>&amp;Ganti data kabupaten/kota yang sudah ada pada cut-off ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Read the whole file and show what will be imported; nothing is written</source>
        <translation>Baca seluruh berkas dan tampilkan apa yang akan diimpor; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Write the checked data to the database</source>
        <translation>Tulis data yang telah diperiksa ke basis data</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Import a staffing file</source>
        <translation>Impor berkas data ketenagaan</translation>
    </message>
    <message>
        <source>The file cannot be read:
%1</source>
        <translation>Berkas tidak dapat dibaca:
%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>not recognised from the header</source>
        <translation>tidak dikenali dari baris judul</translation>
    </message>
    <message>
        <source>— (workbook)</source>
        <translation>— (buku kerja)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>%1 (recognised)</source>
        <translation>%1 (dikenali)</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(tidak ditemukan)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Every required column (*) was found. Only counts are imported: names, NIK and birth dates are never stored.</source>
        <translation>Semua kolom wajib (*) ditemukan. Hanya jumlah yang diimpor: nama, NIK, dan tanggal lahir tidak pernah disimpan.</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>Pilih kolom yang berisi: %1.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Checked: nothing has been written yet.</source>
        <translation>Sudah diperiksa: belum ada yang ditulis.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Pemeriksaan dibatalkan.</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was written.</source>
        <translation>Pemeriksaan dibatalkan. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Berkas tidak dapat diimpor.</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was written.

%1

Correct the file and check it again.</source>
        <translation>Berkas tidak dapat diimpor; tidak ada yang ditulis.

%1

Perbaiki berkas, lalu periksa kembali.</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>Menulis ke basis data…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Berhasil diimpor.</translation>
    </message>
    <message>
        <source>Refused: nothing was written.</source>
        <translation>Ditolak: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Nothing was written: the cut-off %1 already holds data of %2.

Tick “Replace the data of districts this cut-off already holds” and Import again to swap that data for this file&apos;s, or choose another cut-off.

%3</source>
        <translation>Tidak ada yang ditulis: cut-off %1 sudah berisi data %2.

Centang “Ganti data kabupaten/kota yang sudah ada pada cut-off ini” lalu Impor lagi untuk mengganti data tersebut dengan data dari berkas ini, atau pilih cut-off lain.

%3</translation>
    </message>
    <message>
        <source>The import failed: nothing was written.</source>
        <translation>Impor gagal: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.

%1</source>
        <translation>Impor gagal; tidak ada yang ditulis.

%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Pengodean: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Pemisah: %1</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Lembar kerja: %1</translation>
    </message>
    <message>
        <source>Cut-off: %1</source>
        <translation>Cut-off: %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Baris dibaca: %1</translation>
    </message>
    <message>
        <source>Workers counted: %1</source>
        <translation>Tenaga dihitung: %1</translation>
    </message>
    <message>
        <source>Puskesmas: %1</source>
        <translation>Puskesmas: %1</translation>
    </message>
    <message>
        <source>Districts (%1):</source>
        <translation>Kabupaten/kota (%1):</translation>
    </message>
    <message>
        <source>Workers per type (ASN + Non-ASN = total):</source>
        <translation>Tenaga per jenis (ASN + Non-ASN = total):</translation>
    </message>
    <message>
        <source>Ambiguous rows: %1</source>
        <translation>Baris ambigu: %1</translation>
    </message>
    <message>
        <source>Workers of professions outside the priority types (not counted): %1</source>
        <translation>Tenaga dengan profesi di luar jenis prioritas (tidak dihitung): %1</translation>
    </message>
    <message>
        <source>Empty rows skipped: %1</source>
        <translation>Baris kosong dilewati: %1</translation>
    </message>
    <message>
        <source>Empty count cells read as 0: %1</source>
        <translation>Sel jumlah yang kosong dibaca sebagai 0: %1</translation>
    </message>
    <message>
        <source>Time to read: %1 s</source>
        <translation>Waktu baca: %1 detik</translation>
    </message>
    <message>
        <source>Nothing has been written yet: press Import to write these data as the cut-off %1.</source>
        <translation>Belum ada yang ditulis: tekan Impor untuk menulis data ini sebagai cut-off %1.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <source>Districts: %1</source>
        <translation>Kabupaten/kota: %1</translation>
    </message>
    <message>
        <source>Replaced the earlier data of: %1</source>
        <translation>Data sebelumnya diganti untuk: %1</translation>
    </message>
    <message>
        <source>Unmapped professions: %1 (%2 workers not counted)</source>
        <translation>Profesi tanpa pemetaan: %1 (%2 tenaga tidak dihitung)</translation>
    </message>
    <message>
        <source>Time taken: %1 s (reading %2 s, writing %3 s)</source>
        <translation>Waktu: %1 detik (membaca %2 detik, menulis %3 detik)</translation>
    </message>
    <message>
        <source>The cut-off changed: check the file again.</source>
        <translation>Cut-off berubah: periksa berkas sekali lagi.</translation>
    </message>
    <message numerus="yes">
        <source>This cut-off already holds data of %n district(s).</source>
        <translation>
            <numerusform>Cut-off ini sudah berisi data %n kabupaten/kota.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary per Puskesmas</source>
        <extracomment>Indonesian: &quot;Rekap per Puskesmas&quot;</extracomment>
        <translation>Rekap per Puskesmas</translation>
    </message>
    <message>
        <source>Counts per type and status</source>
        <extracomment>Indonesian: &quot;Jumlah per jenis dan status&quot;</extracomment>
        <translation>Jumlah per jenis dan status</translation>
    </message>
    <message>
        <source>One row per health worker (SISDMK)</source>
        <extracomment>Indonesian: &quot;Data per nakes (SISDMK)&quot;</extracomment>
        <translation>Data per nakes (SISDMK)</translation>
    </message>
    <message>
        <source>Copy of the dashboard table</source>
        <extracomment>Indonesian: &quot;Salinan tabel dasbor&quot;</extracomment>
        <translation>Salinan tabel dasbor</translation>
    </message>
    <message>
        <source>%1, Excel workbook</source>
        <extracomment>Indonesian: &quot;%1, buku kerja Excel&quot;</extracomment>
        <translation>%1, buku kerja Excel</translation>
    </message>
    <message>
        <source>Excel workbook; the sheet&apos;s format is not recognised from its header</source>
        <translation>Buku kerja Excel; format lembar kerja tidak dikenali dari baris judulnya</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Baris judul:</translation>
    </message>
    <message>
        <source>%1 (not recognised: the first row that is not blank)</source>
        <translation>%1 (tidak dikenali: baris pertama yang tidak kosong)</translation>
    </message>
    <message>
        <source>no header recognised: choose</source>
        <translation>baris judul tidak dikenali: pilih</translation>
    </message>
    <message>
        <source>chosen by its header</source>
        <translation>dipilih menurut baris judulnya</translation>
    </message>
    <message>
        <source>Staffing files (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Berkas data ketenagaan (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Berkas tidak dapat diimpor: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file cannot be imported: %1 (and %n more below)</source>
        <translation>
            <numerusform>Berkas tidak dapat diimpor: %1 (dan %n lagi di bawah)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lengkap::ImportPreview</name>
    <message>
        <source>%1: cannot read the workbook&apos;s table of contents</source>
        <translation>%1: daftar isi buku kerja tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1: refused: the workbook part %2 is too large</source>
        <translation>%1: ditolak: bagian buku kerja %2 terlalu besar</translation>
    </message>
    <message>
        <source>%1: cannot read %2 in the workbook</source>
        <translation>%1: %2 dalam buku kerja tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: berkas tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (not a zip archive)</source>
        <translation>%1: bukan buku kerja XLSX (bukan arsip zip)</translation>
    </message>
    <message>
        <source>%1: refused: the workbook declares a DTD</source>
        <translation>%1: ditolak: buku kerja mendeklarasikan DTD</translation>
    </message>
    <message>
        <source>%1: the workbook part is not valid XML</source>
        <translation>%1: bagian buku kerja bukan XML yang valid</translation>
    </message>
    <message>
        <source>rows %1 and %2 (merged cells)</source>
        <translation>baris %1 dan %2 (sel gabungan)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
</context>
<context>
    <name>Lengkap::ImportWorker</name>
    <message>
        <source>%1: import cancelled</source>
        <translation>%1: impor dibatalkan</translation>
    </message>
</context>
<context>
    <name>Lengkap::Importer</name>
    <message>
        <source>cannot tell the format from the header; expected rekap (%1, ...), long (provinsi, kabupaten_kota, nama_puskesmas, jenis, status, jumlah) or a worker export (a profession column such as jenis tenaga, rumpun, profesi or jabatan, and a status kepegawaian column)</source>
        <translation>format tidak dapat dikenali dari baris judul; seharusnya rekap (%1, ...), long (provinsi, kabupaten_kota, nama_puskesmas, jenis, status, jumlah) atau ekspor data per tenaga (kolom profesi seperti jenis tenaga, rumpun, profesi atau jabatan, dan kolom status kepegawaian)</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>berkas tidak memiliki baris judul</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: adalah folder, bukan berkas</translation>
    </message>
    <message>
        <source>%1: is a device, a pipe or a socket, not a file; save the data to a file first</source>
        <translation>%1: adalah perangkat, pipe atau soket, bukan berkas; simpan data ke berkas lebih dulu</translation>
    </message>
    <message>
        <source>%1: too large (%2 MB; at most %3 MB)</source>
        <translation>%1: terlalu besar (%2 MB; paling besar %3 MB)</translation>
    </message>
    <message>
        <source>%1 is %2 characters long (at most %3): &apos;%4…&apos;</source>
        <translation>%1 panjangnya %2 karakter (paling banyak %3): &apos;%4…&apos;</translation>
    </message>
    <message>
        <source>%1: no sheet has a header this program recognises (a rekap, long or worker table); the sheets are: %2. Name the sheet to read with --sheet, or in the import window.</source>
        <translation>%1: tidak ada lembar kerja dengan baris judul yang dikenali program ini (tabel rekap, long atau data pegawai); lembar kerjanya: %2. Sebutkan lembar kerja yang dibaca dengan --sheet, atau di jendela impor.</translation>
    </message>
</context>
<context>
    <name>Lengkap::Labels</name>
    <message>
        <source>In SISDMK</source>
        <extracomment>Indonesian: &quot;Terdata SISDMK&quot;</extracomment>
        <translation>Terdata SISDMK</translation>
    </message>
    <message>
        <source>Registered</source>
        <extracomment>Indonesian: &quot;Teregistrasi&quot;</extracomment>
        <translation>Teregistrasi</translation>
    </message>
    <message>
        <source>RPJMN output</source>
        <extracomment>Indonesian: &quot;Capaian Output RPJMN&quot;</extracomment>
        <translation>Capaian Output RPJMN</translation>
    </message>
    <message>
        <source>ASN only</source>
        <extracomment>Indonesian: &quot;ASN saja&quot; / &quot;ASN + Non-ASN&quot;</extracomment>
        <translation>ASN saja</translation>
    </message>
    <message>
        <source>ASN + Non-ASN</source>
        <translation>ASN + Non-ASN</translation>
    </message>
    <message>
        <source>Red</source>
        <extracomment>Indonesian: &quot;Merah&quot;</extracomment>
        <translation>Merah</translation>
    </message>
    <message>
        <source>Orange</source>
        <extracomment>Indonesian: &quot;Oranye&quot;</extracomment>
        <translation>Oranye</translation>
    </message>
    <message>
        <source>Light green</source>
        <extracomment>Indonesian: &quot;Hijau Muda&quot;</extracomment>
        <translation>Hijau Muda</translation>
    </message>
    <message>
        <source>Dark green</source>
        <extracomment>Indonesian: &quot;Hijau Tua&quot;</extracomment>
        <translation>Hijau Tua</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <comment>band range in percent</comment>
        <translation>%1–%2%</translation>
    </message>
    <message>
        <source>Filled</source>
        <extracomment>Indonesian: &quot;Sudah Terisi&quot;</extracomment>
        <translation>Sudah Terisi</translation>
    </message>
    <message>
        <source>Empty</source>
        <extracomment>Indonesian: &quot;Kosong&quot;</extracomment>
        <translation>Kosong</translation>
    </message>
</context>
<context>
    <name>Lengkap::LegendWidget</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (–)</source>
        <translation>%1 (–)</translation>
    </message>
    <message>
        <source>Grey italic: Non-ASN, not counted under ASN only</source>
        <translation>Abu-abu miring: Non-ASN, tidak dihitung pada “ASN saja”</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Keterangan:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>band name (its colour in the colour-blind palette)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Lengkap::ListReader</name>
    <message>
        <source>a list needs a kode_puskesmas column, or the columns provinsi, kabupaten_kota and nama_puskesmas</source>
        <translation>daftar memerlukan kolom kode_puskesmas, atau kolom provinsi, kabupaten_kota dan nama_puskesmas</translation>
    </message>
    <message>
        <source>empty kode_puskesmas</source>
        <translation>kode_puskesmas kosong</translation>
    </message>
    <message>
        <source>empty nama_puskesmas</source>
        <translation>nama_puskesmas kosong</translation>
    </message>
</context>
<context>
    <name>Lengkap::LongReader</name>
    <message>
        <source>column %1 appears twice (cells %2 and %3)</source>
        <translation>kolom %1 muncul dua kali (sel %2 dan %3)</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;: did you mean &apos;%2&apos;?</source>
        <translation>kolom &apos;%1&apos; tidak dikenal: maksud Anda &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>missing required column(s): %1</source>
        <translation>kolom wajib tidak ada: %1</translation>
    </message>
    <message>
        <source>empty nama_puskesmas</source>
        <translation>nama_puskesmas kosong</translation>
    </message>
    <message>
        <source>empty kode_puskesmas for &apos;%1&apos;: when the column exists every row needs a code</source>
        <translation>kode_puskesmas kosong untuk &apos;%1&apos;: jika kolom ini ada, setiap baris harus memiliki kode</translation>
    </message>
    <message>
        <source>column jenis: &apos;%1&apos; is not one of the types (%2)</source>
        <translation>kolom jenis: &apos;%1&apos; bukan salah satu jenis (%2)</translation>
    </message>
    <message>
        <source>column status: &apos;%1&apos; is neither ASN nor Non-ASN</source>
        <translation>kolom status: &apos;%1&apos; bukan ASN maupun Non-ASN</translation>
    </message>
    <message>
        <source>kode_puskesmas &apos;%1&apos; is &apos;%2&apos; here but &apos;%3&apos; on line %4</source>
        <translation>kode_puskesmas &apos;%1&apos; di sini &apos;%2&apos;, tetapi &apos;%3&apos; pada baris %4</translation>
    </message>
    <message>
        <source>unknown column, ignored: %1</source>
        <translation>kolom tidak dikenal, diabaikan: %1</translation>
    </message>
</context>
<context>
    <name>Lengkap::Main</name>
    <message>
        <source>Lengkap</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>Completeness of the priority health-worker types in Indonesian Puskesmas</source>
        <translation>Kelengkapan jenis nakes prioritas di Puskesmas Indonesia</translation>
    </message>
    <message>
        <source>Database file (default: %1)</source>
        <translation>Berkas basis data (bawaan: %1)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>JALUR</translation>
    </message>
    <message>
        <source>Interface language: id or en</source>
        <translation>Bahasa antarmuka: id atau en</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>BAHASA</translation>
    </message>
</context>
<context>
    <name>Lengkap::MethodologyDialog</name>
    <message>
        <source>Methodology</source>
        <translation>Metodologi</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>Lengkap::OdsReader</name>
    <message>
        <source>%1: not an OpenDocument spreadsheet (not a zip archive)</source>
        <translation>%1: bukan lembar kerja OpenDocument (bukan arsip zip)</translation>
    </message>
    <message>
        <source>%1: a zip archive, but not an OpenDocument spreadsheet (no mimetype)</source>
        <translation>%1: arsip zip, tetapi bukan lembar kerja OpenDocument (tanpa mimetype)</translation>
    </message>
    <message>
        <source>%1: not an OpenDocument spreadsheet (its mimetype is &apos;%2&apos;)</source>
        <translation>%1: bukan lembar kerja OpenDocument (mimetype-nya &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: the spreadsheet has no content (content.xml is missing)</source>
        <translation>%1: lembar kerja tidak berisi apa pun (content.xml tidak ada)</translation>
    </message>
    <message>
        <source>%1: content.xml ends inside the sheet</source>
        <translation>%1: content.xml berakhir di tengah lembar kerja</translation>
    </message>
    <message>
        <source>%1:%2: invalid number of repeated rows</source>
        <translation>%1:%2: jumlah baris berulang tidak sah</translation>
    </message>
    <message>
        <source>%1: more than %2 rows</source>
        <translation>%1: lebih dari %2 baris</translation>
    </message>
    <message>
        <source>%1:%2: refused: the sheet repeats cells more than %3 million times (a repeat bomb?)</source>
        <translation>%1:%2: ditolak: lembar kerja mengulang sel lebih dari %3 juta kali (bom pengulangan?)</translation>
    </message>
    <message>
        <source>%1:%2: content.xml ends inside a row</source>
        <translation>%1:%2: content.xml berakhir di tengah baris</translation>
    </message>
    <message>
        <source>%1:%2: invalid number of repeated cells</source>
        <translation>%1:%2: jumlah sel berulang tidak sah</translation>
    </message>
    <message>
        <source>%1:%2: more than %3 columns</source>
        <translation>%1:%2: lebih dari %3 kolom</translation>
    </message>
    <message>
        <source>%1:%2: the row holds more than %3 MB of text</source>
        <translation>%1:%2: baris berisi lebih dari %3 MB teks</translation>
    </message>
    <message>
        <source>%1:%2: content.xml ends inside a cell</source>
        <translation>%1:%2: content.xml berakhir di tengah sel</translation>
    </message>
    <message>
        <source>%1: content.xml ends too early</source>
        <translation>%1: content.xml berakhir terlalu cepat</translation>
    </message>
    <message>
        <source>%1: the spreadsheet has no sheets</source>
        <translation>%1: buku kerja tidak memiliki lembar kerja</translation>
    </message>
    <message>
        <source>%1: no sheet named &apos;%2&apos;; the sheets are: %3</source>
        <translation>%1: tidak ada lembar kerja bernama &apos;%2&apos;; lembar kerja yang ada: %3</translation>
    </message>
</context>
<context>
    <name>Lengkap::OutputFile</name>
    <message>
        <source>Cannot write %1 (the disk may be full); no file was written</source>
        <translation>Tidak dapat menulis %1 (disk mungkin penuh); tidak ada berkas yang ditulis</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; no file was written</source>
        <translation>Tidak dapat menulis %1: %2; tidak ada berkas yang ditulis</translation>
    </message>
</context>
<context>
    <name>Lengkap::PasteReader</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1:1: too large for a copy of the dashboard page (%2 bytes)</source>
        <translation>%1:1: terlalu besar untuk salinan halaman dasbor (%2 bita)</translation>
    </message>
    <message>
        <source>%1:1: the file is empty</source>
        <translation>%1:1: berkas kosong</translation>
    </message>
    <message>
        <source>%1:1: not a text file (binary or UTF-16)</source>
        <translation>%1:1: bukan berkas teks (biner atau UTF-16)</translation>
    </message>
    <message>
        <source>%1:%2: the page is about %3 (%4), not in the chosen province</source>
        <translation>%1:%2: halaman ini tentang %3 (%4), bukan di provinsi yang dipilih</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a count from 0 to 999</source>
        <translation>%1:%2: &apos;%3&apos; bukan jumlah antara 0 dan 999</translation>
    </message>
    <message>
        <source>%1:%2: expected %3 numbers, found %4</source>
        <translation>%1:%2: seharusnya %3 angka, ditemukan %4</translation>
    </message>
    <message>
        <source>%1:%2: a row of numbers without a Puskesmas name</source>
        <translation>%1:%2: baris angka tanpa nama Puskesmas</translation>
    </message>
    <message>
        <source>%1:%2: expected district, Puskesmas and kategori before the numbers, found %3 cells</source>
        <translation>%1:%2: seharusnya ada kabupaten/kota, Puskesmas dan kategori sebelum angka, ditemukan %3 sel</translation>
    </message>
    <message>
        <source>%1:%2: the %3 digits cannot be read as %4 numbers with ASN + Non-ASN = Total for each type</source>
        <translation>%1:%2: %3 digit tidak dapat dibaca sebagai %4 angka dengan ASN + Non-ASN = Total untuk setiap jenis</translation>
    </message>
    <message>
        <source>%1:%2: %3: ASN %4 + Non-ASN %5 is not the total %6</source>
        <translation>%1:%2: %3: ASN %4 + Non-ASN %5 tidak sama dengan total %6</translation>
    </message>
    <message>
        <source>%1:%2: no Puskesmas rows found (expected a copy of the dashboard table)</source>
        <translation>%1:%2: tidak ditemukan baris Puskesmas (seharusnya salinan tabel dasbor)</translation>
    </message>
    <message>
        <source>%1:%2: empty Puskesmas name</source>
        <translation>%1:%2: nama Puskesmas kosong</translation>
    </message>
    <message>
        <source>%1:%2: no district: the title line &apos;Kelengkapan 9 Jenis Nakes di ...&apos; is missing and the row has no district column</source>
        <translation>%1:%2: kabupaten/kota tidak diketahui: judul &apos;Kelengkapan 9 Jenis Nakes di ...&apos; tidak ditemukan dan baris ini tidak memiliki kolom kabupaten/kota</translation>
    </message>
    <message>
        <source>%1:%2: Puskesmas %3 appears twice (first on line %4)</source>
        <translation>%1:%2: Puskesmas %3 muncul dua kali (pertama pada baris %4)</translation>
    </message>
    <message>
        <source>%1:%2: %3: the numbers are written together and can be read %4 ways; chose %5 (closest to the usual counts); also possible: %6</source>
        <translation>%1:%2: %3: angka-angka ditulis tanpa pemisah dan dapat dibaca dengan %4 cara; dipilih %5 (paling mendekati jumlah yang lazim); kemungkinan lain: %6</translation>
    </message>
</context>
<context>
    <name>Lengkap::PgServer</name>
    <message>
        <source>%1: the connection to the server was lost (%2); the server keeps its previous data, nothing was changed. Try again when the server is back.</source>
        <translation>%1: koneksi ke server terputus (%2); server tetap menyimpan data sebelumnya, tidak ada yang diubah. Coba lagi setelah server kembali aktif.</translation>
    </message>
    <message>
        <source>%1: the server refused: %2; nothing was changed</source>
        <translation>%1: server menolak: %2; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>%1: the server refused the data: %2; nothing was changed</source>
        <translation>%1: server menolak data: %2; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>%1: server error: %2</source>
        <translation>%1: kesalahan server: %2</translation>
    </message>
    <message>
        <source>not connected to a server</source>
        <translation>tidak terhubung ke server</translation>
    </message>
    <message>
        <source>cannot connect: out of memory</source>
        <translation>tidak dapat terhubung: memori habis</translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation>tidak dapat terhubung ke server: %1</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>sambungan</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>schema check</source>
        <translation>pemeriksaan skema</translation>
    </message>
    <message>
        <source>the server&apos;s Lengkap schema has no version: it is damaged</source>
        <translation>skema Lengkap di server tidak memiliki versi: skema rusak</translation>
    </message>
    <message>
        <source>%1 holds no Lengkap data yet: the administrator runs &apos;lengkap-cli server init --server ...&apos; first</source>
        <translation>%1 belum berisi data Lengkap: administrator menjalankan &apos;lengkap-cli server init --server ...&apos; terlebih dahulu</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Lengkap (server schema %2, this program knows %3): update Lengkap to use it</source>
        <translation>%1 disiapkan oleh versi Lengkap yang lebih baru (skema server %2, program ini mengenal %3): perbarui Lengkap untuk memakainya</translation>
    </message>
    <message>
        <source>%1 has an older Lengkap schema (%2, this program needs %3): the administrator runs &apos;lengkap-cli server migrate --server ...&apos;</source>
        <translation>%1 memiliki skema Lengkap yang lebih lama (%2, program ini memerlukan %3): administrator menjalankan &apos;lengkap-cli server migrate --server ...&apos;</translation>
    </message>
    <message>
        <source>server schema</source>
        <translation>skema server</translation>
    </message>
    <message>
        <source>begin</source>
        <translation>mulai transaksi</translation>
    </message>
    <message>
        <source>%1 already holds a Lengkap schema (version %2); nothing was changed (&apos;server migrate&apos; upgrades an older one)</source>
        <translation>%1 sudah memiliki skema Lengkap (versi %2); tidak ada yang diubah (&apos;server migrate&apos; memperbarui skema yang lebih lama)</translation>
    </message>
    <message>
        <source>%1 holds no Lengkap schema: run &apos;server init&apos; first</source>
        <translation>%1 tidak memiliki skema Lengkap: jalankan &apos;server init&apos; terlebih dahulu</translation>
    </message>
    <message>
        <source>account</source>
        <translation>akun</translation>
    </message>
    <message>
        <source>the server holds no Lengkap schema</source>
        <translation>server tidak memiliki skema Lengkap</translation>
    </message>
    <message>
        <source>add user</source>
        <translation>tambah pengguna</translation>
    </message>
    <message>
        <source>add user %1</source>
        <translation>tambah pengguna %1</translation>
    </message>
    <message>
        <source>nothing to push: cut-off %1 holds no Puskesmas of those districts</source>
        <translation>tidak ada yang dikirim: cut-off %1 tidak berisi Puskesmas dari kabupaten/kota tersebut</translation>
    </message>
    <message>
        <source>push</source>
        <translation>kirim</translation>
    </message>
    <message>
        <source>cut-offs</source>
        <translation>daftar cut-off</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>tarik</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>server %1</translation>
    </message>
    <message>
        <source>%1 is a copy of the server&apos;s data (made by &apos;pull&apos;): it is read-only for imports; nothing was imported. Import into your own database and push it to the server instead.</source>
        <translation>%1 adalah salinan data server (dibuat oleh &apos;pull&apos;): hanya-baca untuk impor; tidak ada yang diimpor. Impor ke basis data Anda sendiri lalu kirim ke server.</translation>
    </message>
    <message>
        <source>standards</source>
        <translation>standar</translation>
    </message>
    <message>
        <source>the server&apos;s SKM standards cannot be read (%1): the administrator sets them again with &apos;lengkap-cli server standards --set FILE&apos;</source>
        <translation>standar SKM di server tidak dapat dibaca (%1): administrator menetapkannya lagi dengan &apos;lengkap-cli server standards --set FILE&apos;</translation>
    </message>
    <message>
        <source>set standards</source>
        <translation>tetapkan standar</translation>
    </message>
    <message>
        <source>The server holds no data for %1.</source>
        <translation>Server tidak berisi data untuk %1.</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (akun %2)</translation>
    </message>
</context>
<context>
    <name>Lengkap::Professions</name>
    <message>
        <source>%1:%2: expected &apos;profession,type&apos;</source>
        <translation>%1:%2: seharusnya &apos;profesi,jenis&apos;</translation>
    </message>
    <message>
        <source>%1:%2: unknown type &apos;%3&apos;</source>
        <translation>%1:%2: jenis &apos;%3&apos; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>Lengkap::RegionCompleter</name>
    <message>
        <source>%1 (province)</source>
        <translation>%1 (provinsi)</translation>
    </message>
    <message>
        <source>%1 (district, %2)</source>
        <translation>%1 (kabupaten/kota, %2)</translation>
    </message>
    <message>
        <source>%1 (Puskesmas, %2)</source>
        <translation>%1 (Puskesmas, %2)</translation>
    </message>
</context>
<context>
    <name>Lengkap::RegionTableModel</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1, %2: double-click or press Enter to see its Puskesmas</source>
        <translation>%1, %2: klik ganda atau tekan Enter untuk melihat Puskesmas-nya</translation>
    </message>
    <message>
        <source>%1: double-click or press Enter to see its districts</source>
        <translation>%1: klik ganda atau tekan Enter untuk melihat kabupaten/kotanya</translation>
    </message>
    <message>
        <source>%1 of %2 Puskesmas in %3 have at least one worker of each of the %4 types (%5)</source>
        <translation>%1 dari %2 Puskesmas di %3 memiliki minimal satu tenaga untuk masing-masing %4 jenis (%5)</translation>
    </message>
    <message>
        <source>%1 workers would be needed to fill every empty cell in %2</source>
        <translation>Diperlukan %1 nakes untuk mengisi semua sel kosong di %2</translation>
    </message>
    <message>
        <source>Band %1: the rounded percentage complete is %2</source>
        <translation>Warna %1: persentase Lengkap yang dibulatkan adalah %2</translation>
    </message>
    <message>
        <source>%1 Puskesmas in %2 have no %3</source>
        <translation>%1 Puskesmas di %2 tidak memiliki %3</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Belum Lengkap</translation>
    </message>
    <message>
        <source>% Complete</source>
        <translation>% Lengkap</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open it</source>
        <translation>Klik ganda baris atau tekan Enter untuk membukanya</translation>
    </message>
    <message>
        <source>Number of Puskesmas counted under the chosen data criteria</source>
        <translation>Jumlah Puskesmas yang dihitung menurut kriteria data yang dipilih</translation>
    </message>
    <message>
        <source>Puskesmas Lengkap: at least one worker of each of the %1 priority types</source>
        <translation>Puskesmas Lengkap: minimal satu tenaga untuk masing-masing %1 jenis prioritas</translation>
    </message>
    <message>
        <source>Puskesmas Belum Lengkap: no worker of at least one priority type</source>
        <translation>Puskesmas Belum Lengkap: tidak memiliki tenaga untuk minimal satu jenis prioritas</translation>
    </message>
    <message>
        <source>Complete Puskesmas / all Puskesmas × 100</source>
        <translation>Puskesmas Lengkap / seluruh Puskesmas × 100</translation>
    </message>
    <message>
        <source>Empty cells: the fewest workers that would make every Puskesmas complete</source>
        <translation>Jumlah sel kosong: jumlah nakes paling sedikit agar semua Puskesmas Lengkap</translation>
    </message>
    <message>
        <source>Colour band of the rounded % complete: red 0–25, orange 26–50, light green 51–75, dark green 76–100</source>
        <translation>Warna menurut % Lengkap yang dibulatkan: merah 0–25, oranye 26–50, hijau muda 51–75, hijau tua 76–100</translation>
    </message>
    <message>
        <source>Puskesmas without any %1</source>
        <translation>Puskesmas yang tidak memiliki %1</translation>
    </message>
    <message>
        <source>Puskesmas without</source>
        <translation>Puskesmas tanpa</translation>
    </message>
</context>
<context>
    <name>Lengkap::RekapReader</name>
    <message>
        <source>column %1 appears twice (cells %2 and %3)</source>
        <translation>kolom %1 muncul dua kali (sel %2 dan %3)</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;: did you mean &apos;%2&apos;?</source>
        <translation>kolom &apos;%1&apos; tidak dikenal: maksud Anda &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>missing required column(s): %1</source>
        <translation>kolom wajib tidak ada: %1</translation>
    </message>
    <message>
        <source>empty nama_puskesmas</source>
        <translation>nama_puskesmas kosong</translation>
    </message>
    <message>
        <source>empty kode_puskesmas for &apos;%1&apos;: when the column exists every row needs a code</source>
        <translation>kode_puskesmas kosong untuk &apos;%1&apos;: jika kolom ini ada, setiap baris harus memiliki kode</translation>
    </message>
    <message>
        <source>column %1_total: %2 is not %1_asn + %1_non_asn = %3 + %4</source>
        <translation>kolom %1_total: %2 tidak sama dengan %1_asn + %1_non_asn = %3 + %4</translation>
    </message>
    <message>
        <source>duplicate Puskesmas &apos;%1&apos; in this district (first on line %2)</source>
        <translation>Puskesmas &apos;%1&apos; ganda di kabupaten/kota ini (pertama pada baris %2)</translation>
    </message>
    <message>
        <source>duplicate kode_puskesmas &apos;%1&apos; (first on line %2)</source>
        <translation>kode_puskesmas &apos;%1&apos; ganda (pertama pada baris %2)</translation>
    </message>
    <message>
        <source>unknown column, ignored: %1</source>
        <translation>kolom tidak dikenal, diabaikan: %1</translation>
    </message>
</context>
<context>
    <name>Lengkap::RowErrors</name>
    <message numerus="yes">
        <source>%1: stopped reading after %n invalid rows</source>
        <translation>
            <numerusform>%1: pembacaan dihentikan setelah %n baris yang tidak valid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lengkap::SampleSplitBar</name>
    <message>
        <source>Move the sample data out</source>
        <translation>Keluarkan data contoh</translation>
    </message>
    <message>
        <source>This file holds the sample data (DATA CONTOH) at %1 (%2 district tables) beside your own imports. Remove the sample from this file?

A backup of the file is made first; your own imports are not changed. The sample stays available under File → Open sample data.</source>
        <translation>Berkas ini berisi data contoh (DATA CONTOH) pada %1 (%2 tabel kabupaten/kota) di samping impor Anda sendiri. Keluarkan data contoh dari berkas ini?

Cadangan berkas dibuat lebih dulu; impor Anda sendiri tidak diubah. Data contoh tetap tersedia di Berkas → Buka Data Contoh.</translation>
    </message>
    <message>
        <source>The sample data could not be removed; the file is as it was.

%1</source>
        <translation>Data contoh tidak dapat dikeluarkan; berkas tetap seperti semula.

%1</translation>
    </message>
    <message>
        <source>The sample data were removed. A backup of the file as it was is in %1.</source>
        <translation>Data contoh sudah dikeluarkan. Cadangan berkas seperti semula ada di %1.</translation>
    </message>
    <message>
        <source>This file also holds the SAMPLE DATA (DATA CONTOH) at %1 (%2 district tables), put there by an earlier version, mixed with your own imports.</source>
        <translation>Berkas ini juga berisi DATA CONTOH pada %1 (%2 tabel kabupaten/kota), dimasukkan oleh versi lama, tercampur dengan impor Anda sendiri.</translation>
    </message>
    <message>
        <source>&amp;Move the sample out…</source>
        <translation>Pindahkan data &amp;contoh…</translation>
    </message>
</context>
<context>
    <name>Lengkap::Scenario</name>
    <message>
        <source>becomes complete</source>
        <translation>menjadi Lengkap</translation>
    </message>
    <message>
        <source>fills an empty cell; still incomplete</source>
        <translation>mengisi sel kosong; masih Belum Lengkap</translation>
    </message>
    <message>
        <source>no empty cell left: largest SKM shortage (%1 below standard)</source>
        <translation>tidak ada sel kosong lagi: kekurangan SKM terbesar (%1 di bawah standar)</translation>
    </message>
    <message>
        <source>; remote area, chosen first among equals</source>
        <translation>; daerah terpencil, didahulukan di antara pilihan yang setara</translation>
    </message>
    <message>
        <source>; rawat inap, chosen first among equals</source>
        <translation>; rawat inap, didahulukan di antara pilihan yang setara</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 %4 (%5) could be changed; the data of the cut-off have fewer</source>
        <translation>%1: hanya %2 dari %3 %4 (%5) yang dapat diubah; data cut-off memiliki lebih sedikit</translation>
    </message>
    <message>
        <source>a change names a Puskesmas or type this cut-off does not hold; it was skipped</source>
        <translation>suatu perubahan menyebut Puskesmas atau jenis yang tidak ada pada cut-off ini; perubahan dilewati</translation>
    </message>
    <message>
        <source>add %1 %2 (%3) at %4</source>
        <translation>tambah %1 %2 (%3) di %4</translation>
    </message>
    <message>
        <source>remove %1 %2 (%3) at %4</source>
        <translation>kurangi %1 %2 (%3) di %4</translation>
    </message>
    <message>
        <source>appoint %1 Non-ASN %2 as ASN at %3</source>
        <translation>angkat %1 %2 Non-ASN menjadi ASN di %3</translation>
    </message>
    <message>
        <source>move %1 %2 (%3) from %4 to %5</source>
        <translation>pindahkan %1 %2 (%3) dari %4 ke %5</translation>
    </message>
    <message>
        <source>a change names a Puskesmas this cut-off does not hold; it was dropped</source>
        <translation>suatu perubahan menyebut Puskesmas yang tidak ada pada cut-off ini; perubahan dibuang</translation>
    </message>
</context>
<context>
    <name>Lengkap::ScenarioChangeBox</name>
    <message>
        <source>Change workers (scenario)</source>
        <translation>Ubah nakes (skenario)</translation>
    </message>
    <message>
        <source>Add or remove (− for fewer)</source>
        <translation>Tambah atau kurangi (− untuk mengurangi)</translation>
    </message>
    <message>
        <source>Appoint Non-ASN as ASN</source>
        <translation>Angkat Non-ASN menjadi ASN</translation>
    </message>
    <message>
        <source>Move to another Puskesmas</source>
        <translation>Pindahkan ke Puskesmas lain</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>&amp;Ubah:</translation>
    </message>
    <message>
        <source>P&amp;uskesmas:</source>
        <translation>P&amp;uskesmas:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Ju&amp;mlah:</translation>
    </message>
    <message>
        <source>&amp;To Puskesmas:</source>
        <translation>&amp;Ke Puskesmas:</translation>
    </message>
    <message>
        <source>Type a name of the region on screen</source>
        <translation>Ketik nama Puskesmas di wilayah yang tampil</translation>
    </message>
    <message>
        <source>&amp;Apply Change</source>
        <translation>&amp;Terapkan Perubahan</translation>
    </message>
    <message>
        <source>Open or create a scenario (Scenario menu) to change workers by typing here.</source>
        <translation>Buka atau buat skenario (menu Skenario) untuk mengubah nakes dengan mengetik di sini.</translation>
    </message>
    <message>
        <source>No single Puskesmas of the region on screen is called “%1”: pick one from the list.</source>
        <translation>Tidak ada satu Puskesmas pun di wilayah yang tampil yang bernama “%1”: pilih dari daftar.</translation>
    </message>
    <message>
        <source>The amount is 0: nothing to change.</source>
        <translation>Jumlahnya 0: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Name another Puskesmas of the region on screen to move the workers to.</source>
        <translation>Sebutkan Puskesmas lain di wilayah yang tampil sebagai tujuan pemindahan nakes.</translation>
    </message>
</context>
<context>
    <name>Lengkap::ScenarioCompareDialog</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Bandingkan Skenario</translation>
    </message>
    <message>
        <source>Baseline (the data of %1)</source>
        <translation>Data dasar (data %1)</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Kiri:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Kanan:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Complete, left</source>
        <translation>Lengkap, kiri</translation>
    </message>
    <message>
        <source>Complete, right</source>
        <translation>Lengkap, kanan</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Shortage, left</source>
        <translation>Kekurangan, kiri</translation>
    </message>
    <message>
        <source>Shortage, right</source>
        <translation>Kekurangan, kanan</translation>
    </message>
</context>
<context>
    <name>Lengkap::ScenarioController</name>
    <message>
        <source>apply the proposal for %1</source>
        <translation>terapkan usulan untuk %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>S&amp;kenario</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>Skenario &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Buka Skenario…</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>&amp;Simpan Skenario</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti Nama…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplikat…</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario…</source>
        <translation>&amp;Hapus Skenario…</translation>
    </message>
    <message>
        <source>&amp;Apply the Proposal of the Scenario Panel</source>
        <translation>&amp;Terapkan Usulan dari Panel Skenario</translation>
    </message>
    <message>
        <source>&amp;Close Scenario</source>
        <translation>&amp;Tutup Skenario</translation>
    </message>
    <message>
        <source>There is no data to make a scenario on.</source>
        <translation>Tidak ada data untuk membuat skenario.</translation>
    </message>
    <message>
        <source>There is no window.</source>
        <translation>Tidak ada jendela.</translation>
    </message>
    <message>
        <source>The cut-off %1 of scenario &apos;%2&apos; holds no data any more.</source>
        <translation>Cut-off %1 dari skenario &apos;%2&apos; tidak lagi berisi data.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n perubahan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 Lengkap</translation>
    </message>
    <message>
        <source>Shortage %1 → %2</source>
        <extracomment>Indonesian: &quot;Kekurangan %1 → %2&quot;</extracomment>
        <translation>Kekurangan %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n perubahan</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Skenario Baru</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>Nama skenario:</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Buka Skenario</translation>
    </message>
    <message>
        <source>No scenario is saved yet.</source>
        <translation>Belum ada skenario yang tersimpan.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Skenario:</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Ganti Nama Skenario</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Duplikat Skenario</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nama salinan:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Hapus Skenario</translation>
    </message>
    <message>
        <source>Scenario to delete (a backup of the database is made first):</source>
        <translation>Skenario yang dihapus (basis data dicadangkan terlebih dahulu):</translation>
    </message>
    <message>
        <source>Scenario &apos;%1&apos; deleted; backup: %2</source>
        <translation>Skenario &apos;%1&apos; dihapus; cadangan: %2</translation>
    </message>
    <message>
        <source>Co&amp;mpare Scenarios…</source>
        <translation>&amp;Bandingkan Skenario…</translation>
    </message>
    <message>
        <source>Change &amp;Between Cut-offs…</source>
        <translation>&amp;Perubahan Antar-Cut-off…</translation>
    </message>
    <message>
        <source>A&amp;ppoint Non-ASN as ASN at the Selected Puskesmas…</source>
        <translation>A&amp;ngkat Non-ASN Menjadi ASN di Puskesmas Terpilih…</translation>
    </message>
    <message>
        <source>&amp;Move Workers from the Selected Puskesmas…</source>
        <translation>&amp;Pindahkan Nakes dari Puskesmas Terpilih…</translation>
    </message>
    <message>
        <source>Select a cell of a type in the district table first.</source>
        <translation>Pilih dahulu sel suatu jenis nakes di tabel kabupaten/kota.</translation>
    </message>
    <message>
        <source>Appoint as ASN</source>
        <translation>Angkat Menjadi ASN</translation>
    </message>
    <message>
        <source>Non-ASN %1 at %2 to appoint as ASN (PPPK):</source>
        <translation>%1 Non-ASN di %2 yang diangkat menjadi ASN (PPPK):</translation>
    </message>
    <message>
        <source>Move Workers</source>
        <translation>Pindahkan Nakes</translation>
    </message>
    <message>
        <source>Move %1 (%2) from %3 to:</source>
        <translation>Pindahkan %1 (%2) dari %3 ke:</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>Berapa orang:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Applied: %1 (Edit &gt; Undo takes it back).</source>
        <translation>Diterapkan: %1 (Sunting &gt; Urungkan membatalkannya).</translation>
    </message>
    <message>
        <source>Not applied: the scenario&apos;s cut-off does not hold that Puskesmas.</source>
        <translation>Tidak diterapkan: cut-off skenario tidak memuat Puskesmas tersebut.</translation>
    </message>
</context>
<context>
    <name>Lengkap::ScenarioPanel</name>
    <message>
        <source>Workers to place</source>
        <translation>Nakes yang ditempatkan</translation>
    </message>
    <message>
        <source>%1 to place</source>
        <translation>%1 yang ditempatkan</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Becomes complete</source>
        <translation>Menjadi Lengkap</translation>
    </message>
    <message>
        <source>Puskesmas receiving a worker:</source>
        <translation>Puskesmas yang menerima tenaga:</translation>
    </message>
    <message>
        <source>SKM standards (Standar Ketenagaan Minimal)</source>
        <translation>Standar Ketenagaan Minimal (SKM)</translation>
    </message>
    <message>
        <source>Edit standards…</source>
        <translation>Ubah standar…</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Eksisting</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Kelebihan</translation>
    </message>
    <message>
        <source>Puskesmas meeting it</source>
        <translation>Puskesmas yang memenuhi</translation>
    </message>
    <message>
        <source>No data: import a file or open the sample data.</source>
        <translation>Tidak ada data: impor berkas atau buka data contoh.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scenario for %1&lt;/b&gt;: place workers and see how many Puskesmas become complete.</source>
        <translation>&lt;b&gt;Skenario untuk %1&lt;/b&gt;: tempatkan nakes dan lihat berapa Puskesmas yang menjadi Lengkap.</translation>
    </message>
    <message numerus="yes">
        <source>Complete: %1 → &lt;b&gt;%2&lt;/b&gt; of %Ln Puskesmas (%3 → &lt;b&gt;%4&lt;/b&gt;)</source>
        <translation>
            <numerusform>Lengkap: %1 → &lt;b&gt;%2&lt;/b&gt; dari %Ln Puskesmas (%3 → &lt;b&gt;%4&lt;/b&gt;)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortage (empty cells): %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Kekurangan (sel kosong): %1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Workers placed: %1 of %2</source>
        <translation>Nakes ditempatkan: %1 dari %2</translation>
    </message>
    <message>
        <source>%1 left over (no empty cell of that type left): %2</source>
        <translation>%1 tersisa (tidak ada lagi sel kosong untuk jenis tersebut): %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Tidak ada data.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln Puskesmas meet the SKM for every type. Shortage %2, surplus %3 workers.</source>
        <translation>
            <numerusform>%1 dari %Ln Puskesmas memenuhi SKM untuk semua jenis. Kekurangan %2, kelebihan %3 tenaga.</numerusform>
        </translation>
    </message>
    <message>
        <source>(edited standards)</source>
        <translation>(standar diubah)</translation>
    </message>
    <message>
        <source>Per type</source>
        <translation>Per jenis</translation>
    </message>
    <message>
        <source>Total of any types</source>
        <translation>Total semua jenis</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Usulan:</translation>
    </message>
    <message>
        <source>Workers of any types to place</source>
        <translation>Nakes jenis apa pun yang ditempatkan</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Leftovers where the SKM shortage is largest</source>
        <translation>Sisa ke kekurangan SKM terbesar</translation>
    </message>
    <message>
        <source>Workers no empty cell can take go to the Puskesmas furthest below the SKM standard of their type</source>
        <translation>Nakes yang tidak mendapat sel kosong ditempatkan di Puskesmas yang paling jauh di bawah standar SKM jenisnya</translation>
    </message>
    <message>
        <source>Only in the region on screen</source>
        <translation>Hanya di wilayah yang tampil</translation>
    </message>
    <message>
        <source>Unchecked: anywhere in the data</source>
        <translation>Tidak dicentang: di mana saja dalam data</translation>
    </message>
    <message>
        <source>ASN cells only</source>
        <translation>Hanya sel ASN</translation>
    </message>
    <message>
        <source>Count and fill ASN workers only, whatever the window&apos;s status</source>
        <translation>Hitung dan isi nakes ASN saja, apa pun status di jendela</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Nakes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>%1 left over (no empty cell left)</source>
        <translation>%1 tersisa (tidak ada lagi sel kosong)</translation>
    </message>
    <message>
        <source>%1 where the SKM shortage is largest</source>
        <translation>%1 ke kekurangan SKM terbesar</translation>
    </message>
    <message>
        <source>No Puskesmas becomes complete with these workers.</source>
        <translation>Tidak ada Puskesmas yang menjadi lengkap dengan nakes ini.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Become complete (%1):&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Menjadi lengkap (%1):&lt;/b&gt; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Puskesmas receive workers without becoming complete: workers that complete no Puskesmas fill empty cells, Puskesmas missing the fewest types first.</source>
        <translation>
            <numerusform>%Ln Puskesmas menerima nakes tanpa menjadi lengkap: nakes yang tidak melengkapi Puskesmas mana pun mengisi sel kosong, Puskesmas yang kekurangan jenis paling sedikit lebih dahulu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 workers left over go to %Ln Puskesmas furthest below the SKM standard of their type.</source>
        <translation>
            <numerusform>%1 nakes sisa ditempatkan di %Ln Puskesmas yang paling jauh di bawah standar SKM jenisnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s standards, set by its administrator: they cannot be edited here.</source>
        <translation>Standar server, ditetapkan oleh administratornya: tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <source>Among equal choices, Puskesmas in remote areas (Terpencil, Sangat Terpencil) come first, then rawat inap, then the order of the data.</source>
        <translation>Di antara pilihan yang setara, Puskesmas di daerah terpencil (Terpencil, Sangat Terpencil) didahulukan, lalu Puskesmas rawat inap, lalu urutan data.</translation>
    </message>
</context>
<context>
    <name>Lengkap::ServerConnection</name>
    <message>
        <source>Connect to &amp;Server...</source>
        <extracomment>Indonesian: &quot;Hubungkan ke Server...&quot;</extracomment>
        <translation>Hubungkan ke &amp;Server...</translation>
    </message>
    <message>
        <source>Back to the &amp;Local File</source>
        <translation>Kembali ke Berkas &amp;Lokal</translation>
    </message>
    <message>
        <source>This build has no server support (built without libpq).</source>
        <translation>Versi ini tidak mendukung server (dibangun tanpa libpq).</translation>
    </message>
    <message>
        <source>%1 holds no data this account may read.</source>
        <translation>%1 tidak berisi data yang boleh dibaca akun ini.</translation>
    </message>
    <message>
        <source>Connected to %1: read-only.</source>
        <translation>Terhubung ke %1: hanya-baca.</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Hubungkan ke Server</translation>
    </message>
    <message>
        <source>Server (as for psql: &quot;host=... dbname=... user=...&quot;, a postgresql:// URI or service=NAME; use sslmode=require over a network):</source>
        <translation>Server (seperti untuk psql: &quot;host=... dbname=... user=...&quot;, URI postgresql:// atau service=NAMA; gunakan sslmode=require lewat jaringan):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Send to Server</source>
        <translation>Kirim ke Server</translation>
    </message>
    <message>
        <source>Send to Se&amp;rver...</source>
        <extracomment>Indonesian: &quot;Kirim ke Server...&quot;</extracomment>
        <translation>Kirim ke Se&amp;rver...</translation>
    </message>
    <message>
        <source>Connected to %1: read-only; File &gt; Send to Server sends your district&apos;s data.</source>
        <translation>Terhubung ke %1: hanya-baca; Berkas &gt; Kirim ke Server mengirim data kabupaten/kota Anda.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Tidak terhubung ke server.</translation>
    </message>
    <message>
        <source>Your file holds no data to send.</source>
        <translation>Berkas Anda tidak berisi data untuk dikirim.</translation>
    </message>
    <message>
        <source>Your file holds no data of %1 for %2; nothing was sent.</source>
        <translation>Berkas Anda tidak berisi data %1 untuk %2; tidak ada yang dikirim.</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n kabupaten/kota</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the data of %1 for the cut-off of %2 to %3? Data sent earlier for that cut-off are replaced (the server keeps them in its history).</source>
        <translation>Kirim data %1 untuk cut-off %2 ke %3? Data yang dikirim sebelumnya untuk cut-off itu diganti (server menyimpannya dalam riwayat).</translation>
    </message>
    <message>
        <source>Sent %1 for the cut-off of %2 to the server.</source>
        <translation>Data %1 untuk cut-off %2 telah dikirim ke server.</translation>
    </message>
</context>
<context>
    <name>Lengkap::SkmStandards</name>
    <message>
        <source>SKM standards: unknown type &apos;%1&apos; in %2</source>
        <translation>Standar SKM: jenis &apos;%1&apos; tidak dikenal di %2</translation>
    </message>
    <message>
        <source>SKM standards: %1 of %2 must be a whole number from 0 to %3</source>
        <translation>Standar SKM: nilai %1 pada %2 harus bilangan bulat dari 0 sampai %3</translation>
    </message>
    <message>
        <source>SKM standards: not a JSON object (%1)</source>
        <translation>Standar SKM: bukan objek JSON (%1)</translation>
    </message>
</context>
<context>
    <name>Lengkap::SkmStandardsDialog</name>
    <message>
        <source>SKM standards</source>
        <translation>Standar Ketenagaan Minimal (SKM)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jenis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Non rawat inap</source>
        <translation>Non rawat inap</translation>
    </message>
    <message>
        <source>Rawat inap</source>
        <translation>Rawat inap</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>“–”: as its class (%1)</source>
        <translation>“–”: mengikuti kelompoknya (%1)</translation>
    </message>
    <message>
        <source>rawat inap</source>
        <translation>rawat inap</translation>
    </message>
    <message>
        <source>non rawat inap</source>
        <translation>non rawat inap</translation>
    </message>
    <message>
        <source>Workers per Puskesmas. A kategori containing “Rawat Inap” and not “Non” follows the rawat inap column; any other, empty included, the non rawat inap column.</source>
        <translation>Jumlah tenaga per Puskesmas. Kategori yang mengandung “Rawat Inap” dan tidak mengandung “Non” mengikuti kolom rawat inap; kategori lain, termasuk yang kosong, mengikuti kolom non rawat inap.</translation>
    </message>
</context>
<context>
    <name>Lengkap::StaffingTableModel</name>
    <message>
        <source>✓ Complete</source>
        <translation>✓ Lengkap</translation>
    </message>
    <message>
        <source>✗ Incomplete</source>
        <translation>✗ Belum Lengkap</translation>
    </message>
    <message>
        <source>%1 at %2: %3 ASN, %4 Non-ASN, %5 in total</source>
        <translation>%1 di %2: %3 ASN, %4 Non-ASN, total %5</translation>
    </message>
    <message>
        <source>%1. Counting ASN only: %2</source>
        <translation>%1. Dihitung ASN saja: %2</translation>
    </message>
    <message>
        <source>%1. Counting ASN + Non-ASN: %2</source>
        <translation>%1. Dihitung ASN + Non-ASN: %2</translation>
    </message>
    <message>
        <source>%1 has at least one worker of each of the %2 types</source>
        <translation>%1 memiliki minimal satu tenaga untuk masing-masing %2 jenis</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 tidak memiliki %2</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Name of the Puskesmas</source>
        <translation>Nama Puskesmas</translation>
    </message>
    <message>
        <source>Category of the Puskesmas (urban / rural / remote, inpatient or not)</source>
        <translation>Kategori Puskesmas (perkotaan / pedesaan / terpencil, rawat inap atau non rawat inap)</translation>
    </message>
    <message>
        <source>Complete (Lengkap) when every one of the %1 types has at least one worker under the chosen employment status</source>
        <translation>Lengkap jika setiap %1 jenis memiliki minimal satu tenaga menurut status kepegawaian yang dipilih</translation>
    </message>
    <message>
        <source>%1: civil servants (ASN: PNS and PPPK)</source>
        <translation>%1: Aparatur Sipil Negara (ASN: PNS dan PPPK)</translation>
    </message>
    <message>
        <source>%1: other workers (Non-ASN); not counted under &quot;ASN only&quot;</source>
        <translation>%1: pegawai lain (Non-ASN); tidak dihitung pada &quot;ASN saja&quot;</translation>
    </message>
    <message>
        <source>%1: other workers (Non-ASN: honorer, contract, BLUD...)</source>
        <translation>%1: pegawai lain (Non-ASN: honorer, kontrak, BLUD...)</translation>
    </message>
    <message>
        <source>%1: ASN + Non-ASN; not counted under &quot;ASN only&quot;</source>
        <translation>%1: ASN + Non-ASN; tidak dihitung pada &quot;ASN saja&quot;</translation>
    </message>
    <message>
        <source>%1: ASN + Non-ASN; the cell is filled when this is at least 1</source>
        <translation>%1: ASN + Non-ASN; sel Sudah Terisi jika nilainya minimal 1</translation>
    </message>
</context>
<context>
    <name>Lengkap::Store</name>
    <message>
        <source>database error: %1</source>
        <translation>kesalahan basis data: %1</translation>
    </message>
    <message>
        <source>%1 is not a Lengkap database (not an SQLite file); it was left untouched</source>
        <translation>%1 bukan basis data Lengkap (bukan berkas SQLite); berkas tidak diubah</translation>
    </message>
    <message>
        <source>%1 is not a Lengkap database; it was left untouched</source>
        <translation>%1 bukan basis data Lengkap; berkas tidak diubah</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Lengkap (schema %2, this program knows %3); it was left untouched: update Lengkap to open it</source>
        <translation>%1 ditulis oleh versi Lengkap yang lebih baru (skema %2, program ini mengenal skema %3); berkas tidak diubah: perbarui Lengkap untuk membukanya</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>tidak ada basis data yang terbuka</translation>
    </message>
    <message>
        <source>invalid cut-off date</source>
        <translation>tanggal cut-off tidak valid</translation>
    </message>
    <message>
        <source>%1:%2: expected counts for %3 types</source>
        <translation>%1:%2: seharusnya ada jumlah untuk %3 jenis</translation>
    </message>
    <message>
        <source>%1: the file holds no Puskesmas</source>
        <translation>%1: berkas tidak berisi Puskesmas</translation>
    </message>
    <message>
        <source>%1: the cut-off %2 already holds %3; nothing was imported (use --replace to swap that data for this file&apos;s)</source>
        <translation>%1: cut-off %2 sudah berisi %3; tidak ada yang diimpor (gunakan --replace untuk mengganti data tersebut dengan data dari berkas ini)</translation>
    </message>
    <message>
        <source>%1:%2: Puskesmas &apos;%3&apos; appears twice in the file</source>
        <translation>%1:%2: Puskesmas &apos;%3&apos; muncul dua kali dalam berkas</translation>
    </message>
    <message>
        <source>%1:%2: %3 workers of type %4 is outside 0..999; nothing was imported</source>
        <translation>%1:%2: %3 tenaga jenis %4 di luar rentang 0..999; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>the database is in use by another program (an import or a backup is under way); nothing was changed: try again in a moment</source>
        <translation>basis data sedang dipakai program lain (impor atau pencadangan sedang berjalan); tidak ada yang berubah: coba lagi sebentar lagi</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed: free some space on the disk and try again</source>
        <translation>disk penuh; tidak ada yang berubah: kosongkan sebagian ruang disk lalu coba lagi</translation>
    </message>
    <message>
        <source>the database is read-only (a read-only file, folder or medium); nothing was changed: copy it to a writable folder to import into it</source>
        <translation>basis data hanya-baca (berkas, folder atau media hanya-baca); tidak ada yang berubah: salin ke folder yang dapat ditulisi untuk mengimpor ke dalamnya</translation>
    </message>
    <message>
        <source>the database is damaged; nothing was written to it: check it with &apos;lengkap-cli check&apos; and restore a backup with &apos;lengkap-cli restore&apos;</source>
        <translation>basis data rusak; tidak ada yang ditulis ke dalamnya: periksa dengan &apos;lengkap-cli check&apos; dan pulihkan cadangan dengan &apos;lengkap-cli restore&apos;</translation>
    </message>
    <message>
        <source>reading or writing the database failed (a disk or media error); nothing was changed: check the disk or medium and try again</source>
        <translation>membaca atau menulis basis data gagal (kesalahan disk atau media); tidak ada yang berubah: periksa disk atau media lalu coba lagi</translation>
    </message>
    <message>
        <source>the database cannot be opened (a missing folder, no permission, or a read-only folder); nothing was changed</source>
        <translation>basis data tidak dapat dibuka (folder tidak ada, tidak ada izin, atau folder hanya-baca); tidak ada yang berubah</translation>
    </message>
    <message>
        <source>out of memory; nothing was changed: close other programs and try again</source>
        <translation>memori habis; tidak ada yang berubah: tutup program lain lalu coba lagi</translation>
    </message>
    <message>
        <source>no permission to use the database; nothing was changed</source>
        <translation>tidak ada izin untuk memakai basis data; tidak ada yang berubah</translation>
    </message>
    <message>
        <source>the data break a rule of the database (%1); nothing was written</source>
        <translation>data melanggar aturan basis data (%1); tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>database error (SQLite code %1); nothing was changed</source>
        <translation>kesalahan basis data (kode SQLite %1); tidak ada yang berubah</translation>
    </message>
    <message>
        <source>%1 was opened read-only; nothing was imported</source>
        <translation>%1 dibuka hanya-baca; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>%1 is read-only (a read-only file, folder or medium): it can be viewed, printed and exported, but nothing can be imported into it; copy it to a writable folder to import</source>
        <translation>%1 hanya-baca (berkas, folder atau media hanya-baca): dapat dilihat, dicetak dan diekspor, tetapi tidak dapat diimpori; salin ke folder yang dapat ditulisi untuk mengimpor</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; nothing was written to it. Restore a backup: lengkap-cli restore --db %1 BACKUP (backups are kept in %3)</source>
        <translation>%1 rusak: %2; tidak ada yang ditulis ke dalamnya. Pulihkan dari cadangan: lengkap-cli restore --db %1 BACKUP (cadangan disimpan di %3)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>tidak dapat membuat folder cadangan %1</translation>
    </message>
    <message>
        <source>cannot move the damaged %1 aside</source>
        <translation>tidak dapat memindahkan %1 yang rusak</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup</source>
        <translation>%1 sudah ada; pilih nama baru untuk cadangan</translation>
    </message>
    <message>
        <source>could not make a backup of %1 before changing it (%2); nothing was changed</source>
        <translation>tidak dapat membuat cadangan %1 sebelum mengubahnya (%2); tidak ada yang berubah</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>the backup and the database are the same file</source>
        <translation>cadangan dan basis data adalah berkas yang sama</translation>
    </message>
    <message>
        <source>%1 is not a healthy Lengkap database (%2); nothing was restored</source>
        <translation>%1 bukan basis data Lengkap yang sehat (%2); tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <source>%1; nothing was restored</source>
        <translation>%1; tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was restored</source>
        <translation>%1 hanya-baca; tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <source>cannot write %1; nothing was restored</source>
        <translation>tidak dapat menulis %1; tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <source>no database at %1: check the path (nothing was created)</source>
        <translation>tidak ada basis data di %1: periksa lokasinya (tidak ada yang dibuat)</translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a database file; it was left untouched</source>
        <translation>%1 adalah folder atau perangkat, bukan berkas basis data; berkas tidak diubah</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check failed); it was left untouched. Restore a backup: lengkap-cli restore --db %1 BACKUP (backups are kept in %2)</source>
        <translation>%1 rusak (pemeriksaan integritas gagal); berkas tidak diubah. Pulihkan dari cadangan: lengkap-cli restore --db %1 BACKUP (cadangan disimpan di %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%n worker count(s) outside 0..999</source>
        <translation>%n jumlah tenaga di luar rentang 0..999</translation>
    </message>
    <message>
        <source>%n count(s) of an unknown worker type</source>
        <translation>%n jumlah untuk jenis tenaga yang tidak dikenal</translation>
    </message>
    <message>
        <source>%n count(s) of a Puskesmas missing from its cut-off</source>
        <translation>%n jumlah untuk Puskesmas yang tidak ada pada cut-off-nya</translation>
    </message>
    <message>
        <source>%n Puskesmas row(s) of a cut-off without their Puskesmas or district, or with a flag other than 0 or 1</source>
        <translation>%n baris Puskesmas pada cut-off tanpa Puskesmas atau kabupaten/kotanya, atau dengan penanda selain 0 atau 1</translation>
    </message>
    <message>
        <source>%n district row(s) of a cut-off without their import, district or cut-off</source>
        <translation>%n baris kabupaten/kota pada cut-off tanpa impor, kabupaten/kota atau cut-off-nya</translation>
    </message>
    <message>
        <source>%n cut-off(s) that are not the 1st of a month</source>
        <translation>%n cut-off yang bukan tanggal 1 suatu bulan</translation>
    </message>
    <message>
        <source>%n Puskesmas without a name or a known district</source>
        <translation>%n Puskesmas tanpa nama atau tanpa kabupaten/kota yang dikenal</translation>
    </message>
    <message>
        <source>%n row(s) that refer to a missing row</source>
        <translation>%n baris yang merujuk ke baris yang tidak ada</translation>
    </message>
    <message>
        <source>worker types missing: %1</source>
        <translation>jenis tenaga yang tidak ada: %1</translation>
    </message>
    <message>
        <source>there is no scenario named &apos;%1&apos;</source>
        <translation>tidak ada skenario bernama &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a scenario named &apos;%1&apos; already exists</source>
        <translation>skenario bernama &apos;%1&apos; sudah ada</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>skenario memerlukan nama</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not a Lengkap database or is damaged; it was left untouched</source>
        <translation>%1 bukan basis data Lengkap atau rusak; berkas tidak diubah</translation>
    </message>
    <message>
        <source>the database holds no sample data</source>
        <translation>basis data ini tidak berisi data contoh</translation>
    </message>
</context>
<context>
    <name>Lengkap::SummaryCharts</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Complete: %1 (%2)</source>
        <extracomment>donut legend; Indonesian: &quot;Lengkap %1 (%2)&quot;</extracomment>
        <translation>Lengkap %1 (%2)</translation>
    </message>
    <message>
        <source>Incomplete: %1 (%2)</source>
        <extracomment>donut legend; Indonesian: &quot;Belum Lengkap %1 (%2)&quot;</extracomment>
        <translation>Belum Lengkap %1 (%2)</translation>
    </message>
    <message>
        <source>Puskesmas without each type (%1 in all)</source>
        <translation>Puskesmas tanpa tiap jenis nakes (dari %1 Puskesmas)</translation>
    </message>
    <message>
        <source>Complete and incomplete Puskesmas</source>
        <translation>Puskesmas Lengkap dan Belum Lengkap</translation>
    </message>
    <message>
        <source>Puskesmas without the type</source>
        <translation>Puskesmas tanpa jenis ini</translation>
    </message>
    <message>
        <source>Click a bar to list the Puskesmas without that type</source>
        <translation>Klik batang untuk menampilkan daftar Puskesmas tanpa jenis tersebut</translation>
    </message>
    <message>
        <source>Click a segment to list the complete or incomplete Puskesmas</source>
        <translation>Klik segmen untuk menampilkan daftar Puskesmas Lengkap atau Belum Lengkap</translation>
    </message>
</context>
<context>
    <name>Lengkap::TableReader</name>
    <message>
        <source>the file has no header row</source>
        <translation>berkas tidak memiliki baris judul</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>impor dibatalkan</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2</source>
        <translation>baris ini memiliki %1 sel, sedangkan baris judul memiliki %2</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 (cell %3 is &apos;%4&apos;)</source>
        <translation>baris ini memiliki %1 sel, sedangkan baris judul memiliki %2 (sel %3 berisi &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is not a whole number</source>
        <translation>kolom %1: &apos;%2&apos; bukan bilangan bulat</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is negative</source>
        <translation>kolom %1: &apos;%2&apos; bernilai negatif</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is more than %3 workers: not a plausible count</source>
        <translation>kolom %1: &apos;%2&apos; lebih dari %3 tenaga: jumlah yang tidak wajar</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is neither 1 (ya) nor 0 (tidak)</source>
        <translation>kolom %1: &apos;%2&apos; bukan 1 (ya) maupun 0 (tidak)</translation>
    </message>
    <message>
        <source>empty kabupaten_kota</source>
        <translation>kabupaten_kota kosong</translation>
    </message>
    <message>
        <source>province &apos;%1&apos; is not the chosen province %2</source>
        <translation>provinsi &apos;%1&apos; bukan provinsi yang dipilih (%2)</translation>
    </message>
</context>
<context>
    <name>Lengkap::TableSource</name>
    <message>
        <source>Sheet read: %1</source>
        <translation>Lembar kerja yang dibaca: %1</translation>
    </message>
    <message>
        <source>Header on rows %1 and %2 (two rows with merged cells); the rows above it were skipped</source>
        <translation>Baris judul pada baris %1 dan %2 (dua baris dengan sel gabungan); baris di atasnya dilewati</translation>
    </message>
    <message>
        <source>Header on row %1; the rows above it were skipped</source>
        <translation>Baris judul pada baris %1; baris di atasnya dilewati</translation>
    </message>
    <message numerus="yes">
        <source>%n totals or footer row(s) (JUMLAH, TOTAL, Sumber: ...) left out, the first on row %1</source>
        <translation>
            <numerusform>%n baris jumlah atau catatan kaki (JUMLAH, TOTAL, Sumber: ...) dilewati, yang pertama pada baris %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The NIK column holds numbers: Excel keeps only 15 digits of a number, so the NIKs in this file were damaged. NIKs are never stored, but format the column as text in Excel to keep them.</source>
        <translation>Kolom NIK berisi angka: Excel hanya menyimpan 15 digit sebuah angka, sehingga NIK dalam berkas ini rusak. NIK tidak pernah disimpan, tetapi format kolom itu sebagai teks di Excel agar NIK tetap utuh.</translation>
    </message>
</context>
<context>
    <name>Lengkap::Wilayah</name>
    <message>
        <source>unknown province &apos;%1&apos;; closest: %2</source>
        <translation>provinsi &apos;%1&apos; tidak dikenal; yang terdekat: %2</translation>
    </message>
    <message>
        <source>district &apos;%1&apos; exists in several provinces (%2): name the province</source>
        <translation>kabupaten/kota &apos;%1&apos; ada di beberapa provinsi (%2): sebutkan provinsinya</translation>
    </message>
    <message>
        <source>unknown district &apos;%1&apos; in %2; closest: %3</source>
        <translation>kabupaten/kota &apos;%1&apos; tidak dikenal di %2; yang terdekat: %3</translation>
    </message>
    <message>
        <source>unknown district &apos;%1&apos;; closest: %2</source>
        <translation>kabupaten/kota &apos;%1&apos; tidak dikenal; yang terdekat: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no district and province</source>
        <translation>&apos;%1&apos; bukan nama kabupaten/kota dan provinsi</translation>
    </message>
</context>
<context>
    <name>Lengkap::WorkersReader</name>
    <message>
        <source>Puskesmas code</source>
        <translation>kode Puskesmas</translation>
    </message>
    <message>
        <source>Puskesmas name</source>
        <translation>nama Puskesmas</translation>
    </message>
    <message>
        <source>district (Kabupaten/Kota)</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <source>province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <source>profession (Jenis Tenaga)</source>
        <translation>profesi (jenis tenaga)</translation>
    </message>
    <message>
        <source>employment status (Status Kepegawaian)</source>
        <translation>status kepegawaian</translation>
    </message>
    <message>
        <source>kategori</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>%1:1: the file is empty</source>
        <translation>%1:1: berkas kosong</translation>
    </message>
    <message>
        <source>%1:%2: the column &apos;%3&apos; chosen for the %4 is not in the header; headers seen: %5</source>
        <translation>%1:%2: kolom &apos;%3&apos; yang dipilih untuk %4 tidak ada di baris judul; judul kolom yang ada: %5</translation>
    </message>
    <message>
        <source>%1:%2: no column for the %3 (mapping key &apos;%4&apos;); headers seen: %5</source>
        <translation>%1:%2: tidak ada kolom untuk %3 (kunci pemetaan &apos;%4&apos;); judul kolom yang ada: %5</translation>
    </message>
    <message>
        <source>%1: import cancelled</source>
        <translation>%1: impor dibatalkan</translation>
    </message>
    <message>
        <source>%1:%2: empty Puskesmas code (the file has a code column, so every row needs one)</source>
        <translation>%1:%2: kode Puskesmas kosong (berkas memiliki kolom kode, jadi setiap baris harus memiliki kode)</translation>
    </message>
    <message>
        <source>%1:%2: empty district (Kabupaten/Kota)</source>
        <translation>%1:%2: kabupaten/kota kosong</translation>
    </message>
    <message>
        <source>%1:%2: empty Puskesmas name</source>
        <translation>%1:%2: nama Puskesmas kosong</translation>
    </message>
    <message>
        <source>province &apos;%1&apos; is not the chosen province</source>
        <translation>provinsi &apos;%1&apos; bukan provinsi yang dipilih</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>%1:%2: no worker rows after the header</source>
        <translation>%1:%2: tidak ada baris data tenaga setelah baris judul</translation>
    </message>
</context>
<context>
    <name>Lengkap::XlsReader</name>
    <message>
        <source>the file cannot be opened</source>
        <translation>berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>not enough memory to read the workbook</source>
        <translation>memori tidak cukup untuk membaca buku kerja</translation>
    </message>
    <message>
        <source>the workbook is cut short or damaged</source>
        <translation>buku kerja terpotong atau rusak</translation>
    </message>
    <message>
        <source>the file holds no Excel workbook</source>
        <translation>berkas tidak berisi buku kerja Excel</translation>
    </message>
    <message>
        <source>the workbook&apos;s text is in an encoding that cannot be read</source>
        <translation>teks buku kerja memakai penyandian yang tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the workbook is severely damaged (refused)</source>
        <translation>buku kerja rusak berat (ditolak)</translation>
    </message>
    <message>
        <source>the workbook is damaged (FreeXL error %1)</source>
        <translation>buku kerja rusak (galat FreeXL %1)</translation>
    </message>
    <message>
        <source>%1: the workbook is protected by a password; open it in Excel, remove the password and save it as .xlsx</source>
        <translation>%1: buku kerja dilindungi kata sandi; buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: buku kerja tidak memiliki lembar kerja</translation>
    </message>
    <message>
        <source>%1: no sheet named &apos;%2&apos;; the sheets are: %3</source>
        <translation>%1: tidak ada lembar kerja bernama &apos;%2&apos;; lembar kerja yang ada: %3</translation>
    </message>
    <message>
        <source>%1: an old Excel workbook (.xls): this build does not read them. Save it as .xlsx in Excel (File &gt; Save As) or as CSV, and import that.</source>
        <translation>%1: buku kerja Excel lama (.xls): versi program ini tidak dapat membacanya. Simpan sebagai .xlsx di Excel (File &gt; Save As) atau sebagai CSV, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>not an Excel workbook (no valid .xls header); if it is a text export, rename it to .csv</source>
        <translation>bukan buku kerja Excel (tidak ada kepala .xls yang sah); jika berkas ini ekspor teks, ganti namanya menjadi .csv</translation>
    </message>
</context>
<context>
    <name>Lengkap::XlsxReader</name>
    <message>
        <source>%1: damaged archive: cannot read the entry %2</source>
        <translation>%1: arsip rusak: entri %2 tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (encrypted or damaged)</source>
        <translation>%1: %2 tidak dapat dibaca (terenkripsi atau rusak)</translation>
    </message>
    <message>
        <source>%1: damaged archive: %2 cannot be inflated</source>
        <translation>%1: arsip rusak: %2 tidak dapat didekompresi</translation>
    </message>
    <message>
        <source>%1: damaged archive: %2 fails its checksum</source>
        <translation>%1: arsip rusak: checksum %2 tidak cocok</translation>
    </message>
    <message>
        <source>%1: refused: %2 is compressed more than %3:1 (a zip bomb?)</source>
        <translation>%1: ditolak: %2 dikompresi lebih dari %3:1 (bom zip?)</translation>
    </message>
    <message>
        <source>%1:%2: invalid row number &apos;%3&apos;</source>
        <translation>%1:%2: nomor baris &apos;%3&apos; tidak valid</translation>
    </message>
    <message>
        <source>%1: more than %2 rows</source>
        <translation>%1: lebih dari %2 baris</translation>
    </message>
    <message>
        <source>%1:%2: the sheet ends inside a row</source>
        <translation>%1:%2: lembar kerja berakhir di tengah baris</translation>
    </message>
    <message>
        <source>%1:%2: invalid cell reference &apos;%3&apos;</source>
        <translation>%1:%2: referensi sel &apos;%3&apos; tidak valid</translation>
    </message>
    <message>
        <source>%1:%2: more than %3 columns</source>
        <translation>%1:%2: lebih dari %3 kolom</translation>
    </message>
    <message>
        <source>%1:%2: shared string &apos;%3&apos; does not exist</source>
        <translation>%1:%2: shared string &apos;%3&apos; tidak ada</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (not a zip archive)</source>
        <translation>%1: bukan buku kerja XLSX (bukan arsip zip)</translation>
    </message>
    <message>
        <source>%1: damaged or truncated zip archive</source>
        <translation>%1: arsip zip rusak atau terpotong</translation>
    </message>
    <message>
        <source>%1: a zip archive, but not an XLSX workbook (no %2)</source>
        <translation>%1: arsip zip, tetapi bukan buku kerja XLSX (tidak ada %2)</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: buku kerja tidak memiliki lembar kerja</translation>
    </message>
    <message>
        <source>%1: no sheet named &apos;%2&apos;; the sheets are: %3</source>
        <translation>%1: tidak ada lembar kerja bernama &apos;%2&apos;; lembar kerja yang ada: %3</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; is missing from the archive (%3)</source>
        <translation>%1: lembar kerja &apos;%2&apos; tidak ada dalam arsip (%3)</translation>
    </message>
    <message>
        <source>%1: %2 declares a DTD, which workbooks never do</source>
        <translation>%1: %2 mendeklarasikan DTD, padahal buku kerja tidak pernah memilikinya</translation>
    </message>
    <message>
        <source>%1: %2 ends too early (truncated)</source>
        <translation>%1: %2 berakhir terlalu cepat (terpotong)</translation>
    </message>
    <message>
        <source>%1: %2 is not valid XML: %3</source>
        <translation>%1: %2 bukan XML yang sah: %3</translation>
    </message>
    <message>
        <source>%1:%2: the row holds more than %3 MB of text</source>
        <translation>%1:%2: baris berisi lebih dari %3 MB teks</translation>
    </message>
    <message>
        <source>%1: damaged archive: %2 claims more compressed bytes than the file holds</source>
        <translation>%1: arsip rusak: %2 mengaku berisi lebih banyak byte terkompresi daripada isi berkas</translation>
    </message>
    <message>
        <source>%1: refused: %2 holds more than %3 million strings or %4 MB of text</source>
        <translation>%1: ditolak: %2 berisi lebih dari %3 juta string atau %4 MB teks</translation>
    </message>
</context>
<context>
    <name>Lengkap::XmlScanner</name>
    <message>
        <source>a tag or text longer than %1 MB</source>
        <translation>tag atau teks lebih panjang dari %1 MB</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>galat baca</translation>
    </message>
    <message>
        <source>encoded in UTF-16, not UTF-8</source>
        <translation>berenkode UTF-16, bukan UTF-8</translation>
    </message>
    <message>
        <source>the document ends too early</source>
        <translation>dokumen berakhir terlalu cepat</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>teks di luar elemen akar</translation>
    </message>
    <message>
        <source>encoded in %1, not UTF-8</source>
        <translation>berenkode %1, bukan UTF-8</translation>
    </message>
    <message>
        <source>CDATA outside the root element</source>
        <translation>CDATA di luar elemen akar</translation>
    </message>
    <message>
        <source>declares a DTD</source>
        <translation>mendeklarasikan DTD</translation>
    </message>
    <message>
        <source>unexpected &apos;&lt;!&apos;</source>
        <translation>&apos;&lt;!&apos; yang tidak diharapkan</translation>
    </message>
    <message>
        <source>&apos;&lt;/%1&gt;&apos; closes nothing</source>
        <translation>&apos;&lt;/%1&gt;&apos; tidak menutup apa pun</translation>
    </message>
    <message>
        <source>&apos;&lt;/%1&gt;&apos; closes &apos;&lt;%2&gt;&apos;</source>
        <translation>&apos;&lt;/%1&gt;&apos; menutup &apos;&lt;%2&gt;&apos;</translation>
    </message>
    <message>
        <source>a tag without a name</source>
        <translation>tag tanpa nama</translation>
    </message>
    <message>
        <source>&apos;/&apos; inside &lt;%1&gt;</source>
        <translation>&apos;/&apos; di dalam &lt;%1&gt;</translation>
    </message>
    <message>
        <source>attributes of &lt;%1&gt; run together</source>
        <translation>atribut &lt;%1&gt; berdempetan</translation>
    </message>
    <message>
        <source>a malformed attribute in &lt;%1&gt;</source>
        <translation>atribut yang cacat di &lt;%1&gt;</translation>
    </message>
    <message>
        <source>an unquoted attribute in &lt;%1&gt;</source>
        <translation>atribut tanpa tanda kutip di &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in an attribute of &lt;%1&gt;</source>
        <translation>&apos;&lt;&apos; di dalam atribut &lt;%1&gt;</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>elemen akar kedua</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep</source>
        <translation>elemen bersarang lebih dari %1 tingkat</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation>byte yang bukan UTF-8</translation>
    </message>
    <message>
        <source>control character %1</source>
        <translation>karakter kontrol %1</translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; that starts no entity</source>
        <translation>&apos;&amp;&apos; yang tidak memulai entitas</translation>
    </message>
    <message>
        <source>the character reference &apos;&amp;%1;&apos;</source>
        <translation>referensi karakter &apos;&amp;%1;&apos;</translation>
    </message>
    <message>
        <source>the entity &apos;&amp;%1;&apos; is not defined</source>
        <translation>entitas &apos;&amp;%1;&apos; tidak didefinisikan</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>%1, %2</source>
        <comment>district, province</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Completeness of the %1 priority health-worker types in %2</source>
        <extracomment>Indonesian: &quot;Kelengkapan %1 Jenis Nakes di %2&quot; (the ministry dashboard&apos;s title)</extracomment>
        <translation>Kelengkapan %1 Jenis Nakes di %2</translation>
    </message>
    <message>
        <source>SAMPLE DATA</source>
        <translation>DATA CONTOH</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>SCENARIO: %1</source>
        <extracomment>Indonesian: &quot;SKENARIO: %1&quot;</extracomment>
        <translation>SKENARIO: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>region (coverage note)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date time</comment>
        <extracomment>date and time of printing: &quot;29 November 2026 14.05&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Contents</source>
        <translation>Daftar Isi</translation>
    </message>
    <message>
        <source>The cut-off holds no district.</source>
        <translation>Cut-off ini tidak berisi kabupaten/kota.</translation>
    </message>
    <message>
        <source>The cut-off holds no district of this province.</source>
        <translation>Cut-off ini tidak berisi kabupaten/kota di provinsi ini.</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>Laporan dibatalkan.</translation>
    </message>
    <message>
        <source>Provinces of Indonesia</source>
        <translation>Provinsi di Indonesia</translation>
    </message>
    <message>
        <source>Districts of %1</source>
        <translation>Kabupaten/Kota di %1</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Pencetakan tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Pencetakan gagal.</translation>
    </message>
    <message>
        <source>Cannot add bookmarks to %1.</source>
        <translation>Tidak dapat menambahkan penanda (bookmark) ke %1.</translation>
    </message>
</context>
<context>
    <name>ScenarioDifference</name>
    <message>
        <source>%1 complete (%2 → %3)</source>
        <extracomment>Indonesian: &quot;%1 Lengkap (%2 → %3)&quot;; %1 is a signed difference (&quot;+3&quot;)</extracomment>
        <translation>%1 Lengkap (%2 → %3)</translation>
    </message>
    <message>
        <source>%1 incomplete · Shortage %2 → %3</source>
        <extracomment>Indonesian: &quot;%1 Belum Lengkap · Kekurangan %2 → %3&quot;</extracomment>
        <translation>%1 Belum Lengkap · Kekurangan %2 → %3</translation>
    </message>
    <message>
        <source>Difference the scenario makes to the cut-off&apos;s imported data</source>
        <translation>Selisih yang dibuat skenario terhadap data impor cut-off ini</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1 %2</source>
        <comment>group and column header</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriteria Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status Kepegawaian</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>%1: generated figures, not real data.</source>
        <translation>%1: angka buatan program, bukan data sebenarnya.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Belum Lengkap</translation>
    </message>
    <message>
        <source>Workers needed to fill the gaps</source>
        <translation>Kekurangan nakes untuk mengisi kekosongan</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Ketentuan</translation>
    </message>
    <message>
        <source>A cell is %1 when the Puskesmas has at least one worker of the type (ASN + Non-ASN, or ASN only when the status is ASN only), %2 when it has none.</source>
        <translation>Sel %1 jika Puskesmas memiliki minimal satu tenaga jenis tersebut (ASN + Non-ASN, atau ASN saja jika status yang dipilih ASN saja), %2 jika tidak ada.</translation>
    </message>
    <message numerus="yes">
        <source>A Puskesmas is complete when all %n types are filled.</source>
        <translation>
            <numerusform>Puskesmas Lengkap jika seluruh %n jenis sudah terisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete % = complete Puskesmas / Puskesmas × 100; incomplete % = 100 − complete %.</source>
        <translation>% Lengkap = Puskesmas Lengkap / jumlah Puskesmas × 100; % Belum Lengkap = 100 − % Lengkap.</translation>
    </message>
    <message>
        <source>Workers needed to fill the gaps = the number of empty cells: the fewest workers that would make every Puskesmas complete.</source>
        <translation>Kekurangan nakes untuk mengisi kekosongan = jumlah sel kosong: jumlah nakes paling sedikit agar semua Puskesmas Lengkap.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Bands on the rounded complete %: %1.</source>
        <translation>Warna menurut % Lengkap yang dibulatkan: %1.</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <comment>abbreviation key</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>libxlsxwriter is not available: %1</source>
        <translation>libxlsxwriter tidak tersedia: %1</translation>
    </message>
    <message>
        <source>libxlsxwriter lacks %1</source>
        <translation>libxlsxwriter tidak memiliki %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Outlined cells</source>
        <translation>Sel bergaris tepi</translation>
    </message>
    <message>
        <source>Cells outlined in purple are counts the scenario changed from the cut-off&apos;s imported data.</source>
        <translation>Sel bergaris tepi ungu adalah jumlah yang diubah skenario dari data impor cut-off ini.</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <comment>abbreviation key</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Cut-off: %1    Criteria: %2    Status: %3</source>
        <translation>Cut-off: %1    Kriteria Data: %2    Status Kepegawaian: %3</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Singkatan: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Belum Lengkap</translation>
    </message>
    <message>
        <source>Workers needed to fill the gaps</source>
        <translation>Kekurangan nakes untuk mengisi kekosongan</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Complete / incomplete</source>
        <translation>Lengkap / Belum Lengkap</translation>
    </message>
    <message>
        <source>Complete: %1 (%2)</source>
        <translation>Lengkap: %1 (%2)</translation>
    </message>
    <message>
        <source>Incomplete: %1 (%2)</source>
        <translation>Belum Lengkap: %1 (%2)</translation>
    </message>
    <message>
        <source>Puskesmas without the type</source>
        <translation>Puskesmas tanpa jenis tersebut</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>%1: at least one worker</source>
        <translation>%1: minimal satu tenaga</translation>
    </message>
    <message>
        <source>%1: no worker of the type</source>
        <translation>%1: tidak ada tenaga jenis tersebut</translation>
    </message>
    <message>
        <source>%1: %2 complete</source>
        <translation>%1: %2 Lengkap</translation>
    </message>
    <message>
        <source>No Puskesmas match these criteria.</source>
        <translation>Tidak ada Puskesmas yang sesuai dengan kriteria ini.</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Pencetakan tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Pencetakan gagal.</translation>
    </message>
</context>
</TS>
