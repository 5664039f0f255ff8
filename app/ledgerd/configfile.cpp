#include "configfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace orchard::api {

Result<QStringList> argumentsFromConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return LedgerError::invalidArgument(QStringLiteral("config"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    static const QRegularExpression line(QStringLiteral("^([a-z][a-z-]*)\\s*=\\s*(.*?)\\s*$"));
    QStringList arguments;
    QTextStream in(&file);
    for (int number = 1; !in.atEnd(); ++number) {
        const QString text = in.readLine().trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch() || match.captured(1) == QLatin1String("config"))
            return LedgerError::invalidArgument(
                QStringLiteral("config"), QStringLiteral("%1 line %2: expected `option = value`, got '%3'").arg(path).arg(number).arg(text));
        arguments << QStringLiteral("--") + match.captured(1) << match.captured(2);
    }
    return arguments;
}

}  // namespace orchard::api
