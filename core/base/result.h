#pragma once

#include "base/ledgererror.h"

#include <utility>
#include <variant>

namespace orchard {

// Either a value or a LedgerError; ledger operations never throw across their interface.
template<typename T>
class Result
{
public:
    // Default-constructed only as a placeholder (QCoro::waitFor, QFuture): it holds an error.
    Result() : m_state(LedgerError::internal(QStringLiteral("no result was produced"))) {}
    Result(T value) : m_state(std::move(value)) {}
    Result(LedgerError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const
    {
        Q_ASSERT(ok());
        return std::get<T>(m_state);
    }
    T &value()
    {
        Q_ASSERT(ok());
        return std::get<T>(m_state);
    }
    const LedgerError &error() const
    {
        Q_ASSERT(!ok());
        return std::get<LedgerError>(m_state);
    }

private:
    std::variant<T, LedgerError> m_state;
};

}  // namespace orchard
