#include "sha256.h"

#if LENGKAP_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace Lengkap {

#if LENGKAP_HAVE_OPENSSL

class Sha256::Private
{
public:
    Private()
        : context(EVP_MD_CTX_new())
    {
        ok = context && EVP_DigestInit_ex(context, EVP_sha256(), nullptr) == 1;
    }
    ~Private() { EVP_MD_CTX_free(context); }

    EVP_MD_CTX *context;
    bool ok = false;
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
}

void Sha256::addData(QByteArrayView bytes)
{
    if (d->ok)
        d->ok = EVP_DigestUpdate(d->context, bytes.data(), size_t(bytes.size())) == 1;
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!d->ok
        || EVP_DigestFinal_ex(d->context, reinterpret_cast<unsigned char *>(digest.data()), &length)
               != 1)
        return {};
    d->ok = false;
    digest.truncate(int(length));
    return digest;
}

const char *Sha256::backend()
{
    return "OpenSSL";
}

#else

class Sha256::Private
{
public:
    QCryptographicHash hash{QCryptographicHash::Sha256};
    bool done = false;
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
}

void Sha256::addData(QByteArrayView bytes)
{
    d->hash.addData(bytes);
}

QByteArray Sha256::result()
{
    if (d->done)
        return {};
    d->done = true;
    return d->hash.result();
}

const char *Sha256::backend()
{
    return "Qt";
}

#endif

Sha256::~Sha256() = default;

} // namespace Lengkap
