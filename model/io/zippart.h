#pragma once

// Zip archives that come from anywhere (XLSX and ODS workbooks), read part by part: the archive
// is checked from its central directory before anything is inflated and each part again while
// it is inflated (zip bombs: ratio above MaxZipRatio:1, compressed sizes larger than the file,
// parts inflating past their declared size); parts are read as XML by XmlScanner, which refuses
// DTDs (entity expansion). Shared by the XLSX and ODS readers (xlsxreader.cpp, odsreader.cpp).
// Included only by those .cpp files: it brings QuaZip in.
#include "result.h"
#include "sha256.h"
#include "xmlscanner.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QCoreApplication>
#include <QFile>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace Lengkap {

constexpr qint64 MaxRatio = 200; // uncompressed : compressed, per part
constexpr qint64 MinBombBytes = 1024 * 1024; // small parts may compress better

// The messages keep the XLSX reader's translation context (they were written there first).
struct XlsxTr
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::XlsxReader)
};

// One part of the archive, inflated in chunks and checked while inflating: never more than it
// declares, never more than MaxRatio times its compressed size (zip bombs). The big parts (the
// sheet) are inflated ahead on a second thread, so zlib and the XML scanner share the two cores.
// The QuaZip may have only one part open, and only one thread uses it at a time.
class PartStream
{
public:
    PartStream(QuaZip *zip, QString displayName)
        : m_zip(zip)
        , m_displayName(std::move(displayName))
    {
    }
    ~PartStream()
    {
        if (!m_thread.joinable())
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    PartStream(const PartStream &) = delete;
    PartStream &operator=(const PartStream &) = delete;

    // Opens the part; false when it is not in the archive (error() empty) or cannot be read.
    bool open(const QString &name)
    {
        m_name = name;
        if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive))
            return false;
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            m_error = XlsxTr::tr("%1: damaged archive: cannot read the entry %2")
                          .arg(m_displayName, name);
            return false;
        }
        m_compressed = qint64(std::min<quint64>(info.compressedSize, quint64(1) << 62));
        m_declared = qint64(std::min<quint64>(info.uncompressedSize, quint64(1) << 62));
        m_file = std::make_unique<QuaZipFile>(m_zip);
        if (!m_file->open(QIODevice::ReadOnly)) {
            m_error
                = XlsxTr::tr("%1: cannot read %2 (encrypted or damaged)").arg(m_displayName, name);
            m_file.reset();
            return false;
        }
        return true;
    }

    // From now on the part is inflated on a second thread, a few chunks ahead.
    void readAhead()
    {
        m_thread = std::thread([this] { run(); });
    }

    // Up to max inflated bytes; 0 at the end, -1 on an error (error() says which).
    qint64 read(char *data, qint64 max)
    {
        if (!m_error.isEmpty())
            return -1;
        if (m_pending.size() == m_pendingPos) {
            Chunk chunk = m_thread.joinable() ? take() : inflate(max);
            if (!chunk.error.isEmpty()) {
                m_error = chunk.error;
                return -1;
            }
            if (chunk.bytes.isEmpty())
                return 0;
            m_inflated += chunk.bytes.size();
            if (m_inflated > MinBombBytes
                && m_inflated > MaxRatio * std::max<qint64>(1, m_compressed)) {
                m_error = XlsxTr::tr("%1: refused: %2 is compressed more than %3:1 (a zip bomb?)")
                              .arg(m_displayName, m_name)
                              .arg(MaxRatio);
                return -1;
            }
            m_pending = std::move(chunk.bytes);
            m_pendingPos = 0;
        }
        const qint64 n = std::min<qint64>(max, m_pending.size() - m_pendingPos);
        std::memcpy(data, m_pending.constData() + m_pendingPos, size_t(n));
        m_pendingPos += n;
        return n;
    }

    const QString &name() const { return m_name; }
    const QString &error() const { return m_error; }
    qint64 inflated() const { return m_inflated; }
    qint64 declaredSize() const { return m_declared; }

