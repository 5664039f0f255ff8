#pragma once

#include <QString>

#include <stdexcept>

namespace orchard {

// A rule of the ledger that must never break did (a lot giving more than it has, an entry that
// does not balance): a bug or a file changed behind Orchard's back, never a refused request and
// never a failed statement. Thrown by the owners of the tables, caught where an operation
// ends, logged with what was violated and answered as `internal`; the operation is rolled back.
class InvariantViolation : public std::runtime_error
{
public:
    explicit InvariantViolation(const QString &violated);
    QString violated;
};

// Checks that stay on in release builds, where points or money could go wrong.
inline void require(bool holds, const QString &violated)
{
    if (!holds)
        throw InvariantViolation(violated);
}

}  // namespace orchard
