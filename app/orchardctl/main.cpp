#include "commandline.h"
#include "base/validation.h"

#include <QGuiApplication>

#include <memory>

namespace {

// Drawing a PDF needs Qt GUI; every other command stays a plain core application. Without a
// display the offscreen platform draws just as well.
bool drawsPdfs(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "pdf" || argument == "--format=pdf" || argument.endsWith(".pdf") || argument == "schedule" ||
            argument == "evidence")
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsPdfs(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("orchardctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("orchard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORCHARD_VERSION));
    // Bad bytes are refused before Qt decodes them (it would put U+FFFD in their place).
    if (const auto invalid = orchard::validation::commandLineUtf8(argc, argv)) {
        bool json = false;
        for (int i = 1; i < argc; ++i)
            json = json || QByteArrayView(argv[i]) == "--json";
        return orchard::cli::Output(json).error(*invalid);
    }
    orchard::cli::CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
