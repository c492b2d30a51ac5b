#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRandomGenerator>

#include <cstdint>
#include <cstring>
#include <utility>

namespace Lengkap {

// What a reader decided about each spelling of a cell (a profession, an employment status, a
// Puskesmas identity), looked up once per row of a worker-level file: a million rows, a few
// dozen spellings. QHash<QByteArray, T> costs ~110 instructions per lookup there (Qt's seeded
// qHashBits, then QByteArray's out-of-line compare); this open-addressing table with a
// word-at-a-time hash costs about a third, which is ~7 % of the reading thread's work
// (callgrind, 200,000-worker file). The hash is seeded per process, so a file cannot be made to
// collide on purpose without knowing the seed.
template<typename T>
class SpellingCache
{
public:
    SpellingCache() { m_slots.resize(InitialSlots); }

    // The value stored for key, or nullptr.
    const T *find(QByteArrayView key) const
    {
        const quint64 h = hash(key);
        const qsizetype mask = m_slots.size() - 1;
        for (qsizetype i = qsizetype(h) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots.at(i);
            if (!slot.used)
                return nullptr;
            if (slot.hash == h && slot.key.size() == key.size()
                && std::memcmp(slot.key.constData(), key.data(), size_t(key.size())) == 0)
                return &slot.value;
        }
    }

    // Stores value for key (which must not be there yet) and returns where it is.
    const T *insert(QByteArrayView key, T value)
    {
        if (2 * (m_count + 1) > m_slots.size())
            grow();
        ++m_count;
        return &place(hash(key), key.toByteArray(), std::move(value))->value;
    }

    qsizetype size() const { return m_count; }

private:
    static constexpr qsizetype InitialSlots = 64; // a power of two

    struct Slot
    {
        QByteArray key;
        T value {};
        quint64 hash = 0;
        bool used = false;
    };

    static quint64 mix(quint64 a, quint64 b)
    {
#ifdef __SIZEOF_INT128__
        __extension__ using Wide = unsigned __int128; // GCC and Clang, mingw included
        const Wide r = static_cast<Wide>(a) * b;
        return quint64(r) ^ quint64(r >> 64);
#else
        a ^= a >> 32;
        return (a * 0x9e3779b97f4a7c15ULL) ^ (b + (a >> 29));
#endif
    }

    quint64 hash(QByteArrayView key) const
    {
        const char *p = key.data();
        qsizetype n = key.size();
        quint64 h = m_seed ^ (quint64(n) * 0xa0761d6478bd642fULL);
        while (n >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            h = mix(h ^ word, 0xe7037ed1a0b428dbULL);
            p += 8;
            n -= 8;
        }
        // The last 1-7 bytes: as the tail of the last whole word when there was one (one load,
        // no call of memcpy with a variable size), else byte by byte.
        quint64 tail = 0;
        if (n > 0 && key.size() >= 8) {
            std::memcpy(&tail, key.data() + key.size() - 8, 8);
            tail >>= 8 * (8 - n);
        } else {
            for (qsizetype i = 0; i < n; ++i)
                tail |= quint64(uchar(p[i])) << (8 * i);
        }
        return mix(h ^ tail, 0x8ebc6af09c88c6e3ULL);
    }

    Slot *place(quint64 h, QByteArray key, T value)
    {
        const qsizetype mask = m_slots.size() - 1;
        qsizetype i = qsizetype(h) & mask;
        while (m_slots.at(i).used)
            i = (i + 1) & mask;
        Slot &slot = m_slots[i];
        slot.key = std::move(key);
        slot.value = std::move(value);
        slot.hash = h;
        slot.used = true;
        return &slot;
    }

    void grow()
    {
        QList<Slot> old(2 * m_slots.size());
        m_slots.swap(old);
        for (Slot &slot : old) {
            if (slot.used)
                place(slot.hash, std::move(slot.key), std::move(slot.value));
        }
    }

    QList<Slot> m_slots;
    qsizetype m_count = 0;
    quint64 m_seed = QRandomGenerator::global()->generate64();
};

} // namespace Lengkap
