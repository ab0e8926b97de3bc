// The scale benchmark of issue "1,000,000 accounts and 5,000,000 order lines": every figure is
// printed as one JSON line with its median, and compared with its floor measured in the same run.
//
//   bssdesk-bench --prepare DIR   generate DIR/accounts-1k.sqlite and DIR/accounts-1m.sqlite
//   bssdesk-bench --run DIR       run every case, each in a process of its own, and print figures
//                                 (generating accounts into new stores in DIR among them), every
//                                 check and a summary; exit 1 when a check is missed, a figure is
//                                 missing (MISSED, not measured) or a case failed
//   bssdesk-bench --case NAME ... one case (what --run starts)
#include "app/store/SqlStore.h"
#include "tests/bench/BenchCases.h"
#include "tests/bench/BenchChecks.h"
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

// Runs one case in a child process and returns its figures by name; a case that does not exit
// with 0 adds one to `failures`.
Figures runChild(const QStringList &arguments, int &failures) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(-1);
    Figures figures;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        printLine(o);
        figures.insert(o.value(QStringLiteral("name")).toString(), o);
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        ++failures;
        std::fprintf(stderr, "case %s failed (exit %d)\n",
                     qPrintable(arguments.join(QLatin1Char(' '))), child.exitCode());
    }
    return figures;
}

std::optional<double> minus(std::optional<double> a, std::optional<double> b) {
    if (!a || !b)
        return std::nullopt;
    return *a - *b;
}

// The targets of the issue, each against a floor measured in the same run.
QList<Check> checksOf(const Figures &f) {
    const QString ms = QStringLiteral("ms"), mib = QStringLiteral("MiB");
    const QString bareName = QStringLiteral("bareWindow.firstPaint");
    const auto bare = [&](const QString &name, const std::optional<double> &v, double target) {
        return Check{name, v, bareName, figure(f, bareName), target, false, ms};
    };
    const std::optional<double> first1k = figure(f, QStringLiteral("accounts.firstPaint.1k"));
    const std::optional<double> first1m = figure(f, QStringLiteral("accounts.firstPaint.1M"));
    const std::optional<double> rss1k =
        figure(f, QStringLiteral("accounts.firstPaint.1k"), "rssMiB");
    const std::optional<double> rss1m =
        figure(f, QStringLiteral("accounts.firstPaint.1M"), "rssMiB");
    return {
        {QStringLiteral("check.accounts.firstPaint.1M.vs1k"), first1m,
         QStringLiteral("accounts.firstPaint.1k"), first1k, 1.3, true, ms},
        {QStringLiteral("check.accounts.firstPaint.1M.vsBare"), first1m, bareName,
         figure(f, bareName), 4, true, ms},
        {QStringLiteral("check.accounts.memory.1M.over1k"), minus(rss1m, rss1k),
         QStringLiteral("accounts.firstPaint.1k rss"), rss1k, 25, false, mib},
        bare(QStringLiteral("check.orders.firstPaint.5M-lines"),
             figure(f, QStringLiteral("orders.firstPaint.5M-lines")), 100),
        bare(QStringLiteral("check.filter.prefix"),
             figure(f, QStringLiteral("filter.prefix.firstPage")), 16),
        bare(QStringLiteral("check.filter.substring3"),
             figure(f, QStringLiteral("filter.substring3.firstPage")), 30),
        bare(QStringLiteral("check.filter.short.firstPage"),
             figure(f, QStringLiteral("filter.short.firstPage")), 16),
        bare(QStringLiteral("check.filter.worstKeystroke"),
             figure(f, QStringLiteral("filter.worstKeystroke")), 100),
        bare(QStringLiteral("check.scroll.jumpToEnd"),
             figure(f, QStringLiteral("scroll.jumpToEnd")), 16),
        bare(QStringLiteral("check.scroll.jumpAnywhere.worst"),
             figure(f, QStringLiteral("scroll.jumpAnywhere"), "worst"), 50),
        bare(QStringLiteral("check.orders.scroll.jumpAnywhere.worst"),
             figure(f, QStringLiteral("orders.scroll.jumpAnywhere"), "worst"), 100),
        {QStringLiteral("check.orders.scroll.endToEnd.secondHalfGrowth"),
         figure(f, QStringLiteral("orders.scroll.endToEnd.rssGrowth"), "secondHalfGrowthMiB"),
         QStringLiteral("accounts.firstPaint.1M rss"), rss1m, 2, false, mib},
        // Flat: what the second half of the way to the end adds (the first half warms Qt's caches).
        {QStringLiteral("check.scroll.endToEnd.secondHalfGrowth"),
         figure(f, QStringLiteral("scroll.endToEnd.rssGrowth"), "secondHalfGrowthMiB"),
         QStringLiteral("accounts.firstPaint.1M rss"), rss1m, 2, false, mib},
        {QStringLiteral("check.generate.accounts.1M"),
         figure(f, QStringLiteral("generate.accounts.1M")), QStringLiteral("generate.accounts.1k"),
         figure(f, QStringLiteral("generate.accounts.1k")), 5000, false, ms},
        {QStringLiteral("check.naive.fetchAllToEnd.vsPaged"),
         figure(f, QStringLiteral("naive.QSqlQueryModel.fetchAllToEnd")),
         QStringLiteral("accounts.firstPaint.1M"), first1m, 1e9, true, ms},
    };
}

// Every case, then every check and a summary; exits non-zero when a check is missed or was not
// measured, or a case failed.
int runAll(const QString &dir, int repeats) {
    const QString small = QDir(dir).filePath(QStringLiteral("accounts-1k.sqlite"));
    const QString big = QDir(dir).filePath(QStringLiteral("accounts-1m.sqlite"));
    printLine({{QStringLiteral("machine"), QSysInfo::prettyProductName()},
               {QStringLiteral("cpus"), QThread::idealThreadCount()},
               {QStringLiteral("qt"), QLatin1String(qVersion())}});
    const QString n = QString::number(repeats);
    Figures f;
    int failures = 0;
    const auto run = [&](const QString &name, const QString &store, const QStringList &more) {
        QStringList args{QStringLiteral("--case"), name};
        if (!store.isEmpty())
            args << QStringLiteral("--store") << store;
        f.insert(runChild(args + more, failures));
    };
    const QStringList times{QStringLiteral("--repeat"), n};
    run(QStringLiteral("bare"), {}, times);
    for (const auto &[store, label] :
         {std::pair{small, QStringLiteral("1k")}, std::pair{big, QStringLiteral("1M")}})
        run(QStringLiteral("accounts"), store,
            QStringList{QStringLiteral("--label"), label} + times);
    run(QStringLiteral("orders"), big,
        QStringList{QStringLiteral("--label"), QStringLiteral("5M-lines")} + times);
    run(QStringLiteral("keystrokes"), big, times);
    run(QStringLiteral("jumps"), big, times);
    run(QStringLiteral("orderJumps"), big, times);
    run(QStringLiteral("naive"), big, {});
    // (Into new stores beside the prepared ones: --store names the directory here.)
    run(QStringLiteral("generate"), dir, times);

    const QList<Check> checks = checksOf(f);
    for (const Check &c : checks)
        printLine(describe(c));
    const Summary summary = summarize(checks, failures);
    printLine(summary.json());
    std::fprintf(stderr, "%s\n", qPrintable(summary.line()));
    return summary.exitCode();
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
