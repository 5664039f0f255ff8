#include "connectionhistory.h"

#include <QSettings>

namespace orchard::ui {

namespace {

const QString recentKey = QStringLiteral("connections/recent");

QStringList stored()
{
    return QSettings().value(recentKey).toStringList();
}

void store(const QStringList &names)
{
    QSettings().setValue(recentKey, names);
}

}  // namespace

QList<LedgerLocation> ConnectionHistory::recent()
{
    QList<LedgerLocation> locations;
    for (const QString &name : stored()) {
        const Result<LedgerLocation> location = LedgerLocation::parse(name);
        if (location)
            locations.append(location.value());
    }
    return locations;
}

void ConnectionHistory::remember(const LedgerLocation &location)
{
    QStringList names = stored();
    names.removeAll(location.displayName());
    names.prepend(location.displayName());
    store(names.mid(0, maximum));
}

void ConnectionHistory::forget(const LedgerLocation &location)
{
    QStringList names = stored();
    names.removeAll(location.displayName());
    store(names);
}

}  // namespace orchard::ui
