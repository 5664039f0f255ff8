#include "clioutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace orchard::cli {

int exitCodeFor(const LedgerError &error)
{
    switch (error.kind()) {
    case ErrorKind::BadInput:
        return BadInput;
    case ErrorKind::Refused:
        return Refused;
    case ErrorKind::Storage:
    case ErrorKind::Internal:
        return Failure;
    }
    return Failure;
}

void Output::result(const QJsonObject &object, const QString &text) const
{
    const QByteArray bytes = m_json ? QJsonDocument(object).toJson(QJsonDocument::Compact) : text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

int Output::error(const LedgerError &givenError) const
{
    LedgerError error = givenError;
    if (error.code == errors::permissionDenied && !m_requiredRole.isEmpty()) {
        error.message += QStringLiteral(" (this needs the %1 role; see orchardctl whoami)").arg(m_requiredRole);
        error.details.insert(QStringLiteral("required_role"), m_requiredRole);
    }
    if (m_json) {
        const QByteArray bytes = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    } else {
        const QByteArray bytes = QStringLiteral("orchardctl: %1: %2\n").arg(error.code, error.message).toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    }
    return exitCodeFor(error);
}

}  // namespace orchard::cli
