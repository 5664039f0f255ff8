#pragma once

#include "base/ledgererror.h"

#include <QJsonObject>
#include <QString>

namespace orchard::cli {

// Exit codes of orchardctl: the contract scripts rely on.
enum ExitCode : int { Done = 0, Failure = 1, BadInput = 2, Refused = 3 };

int exitCodeFor(const LedgerError &error);

// Prints results and errors: one compact JSON object on stdout with --json, otherwise readable
// text (results on stdout, errors on stderr).
class Output
{
public:
    explicit Output(bool json) : m_json(json) {}
    bool json() const { return m_json; }

    void result(const QJsonObject &object, const QString &text) const;
    // Named in every permission_denied error: the role the refused command needs.
    void setRequiredRole(const QString &role) { m_requiredRole = role; }
    int error(const LedgerError &error) const;  // prints it and returns its exit code

private:
    bool m_json;
    QString m_requiredRole;
};

}  // namespace orchard::cli
