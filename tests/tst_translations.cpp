// The console in Hindi: every entry of the translation file finished and faithful to its source
// (placeholders, accelerators, markup), and every screen of a running console free of English.
#include "consolesession.h"
#include "ledger/ledger.h"
#include "ledgerwords.h"
#include "mainwindow.h"
#include "testledger.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace orchard;
using namespace orchard::test;
using namespace orchard::ui;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;  // one, or one per plural form
    QString type;              // "", unfinished, vanished, obsolete
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations = {xml.readElementText()};
        } else if (xml.name() == QLatin1String("numerusform"))
            current.translations.append(xml.readElementText());
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// What a translation must keep of its source: each %1…%9 (and %n), each accelerator as "&X",
// each HTML tag.
QStringList kept(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral("%[1-9n]|&[A-Za-z]|</?[a-z0-9]+[^>]*>"));
    QStringList found;
    for (auto it = marks.globalMatch(text); it.hasNext();)
        found << it.next().captured().toUpper();
    found.sort();
    return found;
}

// Latin words a Hindi screen legitimately shows: names of products, codes, units, the ledger's own
// sources, keys and the demo ledger's members.
bool isAllowedLatin(const QString &word)
{
    static const QSet<QString> allowed{
        QStringLiteral("orchard"),  QStringLiteral("inr"),        QStringLiteral("utc"),      QStringLiteral("hris"),
        QStringLiteral("csv"),      QStringLiteral("pdf"),        QStringLiteral("json"),     QStringLiteral("http"),
        QStringLiteral("ctrl"),     QStringLiteral("shift"),      QStringLiteral("f5"),       QStringLiteral("darwinbox"),
        QStringLiteral("successfactors"), QStringLiteral("marketplace"), QStringLiteral("loyalife"), QStringLiteral("admin"),
        QStringLiteral("auto"),     QStringLiteral("default"),    QStringLiteral("orchardctl"), QStringLiteral("sqlite"),
        QStringLiteral("postgresql"), QStringLiteral("alice"),    QStringLiteral("bob"),      QStringLiteral("carol"),
        QStringLiteral("id"),       QStringLiteral("yyyy"),       QStringLiteral("mm"),       QStringLiteral("dd"),
        QStringLiteral("other"),    QStringLiteral("enter"),      QStringLiteral("png"),      QStringLiteral("qt"),
        QStringLiteral("e"),          QStringLiteral("d"),        QStringLiteral("x"),
    };
    return allowed.contains(word.toLower());
}

