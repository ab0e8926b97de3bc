// The scale benchmark of issue "1,000,000 accounts and 5,000,000 order lines": every figure is
// printed as one JSON line with its median, and compared with its floor measured in the same run.
//
//   bssdesk-bench --prepare DIR   generate DIR/accounts-1k.sqlite and DIR/accounts-1m.sqlite
//   bssdesk-bench --run DIR       run every case, each in a process of its own, and print figures
//                                 (generating accounts into new stores in DIR among them)
//   bssdesk-bench --case NAME ... one case (what --run starts)
#include "app/store/SqlStore.h"
#include "tests/bench/BenchCases.h"
#include "tests/bench/BenchSupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

using namespace bss::bench;

namespace {

// Runs one case in a child process and returns its figures by name.
QHash<QString, QJsonObject> runChild(const QStringList &arguments) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(-1);
    QHash<QString, QJsonObject> figures;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        printLine(o);
        figures.insert(o.value(QStringLiteral("name")).toString(), o);
    }
    if (child.exitCode() != 0)
        std::fprintf(stderr, "case %s failed (exit %d)\n",
                     qPrintable(arguments.join(QLatin1Char(' '))), child.exitCode());
    return figures;
}

double value(const QHash<QString, QJsonObject> &f, const QString &name,
             const char *field = "median") {
    return f.value(name).value(QLatin1String(field)).toDouble();
}

// A figure set against its floor: {"name", "value", "floor", "floorValue", "ratio", "target",
// "met"}.
void compare(const QString &name, double v, const QString &floor, double floorValue, double target,
             bool ratio, const QString &unit) {
    const double r = floorValue > 0 ? v / floorValue : 0;
    const bool met = ratio ? r <= target : v <= target;
    printLine({{QStringLiteral("name"), name},
               {QStringLiteral("value"), qRound(v * 100) / 100.0},
               {QStringLiteral("unit"), unit},
               {QStringLiteral("floor"), floor},
               {QStringLiteral("floorValue"), qRound(floorValue * 100) / 100.0},
               {QStringLiteral("ratio"), qRound(r * 100) / 100.0},
               {QStringLiteral("target"), ratio ? QStringLiteral("<= %1x floor").arg(target)
                                                : QStringLiteral("<= %1 %2").arg(target).arg(unit)},
               {QStringLiteral("met"), met}});
}

