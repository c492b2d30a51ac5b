#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// Expected failures as values (C++20 has no std::expected). The message is made, translated,
// where the facts are ("lebak.csv:17: ..."); callers show it and map the kind to an exit code.
namespace Lengkap {

struct Error
{
    enum class Kind {
        Usage, // wrong arguments (CLI exit 2)
        Input, // invalid file or name; nothing written (CLI exit 3)
        Database, // database refused or failed; nothing lost (CLI exit 4)
        Cancelled // the user cancelled; nothing written
    };
    Kind kind = Kind::Input;
    QString message;
};

inline Error inputError(QString message)
{
    return Error {Error::Kind::Input, std::move(message)};
}

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Lengkap
