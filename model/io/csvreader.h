#pragma once

#include "recordsource.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <vector>

// A CSV file in any dialect of DOMAIN.md §5, read record by record. Streaming: the file is read in
// chunks (ahead, on a second thread) into one reused buffer and tokenised on bytes; a field
// becomes a QString only when text() asks for it. The SHA-256 of the file is computed from the
// same chunks, so the import needs no second pass over the file.
namespace Lengkap {

class CsvReader : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(Lengkap::CsvReader)

public:
    enum class Encoding { Utf8, Utf8Bom, Windows1252 };

    // Opens the file and detects encoding and delimiter from its first chunk. Refuses, as
    // "file:line: message", empty, binary and UTF-16 files.
    static Result<std::unique_ptr<CsvReader>> open(const QString &path);
    ~CsvReader() override;

    bool next() override;
    int line() const override { return m_recordLine; }
    int fieldCount() const override { return int(m_fieldCount); }
    QString text(int i) const override;
    QByteArrayView utf8(int i) const override;
    std::optional<Error> error() const override { return m_error; }
    QString displayName() const override { return m_displayName; }
    qint64 position() const override { return m_consumedBefore + m_pos; }
    qint64 size() const override { return m_fileSize; }
    QString encodingName() const override;
    QString delimiterName() const override;
    QString sha256Hex() const override;

    Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }

private:
    // One cell of the current record: bytes [begin, begin + size) of m_buffer. Quoted cells
    // with doubled quotes or CR line breaks, and cells that are not valid UTF-8, are converted on
    // first use into m_converted (one QByteArray per cell, so views handed out stay valid until
    // next()).
    struct Field
    {
        qsizetype begin = 0;
        qsizetype size = 0;
        bool escapedQuotes = false;
        bool carriageReturn = false; // a quoted line break written CRLF or CR: read as LF
        mutable bool converted = false;
    };
    enum class Parse { Record, NeedMore, Unterminated };

    explicit CsvReader(const QString &path);
    Result<void> start();
    bool fill(); // appends the next chunk; false at end of file or on a read error
    Parse parseRecord();
    void setError(int line, const QString &message);
    void addField(qsizetype begin, qsizetype end, bool escapedQuotes, bool carriageReturn = false);

    QFile m_file;
    QString m_displayName;
    qint64 m_fileSize = 0;
    class Hasher; // SHA-256 (model/sha256.h)
    std::unique_ptr<Hasher> m_hash;
    class ChunkReader; // reads and hashes, ahead on a second thread once the dialect is known
    std::unique_ptr<ChunkReader> m_chunks; // after m_file and m_hash: goes (joins) before them
    mutable QByteArray m_digest;

    QByteArray m_buffer; // unconsumed bytes of the file; the current record starts at m_pos
    qsizetype m_pos = 0; // start of the next record in m_buffer
    qint64 m_consumedBefore = 0; // where m_buffer[0] is in the file (position() = it + m_pos)
    bool m_eof = false;
    bool m_handOver = false; // fill() may make a chunk the buffer (m_pos then past its start)
    bool m_bufferHasHigh = false; // m_buffer holds bytes >= 0x80: cells need a UTF-8 check

    Encoding m_encoding = Encoding::Utf8;
    char m_delimiter = ',';
    int m_nextLine = 1; // physical line of m_pos
    int m_recordLine = 0;
    int m_quoteLine = 0; // where an unterminated quote opened

    std::vector<Field> m_fields;
    qsizetype m_fieldCount = 0;
    mutable std::vector<QByteArray> m_converted;
    std::optional<Error> m_error;
};

} // namespace Lengkap