int runAll(const QString &dir, int repeats) {
    const QString small = QDir(dir).filePath(QStringLiteral("accounts-1k.sqlite"));
    const QString big = QDir(dir).filePath(QStringLiteral("accounts-1m.sqlite"));
    printLine({{QStringLiteral("machine"), QSysInfo::prettyProductName()},
               {QStringLiteral("cpus"), QThread::idealThreadCount()},
               {QStringLiteral("qt"), QLatin1String(qVersion())}});
    const QString n = QString::number(repeats);
    QHash<QString, QJsonObject> f;
    const auto add = [&f](const QHash<QString, QJsonObject> &more) { f.insert(more); };
    add(runChild(
        {QStringLiteral("--case"), QStringLiteral("bare"), QStringLiteral("--repeat"), n}));
    for (const auto &[store, label] :
         {std::pair{small, QStringLiteral("1k")}, std::pair{big, QStringLiteral("1M")}})
        add(runChild({QStringLiteral("--case"), QStringLiteral("accounts"),
                      QStringLiteral("--store"), store, QStringLiteral("--label"), label,
                      QStringLiteral("--repeat"), n}));
    add(runChild({QStringLiteral("--case"), QStringLiteral("orders"), QStringLiteral("--store"),
                  big, QStringLiteral("--label"), QStringLiteral("5M-lines"),
                  QStringLiteral("--repeat"), n}));
    add(runChild({QStringLiteral("--case"), QStringLiteral("keystrokes"), QStringLiteral("--store"),
                  big, QStringLiteral("--repeat"), n}));
    add(runChild({QStringLiteral("--case"), QStringLiteral("jumps"), QStringLiteral("--store"), big,
                  QStringLiteral("--repeat"), n}));
    add(runChild({QStringLiteral("--case"), QStringLiteral("orderJumps"), QStringLiteral("--store"),
                  big, QStringLiteral("--repeat"), n}));
    add(runChild(
        {QStringLiteral("--case"), QStringLiteral("naive"), QStringLiteral("--store"), big}));
    // (Into new stores beside the prepared ones: --store names the directory here.)
    add(runChild({QStringLiteral("--case"), QStringLiteral("generate"), QStringLiteral("--store"),
                  dir, QStringLiteral("--repeat"), n}));

    const QString ms = QStringLiteral("ms");
    const double bare = value(f, QStringLiteral("bareWindow.firstPaint"));
    const double first1k = value(f, QStringLiteral("accounts.firstPaint.1k"));
    const double first1m = value(f, QStringLiteral("accounts.firstPaint.1M"));
    compare(QStringLiteral("check.accounts.firstPaint.1M.vs1k"), first1m,
            QStringLiteral("accounts.firstPaint.1k"), first1k, 1.3, true, ms);
    compare(QStringLiteral("check.accounts.firstPaint.1M.vsBare"), first1m,
            QStringLiteral("bareWindow.firstPaint"), bare, 4, true, ms);
    compare(QStringLiteral("check.accounts.memory.1M.over1k"),
            value(f, QStringLiteral("accounts.firstPaint.1M"), "rssMiB") -
                value(f, QStringLiteral("accounts.firstPaint.1k"), "rssMiB"),
            QStringLiteral("accounts.firstPaint.1k rss"),
            value(f, QStringLiteral("accounts.firstPaint.1k"), "rssMiB"), 25, false,
            QStringLiteral("MiB"));
    compare(QStringLiteral("check.orders.firstPaint.5M-lines"),
            value(f, QStringLiteral("orders.firstPaint.5M-lines")),
            QStringLiteral("bareWindow.firstPaint"), bare, 100, false, ms);
    compare(QStringLiteral("check.filter.prefix"),
            value(f, QStringLiteral("filter.prefix.firstPage")),
            QStringLiteral("bareWindow.firstPaint"), bare, 16, false, ms);
    compare(QStringLiteral("check.filter.substring3"),
            value(f, QStringLiteral("filter.substring3.firstPage")),
            QStringLiteral("bareWindow.firstPaint"), bare, 30, false, ms);
    compare(QStringLiteral("check.filter.short.firstPage"),
            value(f, QStringLiteral("filter.short.firstPage")),
            QStringLiteral("bareWindow.firstPaint"), bare, 16, false, ms);
    compare(QStringLiteral("check.filter.worstKeystroke"),
            value(f, QStringLiteral("filter.worstKeystroke")),
            QStringLiteral("bareWindow.firstPaint"), bare, 100, false, ms);
    compare(QStringLiteral("check.scroll.jumpToEnd"), value(f, QStringLiteral("scroll.jumpToEnd")),
            QStringLiteral("bareWindow.firstPaint"), bare, 16, false, ms);
    compare(QStringLiteral("check.scroll.jumpAnywhere.worst"),
            value(f, QStringLiteral("scroll.jumpAnywhere"), "worst"),
            QStringLiteral("bareWindow.firstPaint"), bare, 50, false, ms);
    compare(QStringLiteral("check.orders.scroll.jumpAnywhere.worst"),
            value(f, QStringLiteral("orders.scroll.jumpAnywhere"), "worst"),
            QStringLiteral("bareWindow.firstPaint"), bare, 100, false, ms);
    compare(QStringLiteral("check.orders.scroll.endToEnd.secondHalfGrowth"),
            value(f, QStringLiteral("orders.scroll.endToEnd.rssGrowth"), "secondHalfGrowthMiB"),
            QStringLiteral("accounts.firstPaint.1M rss"),
            value(f, QStringLiteral("accounts.firstPaint.1M"), "rssMiB"), 2, false,
            QStringLiteral("MiB"));
    // Flat: what the second half of the way to the end adds (the first half warms Qt's caches).
    compare(QStringLiteral("check.scroll.endToEnd.secondHalfGrowth"),
            value(f, QStringLiteral("scroll.endToEnd.rssGrowth"), "secondHalfGrowthMiB"),
            QStringLiteral("accounts.firstPaint.1M rss"),
            value(f, QStringLiteral("accounts.firstPaint.1M"), "rssMiB"), 2, false,
            QStringLiteral("MiB"));
    compare(QStringLiteral("check.generate.accounts.1M"),
            value(f, QStringLiteral("generate.accounts.1M")),
            QStringLiteral("generate.accounts.1k"),
            value(f, QStringLiteral("generate.accounts.1k")), 5000, false, ms);
    compare(QStringLiteral("check.naive.fetchAllToEnd.vsPaged"),
            value(f, QStringLiteral("naive.QSqlQueryModel.fetchAllToEnd")),
            QStringLiteral("accounts.firstPaint.1M"), first1m, 1e9, true, ms);
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    qputenv("QT_LOGGING_RULES", "bss.*.info=false");
    bss::configureSqliteProcess(); // as the client and the server do
    QApplication app(argc, argv);
    // Settings of their own: the benchmark must not start on a page a user left open.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BSS Desk Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bssdesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("BSS Desk scale benchmark"));
    parser.addHelpOption();
    const QCommandLineOption prepare(QStringLiteral("prepare"),
                                     QStringLiteral("Generate the stores in DIR."),
                                     QStringLiteral("dir"));
    const QCommandLineOption run(QStringLiteral("run"),
                                 QStringLiteral("Run every case on the stores in DIR."),
                                 QStringLiteral("dir"));
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("Run one case."),
                                        QStringLiteral("name"));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("Store file of the case."), QStringLiteral("file"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("Label of the figure."),
                                   QStringLiteral("text"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Runs per figure (default 7)."),
                                    QStringLiteral("n"), QStringLiteral("7"));
    parser.addOptions({prepare, run, caseOption, store, label, repeat});
    parser.process(app);
    const int repeats = qMax(1, parser.value(repeat).toInt());

    if (parser.isSet(prepare))
        return prepareStores(parser.value(prepare));
    if (parser.isSet(run))
        return runAll(parser.value(run), repeats);
    const QString name = parser.value(caseOption);
    if (name == QLatin1String("bare"))
        return bareWindow(repeats);
    if (name == QLatin1String("accounts") || name == QLatin1String("orders"))
        return firstPaint(name, parser.value(store), parser.value(label), repeats);
    if (name == QLatin1String("keystrokes"))
        return keystrokes(parser.value(store), repeats);
    if (name == QLatin1String("jumps"))
        return jumps(QStringLiteral("accounts"), parser.value(store), repeats);
    if (name == QLatin1String("orderJumps"))
        return jumps(QStringLiteral("orders"), parser.value(store), repeats);
    if (name == QLatin1String("naive"))
        return naiveFetchAll(parser.value(store));
    if (name == QLatin1String("generate"))
        return generateAccounts(parser.value(store), repeats);
    parser.showHelp(1);
}
