#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orchardctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("orchard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORCHARD_VERSION));
    orchard::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
