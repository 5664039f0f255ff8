// orchard: the admin console. orchard [--db PATH|URL] [--role admin|finance|hr] [--lang CODE]
#include "consolelauncher.h"
#include "mainwindow.h"
#include "transactionspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcStartup, "orchard.console.startup", QtWarningMsg)

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// With QT_LOGGING_RULES="orchard.console.startup.info=true": how long after start the
// transactions screen first painted rows, and the resident memory then (the 10-million-entry figure).
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const QElapsedTimer &sinceStart, QTableView *view) : QObject(view), m_sinceStart(sinceStart), m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_view->model()->rowCount() > 0) {
            qCInfo(lcStartup, "transactions painted with %d rows %lld ms after start; resident memory %lld MiB",
                   m_view->model()->rowCount(), m_sinceStart.elapsed(), residentKiB() / 1024);
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    const QElapsedTimer &m_sinceStart;
    QTableView *m_view;
};

}  // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("orchard"));
    QApplication::setOrganizationName(QStringLiteral("orchard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Orchard"));
    QApplication::setApplicationVersion(QStringLiteral(ORCHARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.orchard.Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/orchard.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Orchard's admin console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Ledger: an SQLite file or a postgresql:// URL."),
                                QStringLiteral("PATH|URL"));
    const QCommandLineOption role(QStringLiteral("role"), QApplication::translate("main", "admin, finance or hr (default admin)."),
                                  QStringLiteral("ROLE"), QStringLiteral("admin"));
    const QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "Language, e.g. en or hi (default: the system's)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save the window as a PNG once the screen has loaded, then quit."),
                                        QStringLiteral("FILE"));
    parser.addOptions({db, role, lang, screenshot});
    parser.process(app);

    const QLocale locale = parser.isSet(lang) ? QLocale(parser.value(lang)) : QLocale::system();
    QLocale::setDefault(locale);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("orchard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QString dbText = parser.value(db);
    if (dbText.isEmpty())
        dbText = qEnvironmentVariable("ORCHARD_DB");
    if (dbText.isEmpty())
        dbText = orchard::LedgerLocation::defaultSqlitePath();
    const auto location = orchard::LedgerLocation::parse(dbText);
    const auto chosenRole = orchard::ui::ConsoleSession::roleFromName(parser.value(role));
    if (!location || !chosenRole) {
        const QString why = !location ? location.error().message
                                      : QApplication::translate("main", "--role must be admin, finance or hr, not '%1'").arg(parser.value(role));
        QMessageBox::critical(nullptr, QApplication::translate("main", "Orchard"), why);
        return 2;
    }
    orchard::ui::ConsoleLauncher launcher(*chosenRole);
    const orchard::Result<bool> opened = launcher.open(location.value());
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Orchard"),
                              QApplication::translate("main", "Cannot open the ledger %1: %2").arg(dbText, opened.error().message));
        return 1;
    }
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(2000, &app, [&launcher, file = parser.value(screenshot)] {
            const bool saved = launcher.window()->grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    if (lcStartup().isInfoEnabled() && launcher.window()->transactions())
        new FirstPaintProbe(sinceStart, launcher.window()->transactions()->view());
    return app.exec();
}