private:
    struct Chunk
    {
        QByteArray bytes; // empty at the end
        QString error;
    };
    static constexpr qint64 ChunkBytes = 256 * 1024;
    static constexpr size_t Depth = 4; // chunks inflated ahead

    Chunk inflate(qint64 max)
    {
        Chunk chunk;
        chunk.bytes.resize(std::min(max, ChunkBytes));
        const qint64 n = m_file->read(chunk.bytes.data(), chunk.bytes.size());
        if (n < 0 || (n == 0 && !m_file->atEnd())) {
            chunk.error = XlsxTr::tr("%1: damaged archive: %2 cannot be inflated")
                              .arg(m_displayName, m_name);
        } else if (n == 0 && m_file->getZipError() != UNZ_OK) {
            chunk.error = XlsxTr::tr("%1: damaged archive: %2 fails its checksum")
                              .arg(m_displayName, m_name);
        }
        chunk.bytes.truncate(chunk.error.isEmpty() ? n : 0);
        return chunk;
    }

    Chunk take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        Chunk chunk = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return chunk;
    }

    void run()
    {
        // Stops after the last chunk (empty, or an error) or when the reader goes away.
        bool last = false;
        while (!last) {
            Chunk chunk = inflate(ChunkBytes);
            last = chunk.bytes.isEmpty();
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < Depth; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(chunk));
            lock.unlock();
            m_changed.notify_all();
        }
    }

    QuaZip *m_zip;
    QString m_displayName;
    QString m_name;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_error;
    qint64 m_compressed = 0;
    qint64 m_declared = 0;
    qint64 m_inflated = 0;
    QByteArray m_pending; // the chunk being handed out
    qsizetype m_pendingPos = 0;
    std::thread m_thread; // last: joined before the file goes
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    bool m_stop = false;
};

// A part read as XML with the scanner (xmlscanner.h); its errors as "file: part ...".
class XmlPart
{
public:
    XmlPart(QuaZip *zip, QString displayName)
        : m_stream(zip, displayName)
        , m_displayName(std::move(displayName))
        , m_scanner([this](char *data, qint64 max) {
            const qint64 n = m_stream.read(data, max);
            if (n < 0)
                m_scanner.setReadError(m_stream.error());
            return n;
        })
    {
    }

    bool open(const QString &name) { return m_stream.open(name); }
    void readAhead() { m_stream.readAhead(); }

    XmlScanner::Token next() { return m_scanner.next(); }
    XmlScanner &xml() { return m_scanner; }

    // After next() returned Invalid: what went wrong, as "file.xlsx: xl/... is ...".
    QString error() const
    {
        if (!m_stream.error().isEmpty())
            return m_stream.error();
        if (m_scanner.readFailed())
            return m_scanner.error();
        if (m_scanner.declaresDtd())
            return XlsxTr::tr("%1: %2 declares a DTD, which workbooks never do")
                .arg(m_displayName, m_stream.name());
        if (m_scanner.truncated())
            return XlsxTr::tr("%1: %2 ends too early (truncated)")
                .arg(m_displayName, m_stream.name());
        return XlsxTr::tr("%1: %2 is not valid XML: %3")
            .arg(m_displayName, m_stream.name(), m_scanner.error());
    }
    // open() failed: error() of the stream, empty when the part is not in the archive.
    const QString &openError() const { return m_stream.error(); }
    qint64 inflated() const { return m_stream.inflated(); }
    qint64 declaredSize() const { return m_stream.declaredSize(); }

private:
    PartStream m_stream;
    QString m_displayName;
    XmlScanner m_scanner;
};

// SHA-256 of the workbook file, hex, by libcrypto (as CsvReader hashes): computed on a thread of
// its own while the sheet is read, so the import needs no second pass over the file afterwards.
// QCryptographicHash took 80 instructions a byte here, a sixth of the whole XLSX import.
class FileHash
{
public:
    ~FileHash()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    void start(const QString &path)
    {
        m_thread = std::thread([this, path] { m_hex = compute(path); });
    }
    // Empty when the file could not be read: the importer then hashes it itself.
    QString result() const
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_hex;
    }

private:
    static QString compute(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        Sha256 hash; // OpenSSL where the build has it (model/sha256.h)
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return {};
            if (n == 0)
                break;
            hash.addData(QByteArrayView(chunk.constData(), n));
        }
        const QByteArray digest = hash.result();
        return digest.isEmpty() ? QString() : QString::fromLatin1(digest.toHex());
    }

    mutable std::thread m_thread;
    QString m_hex;
};


// Opens path as a zip archive and checks its central directory before anything is inflated: no
// entry may claim to be compressed more than MaxRatio:1, nor to hold more compressed bytes than
// the file has (sizes that lie). There is no cap on the total: a sheet as big as a spreadsheet
// allows is read, streaming; what is read is checked again while inflating (PartStream).
// notZip: the message for a file that is not a zip archive at all ("%1: not an XLSX workbook ...").
Result<std::unique_ptr<QuaZip>> openCheckedZip(const QString &path, const QString &displayName,
                                               const QString &notZip);

// A part's message ("file.xlsx: sheet1.xml is not valid XML") as the message of the sheet row
// being read ("file.xlsx:17: sheet1.xml is not valid XML"); before the first row, as it is.
QString messageAtRow(const QString &partMessage, const QString &displayName, qint64 row);

} // namespace Lengkap