// The English words of `text` (paths, numbers and allowed names removed), if any.
QStringList englishIn(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\S*[/\\\\]\\S*")));  // paths and URLs
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));          // markup
    text.remove(QRegularExpression(QStringLiteral("\\b[a-z_]+\\.[a-z_.]*")));   // audit actions to type: reservation., rules.redeem
    text.remove(QRegularExpression(QStringLiteral("orchardctl [^)]*")));        // a command to run, as it is typed
    text.remove(QRegularExpression(QStringLiteral("\\b[a-z]+(-[a-z]+)+\\b")));  // an example name to type: quarter-close
    text.remove(QRegularExpression(QStringLiteral("&[A-Za-z]")));        // accelerators
    QStringList words;
    static const QRegularExpression latin(QStringLiteral("[A-Za-z][A-Za-z0-9_]*"));
    for (auto it = latin.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured();
        if (!isAllowedLatin(word) && !word.startsWith(QLatin1String("EMP")) && !word.startsWith(QLatin1String("MP"))
            && !word.startsWith(QLatin1String("LL")))
            words << word;
    }
    return words;
}

}  // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("orchard-tests"));
        QSettings().clear();
    }

    // The file lupdate keeps: no entry left unfinished or empty, none that dropped or invented a
    // placeholder, an accelerator or a tag.
    void everyHindiEntryIsFinishedAndFaithful()
    {
        const QList<Message> messages = readTs(qEnvironmentVariable("ORCHARD_TS_DIR") + QStringLiteral("/orchard_hi.ts"));
        QVERIFY(messages.size() > 600);  // the console's and the reports' strings, not an empty file
        QStringList problems;
        for (const Message &message : messages) {
            if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
                continue;
            const QString where = message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
            if (message.type == QLatin1String("unfinished")) {
                problems << QStringLiteral("unfinished ") + where;
                continue;
            }
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty())
                    problems << QStringLiteral("empty ") + where;
                else if (kept(translation) != kept(message.source))
                    problems << QStringLiteral("changes %1 into %2 in ").arg(kept(message.source).join(QLatin1Char(' ')),
                                                                             kept(translation).join(QLatin1Char(' ')))
                                    + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The compiled translation at work: the ledger's identifiers, an error and a report row in
    // Hindi, while the identifiers themselves stay what the engine uses.
    void theLedgersWordsAreHindiInAHindiConsole()
    {
        QTranslator hindi;
        QVERIFY(hindi.load(qEnvironmentVariable("ORCHARD_QM_DIR") + QStringLiteral("/orchard_hi.qm")));
        QCoreApplication::installTranslator(&hindi);
        QCOMPARE(LedgerWords::kind(QStringLiteral("confirm")), QStringLiteral("रिडेम्पशन"));
        QCOMPARE(LedgerWords::status(QStringLiteral("timed_out")), QStringLiteral("समय-सीमा बीती"));
        QCOMPARE(LedgerWords::rateBasis(QStringLiteral("no_history")), QStringLiteral("अभी इतिहास नहीं: कोई नहीं मानी गई"));
        QCOMPARE(LedgerWords::kind(QStringLiteral("something_new")), QStringLiteral("something_new"));  // unknown: as it is
        // An error: a Hindi headline, then the engine's own words for support.
        const LedgerError refusal{errors::insufficientPoints, QStringLiteral("points: member m has 30 available, 50 requested"), {}};
        QCOMPARE(LedgerWords::error(refusal), QStringLiteral("पर्याप्त अंक या राशि नहीं। points: member m has 30 available, 50 requested"));
        QCOMPARE(QCoreApplication::translate("Reports", "= closing outstanding"), QStringLiteral("= अंतिम बकाया"));
        QCoreApplication::removeTranslator(&hindi);
        QCOMPARE(LedgerWords::kind(QStringLiteral("confirm")), QStringLiteral("redemption"));
        QCOMPARE(LedgerWords::error(refusal), refusal.message);  // English: the engine's message alone
    }

    // Every screen of a console started in Hindi, walked as a user would see it: labels, buttons,
    // group titles, column headers, choices, menus, tooltips of disabled actions. Data (member ids,
    // paths, numbers) aside, nothing reads in English.
    void everyScreenOfAHindiConsoleIsHindi_data()
    {
        QTest::addColumn<bool>("hindi");
        QTest::newRow("hi") << true;
        QTest::newRow("en") << false;  // accelerators only
    }

    // And in either language no two visible buttons of a screen share an accelerator (Alt+letter
    // would press only the first).
    void everyScreenOfAHindiConsoleIsHindi()
    {
        QFETCH(bool, hindi);
        QTranslator translation;
        if (hindi) {
            QVERIFY(translation.load(qEnvironmentVariable("ORCHARD_QM_DIR") + QStringLiteral("/orchard_hi.qm")));
            QCoreApplication::installTranslator(&translation);
        }
        const QLocale saved;
        QLocale::setDefault(hindi ? QLocale(QLocale::Hindi, QLocale::India) : QLocale(QLocale::English, QLocale::India));
        TestLedger t;
        for (const char *member : {"alice", "bob", "carol"}) {
            t.addMember(QString::fromLatin1(member));
            t.issue(QString::fromLatin1(member), 500);
        }
        QVERIFY(t.ledger().redeem({QStringLiteral("alice"), 300, QStringLiteral("marketplace"), QStringLiteral("MP-1"), t.nextKey()}));
        t.reserve(QStringLiteral("carol"), 50, QStringLiteral("loyalife"));
        auto session = ConsoleSession::open(t.where().location(), Role::Admin, &t.clock());
        QVERIFY(session);
        MainWindow window(*session.value());
        window.resize(1280, 800);
        window.show();
        QStringList english;
        QStringList clashes;
        const auto check = [&](const QString &where, const QString &text) {
            if (!hindi)
                return;
            const QStringList words = englishIn(text);
            if (!words.isEmpty())
                english << QStringLiteral("%1: \"%2\" (%3)").arg(where, text.simplified(), words.join(QLatin1Char(' ')));
        };
        const QList<MainWindow::Screen> screens{MainWindow::Screen::Overview, MainWindow::Screen::Transactions, MainWindow::Screen::Holds,
                                                MainWindow::Screen::Members,  MainWindow::Screen::Audit,        MainWindow::Screen::Liability,
                                                MainWindow::Screen::Cohorts,  MainWindow::Screen::Reconciliation, MainWindow::Screen::Wallet,
                                                MainWindow::Screen::Rules,    MainWindow::Screen::Schedules,    MainWindow::Screen::Webhooks,
                                                MainWindow::Screen::Approvals, MainWindow::Screen::Sources};
        for (const MainWindow::Screen screen : screens) {
            if (!window.hasScreen(screen))
                continue;
            window.showScreen(screen);
            QTest::qWait(1500);  // the screen's first reads and reports
            const QString name = QStringLiteral("screen %1").arg(int(screen));
            for (QLabel *label : window.findChildren<QLabel *>())
                if (label->isVisible()) {
                    QTextDocument plain;
                    plain.setHtml(label->text());
                    check(name + QStringLiteral(" label"), plain.toPlainText());
                }
            QHash<QChar, QString> accelerators;
            static const QRegularExpression accelerator(QStringLiteral("&([^&])"));
            for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
                if (button->isVisible()) {
                    check(name + QStringLiteral(" button"), button->text());
                    const QRegularExpressionMatch key = accelerator.match(button->text());
                    if (!key.hasMatch())
                        continue;
                    const QChar letter = key.captured(1).at(0).toUpper();
                    if (accelerators.contains(letter))
                        clashes << QStringLiteral("%1: \"%2\" and \"%3\" both Alt+%4").arg(name, accelerators.value(letter), button->text(), letter);
                    accelerators.insert(letter, button->text());
                }
            for (QGroupBox *box : window.findChildren<QGroupBox *>())
                if (box->isVisible())
                    check(name + QStringLiteral(" group"), box->title());
            for (QComboBox *box : window.findChildren<QComboBox *>())
                if (box->isVisible())
                    for (int i = 0; i < box->count(); ++i)
                        check(name + QStringLiteral(" choice"), box->itemText(i));
            for (QLineEdit *edit : window.findChildren<QLineEdit *>())
                if (edit->isVisible())
                    check(name + QStringLiteral(" placeholder"), edit->placeholderText());
            for (QTableView *view : window.findChildren<QTableView *>())
                if (view->isVisible() && view->model())
                    for (int c = 0; c < view->model()->columnCount(); ++c)
                        if (!view->isColumnHidden(c))
                            check(name + QStringLiteral(" column"), view->model()->headerData(c, Qt::Horizontal).toString());
        }
        for (QAction *menu : window.menuBar()->actions()) {
            check(QStringLiteral("menu"), menu->text());
            if (menu->menu())
                for (QAction *action : menu->menu()->actions()) {
                    check(QStringLiteral("menu item"), action->text());
                    if (!action->isEnabled())
                        check(QStringLiteral("menu item's reason"), action->toolTip());
                }
        }
        check(QStringLiteral("window title"), window.windowTitle());
        QLocale::setDefault(saved);
        QCoreApplication::removeTranslator(&translation);
        for (const QString &text : std::as_const(english))
            qInfo().noquote() << "English:" << text;  // every one: a failure message is cut at 1,000 characters
        for (const QString &clash : std::as_const(clashes))
            qInfo().noquote() << "Clash:" << clash;
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English texts (listed above)").arg(english.size())));
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 accelerators used twice (listed above)").arg(clashes.size())));
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
