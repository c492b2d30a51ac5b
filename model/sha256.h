#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Lengkap {

// SHA-256 of bytes fed in pieces, for the digest of an imported file. Where the build has
// OpenSSL's libcrypto (Linux) it does the work: it uses the CPU's SHA extensions (>1 GB/s, where
// QCryptographicHash does about 200 MB/s, longer than tokenising a file). Elsewhere (the Windows
// build has no OpenSSL) QCryptographicHash, which Qt already carries. Same digest either way.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // The 32-byte digest, once; empty when the back end failed (out of memory): the caller then
    // hashes the file itself.
    QByteArray result();

    // Which back end this build uses, for the benchmarks' notes: "OpenSSL" or "Qt".
    static const char *backend();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Lengkap
