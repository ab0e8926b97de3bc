// The scale benchmark of issue "1,000,000 accounts and 5,000,000 order lines": every figure is
// printed as one JSON line with its median, and compared with its floor measured in the same run.
//
//   bssdesk-bench --prepare DIR   generate DIR/accounts-1k.sqlite and DIR/accounts-1m.sqlite
//   bssdesk-bench --run DIR       run every case, each in a process of its own, and print figures
//                                 (generating accounts into new stores in DIR among them), every
//                                 check and a summary; exit 1 when a check is missed, a figure is
//                                 missing (MISSED, not measured) or a case failed
//   bssdesk-bench --run DIR --team-only
//                                 only the team-mode cases (the client over REST on loopback
//                                 against a bssdesk-server on PostgreSQL, 1,000,000 accounts made
//                                 by its --generate, and on DIR's SQLite store) with the embedded
//                                 1M first paint they are set against
//   bssdesk-bench --case NAME ... one case (what --run starts)
#include "app/store/SqlStore.h"
#include "tests/bench/BenchCases.h"
#include "tests/bench/BenchChecks.h"
#include "tests/bench/BenchServer.h"
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

// Team mode (issue 11, item 4): the client over REST on loopback, on a server over `kind`
// ("pg" or "sqlite"), set against the embedded 1M figures of the same run.
QList<Check> teamChecks(const Figures &f, const QString &kind) {
    const QString ms = QStringLiteral("ms"), mib = QStringLiteral("MiB");
    const QString p = QStringLiteral("rest.%1.").arg(kind);
    const QString embedded = QStringLiteral("accounts.firstPaint.1M");
    // An absolute target, shown beside the embedded figure of the same name.
    const auto absolute = [&](const QString &name, const char *field, double target,
                              const QString &unit) {
        return Check{QStringLiteral("check.") + p + name,
                     figure(f, p + name, field),
                     name,
                     figure(f, name, field),
                     target,
                     false,
                     unit};
    };
    QList<Check> checks{
        {QStringLiteral("check.") + p + QStringLiteral("accounts.firstPaint.1M.vsEmbedded"),
         figure(f, p + embedded), embedded, figure(f, embedded), 2, true, ms}};
    for (const char *kindOfKeystroke : {"prefix", "substring3", "short", "typingBurst"})
        checks.append(
            absolute(QStringLiteral("filter.%1.firstPage").arg(QLatin1String(kindOfKeystroke)),
                     "median", 50, ms));
    checks.append(absolute(QStringLiteral("scroll.jumpToEnd"), "worst", 100, ms));
    checks.append(absolute(QStringLiteral("scroll.jumpAnywhere"), "worst", 100, ms));
    checks.append(
        absolute(QStringLiteral("scroll.endToEnd.rssGrowth"), "secondHalfGrowthMiB", 2, mib));
    return checks;
}

// Starts a server (PostgreSQL, then SQLite on the prepared 1M store) and runs the team-mode
// cases against it, each in a process of its own as the embedded ones.
void runTeam(const QString &big, int repeats, Figures &f, int &failures) {
    const QStringList times{QStringLiteral("--repeat"), QString::number(repeats)};
    for (const QString &kind : {QStringLiteral("pg"), QStringLiteral("sqlite")}) {
        QString error;
        std::unique_ptr<BenchServer> server = kind == QLatin1String("pg")
                                                  ? BenchServer::postgres(1000000, &error)
                                                  : BenchServer::sqlite(big, &error);
        if (!server) {
            ++failures;
            std::fprintf(stderr, "team mode on %s: %s\n", qPrintable(kind), qPrintable(error));
            continue;
        }
        if (server->generateMs() > 0)
            printFigure(QStringLiteral("rest.%1.server.generate.accounts.1M").arg(kind),
                        {server->generateMs()}, QStringLiteral("ms"),
                        {{QStringLiteral("postgres"), QStringLiteral("stock settings, fsync on")}});
        const QString prefix = QStringLiteral("rest.%1.").arg(kind);
        const QStringList common = QStringList{QStringLiteral("--store"), server->url(),
                                               QStringLiteral("--prefix"), prefix} +
                                   times;
        for (const QString &name :
             {QStringLiteral("accounts"), QStringLiteral("keystrokes"), QStringLiteral("jumps")})
            f.insert(runChild(QStringList{QStringLiteral("--case"), name, QStringLiteral("--label"),
                                          QStringLiteral("1M")} +
                                  common,
                              failures));
    }
}

// Every case, then every check and a summary; exits non-zero when a check is missed or was not
// measured, or a case failed. With `teamOnly`, only team mode and the figure it is set against.
int runAll(const QString &dir, int repeats, bool teamOnly) {
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
    if (teamOnly) {
        run(QStringLiteral("accounts"), big,
            QStringList{QStringLiteral("--label"), QStringLiteral("1M")} + times);
    } else {
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
    }
    runTeam(big, repeats, f, failures);

    QList<Check> checks = teamOnly ? QList<Check>{} : checksOf(f);
    checks += teamChecks(f, QStringLiteral("pg"));
    checks += teamChecks(f, QStringLiteral("sqlite"));
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
    const QCommandLineOption prefix(QStringLiteral("prefix"),
                                    QStringLiteral("Start of the names of the case's figures."),
                                    QStringLiteral("text"));
    const QCommandLineOption teamOnly(QStringLiteral("team-only"),
                                      QStringLiteral("With --run: only the team-mode cases."));
    parser.addOptions({prepare, run, caseOption, store, label, repeat, prefix, teamOnly});
    parser.process(app);
    const int repeats = qMax(1, parser.value(repeat).toInt());

    if (parser.isSet(prepare))
        return prepareStores(parser.value(prepare));
    if (parser.isSet(run))
        return runAll(parser.value(run), repeats, parser.isSet(teamOnly));
    const QString name = parser.value(caseOption);
    if (name == QLatin1String("bare"))
        return bareWindow(repeats);
    if (name == QLatin1String("accounts") || name == QLatin1String("orders"))
        return firstPaint(name, parser.value(store), parser.value(label), parser.value(prefix),
                          repeats);
    if (name == QLatin1String("keystrokes"))
        return keystrokes(parser.value(store), parser.value(prefix), repeats);
    if (name == QLatin1String("jumps"))
        return jumps(QStringLiteral("accounts"), parser.value(store), parser.value(prefix),
                     repeats);
    if (name == QLatin1String("orderJumps"))
        return jumps(QStringLiteral("orders"), parser.value(store), parser.value(prefix), repeats);
    if (name == QLatin1String("naive"))
        return naiveFetchAll(parser.value(store));
    if (name == QLatin1String("generate"))
        return generateAccounts(parser.value(store), repeats);
    parser.showHelp(1);
}
