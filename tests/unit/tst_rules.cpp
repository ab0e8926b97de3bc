#include "app/domain/Rules.h"

#include <QTest>

using namespace bss;

namespace {

const QString parentField = QStringLiteral("parentId");
const QString emailField = QStringLiteral("email");
const QString roleField = QStringLiteral("role");
const QString pinField = QStringLiteral("resellerPin");
const QString goodEmail = QStringLiteral("licenses@contoso.example");

Account makeAccount(Id id, AccountType type, std::optional<Id> parentId = {}) {
    Account a;
    a.id = id;
    a.name = QStringLiteral("Account %1").arg(id);
    a.type = type;
    a.parentId = parentId;
    return a;
}

const Account direct = makeAccount(1, AccountType::Direct);
const Account reseller = makeAccount(2, AccountType::Reseller);
const Account otherReseller = makeAccount(3, AccountType::Reseller);
const Account endUser = makeAccount(4, AccountType::EndUser, reseller.id);
const Account otherDirect = makeAccount(5, AccountType::Direct);

// The fields the problems name, in order, e.g. {"email", "role"}.
QStringList fieldsOf(const Problems &problems) {
    QStringList fields;
    for (const FieldError &e : problems.errors())
        fields.append(e.field);
    return fields;
}

QString messageFor(const Problems &problems, const QString &field) {
    return problems.toError().messageFor(field);
}

Problems syncProblems(const SyncOptionsInput &in, const Account &account,
                      std::optional<Account> parent = {}, bool pinAlreadySet = false,
                      bool pinTaken = false) {
    return rules::checkSyncOptions(in, {account, std::move(parent), pinAlreadySet, pinTaken});
}

SyncOptionsInput input(std::optional<Id> parentId, const QString &email,
                       std::optional<SyncRole> role, const QString &pin = {}) {
    return SyncOptionsInput{parentId, email, role, pin};
}

} // namespace

// The seed's business rules for accounts and the Sync Options dialog, each reason as a user
// reads it next to the field.
class TestRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- Sync Options: what is accepted -------------------------------------------------------

    void validSyncOptionsAreAccepted() {
        // Direct: no parent, Role User, no PIN.
        QCOMPARE(fieldsOf(syncProblems(input({}, goodEmail, SyncRole::User), direct)),
                 QStringList());
        // Reseller: Role Reseller and a PIN.
        QCOMPARE(
            fieldsOf(syncProblems(
                input({}, goodEmail, SyncRole::Reseller, QStringLiteral("NW-4471")), reseller)),
            QStringList());
        // Reseller whose PIN is already saved: an empty PIN keeps it.
        QCOMPARE(fieldsOf(syncProblems(input({}, goodEmail, SyncRole::Reseller), reseller,
                                       std::nullopt, true)),
                 QStringList());
        // End-user: its own reseller as Parent Account, Role User.
        QCOMPARE(fieldsOf(syncProblems(input(reseller.id, goodEmail, SyncRole::User), endUser,
                                       reseller)),
                 QStringList());
    }

    // --- Email --------------------------------------------------------------------------------

    void emailIsRequiredAndMustBeValid() {
        for (const QString &empty : {QString(), QStringLiteral("   ")}) {
            const Problems p = syncProblems(input({}, empty, SyncRole::User), direct);
            QCOMPARE(fieldsOf(p), QStringList{emailField});
            QCOMPARE(messageFor(p, emailField), QStringLiteral("Email is required."));
        }
        const Problems p =
            syncProblems(input({}, QStringLiteral("not-an-email"), SyncRole::User), direct);
        QCOMPARE(fieldsOf(p), QStringList{emailField});
        QCOMPARE(messageFor(p, emailField),
                 QStringLiteral("\"not-an-email\" is not a valid email address."));
    }

    // --- Role ---------------------------------------------------------------------------------

    void roleIsResellerForResellersAndUserOtherwise_data() {
        QTest::addColumn<int>("type");        // AccountType
        QTest::addColumn<int>("role");        // SyncRole, -1 = none
        QTest::addColumn<QString>("message"); // empty: accepted
        const auto t = [](AccountType v) { return int(v); };
        const auto r = [](SyncRole v) { return int(v); };
        const QString userMessage =
            QStringLiteral("The Role of a direct or end-user account must be User.");
        const QString resellerMessage =
            QStringLiteral("The Role of a reseller account must be Reseller.");
        const QString required = QStringLiteral("Role is required.");
        QTest::newRow("direct, User") << t(AccountType::Direct) << r(SyncRole::User) << QString();
        QTest::newRow("direct, Reseller")
            << t(AccountType::Direct) << r(SyncRole::Reseller) << userMessage;
        QTest::newRow("direct, none") << t(AccountType::Direct) << -1 << required;
        QTest::newRow("end-user, User")
            << t(AccountType::EndUser) << r(SyncRole::User) << QString();
        QTest::newRow("end-user, Reseller")
            << t(AccountType::EndUser) << r(SyncRole::Reseller) << userMessage;
        QTest::newRow("end-user, none") << t(AccountType::EndUser) << -1 << required;
        QTest::newRow("reseller, Reseller")
            << t(AccountType::Reseller) << r(SyncRole::Reseller) << QString();
        QTest::newRow("reseller, User")
            << t(AccountType::Reseller) << r(SyncRole::User) << resellerMessage;
        QTest::newRow("reseller, none") << t(AccountType::Reseller) << -1 << required;
    }

    void roleIsResellerForResellersAndUserOtherwise() {
        QFETCH(int, type);
        QFETCH(int, role);
        QFETCH(QString, message);
        const Account &account = AccountType(type) == AccountType::Direct     ? direct
                                 : AccountType(type) == AccountType::Reseller ? reseller
                                                                              : endUser;
        const std::optional<SyncRole> chosen =
            role < 0 ? std::nullopt : std::optional(SyncRole(role));
        const bool isReseller = account.type == AccountType::Reseller;
        const bool isEndUser = account.type == AccountType::EndUser;
        const SyncOptionsInput in =
            input(isEndUser ? std::optional<Id>(reseller.id) : std::nullopt, goodEmail, chosen,
                  isReseller ? QStringLiteral("PIN-1") : QString());
        const Problems p =
            syncProblems(in, account, isEndUser ? std::optional<Account>(reseller) : std::nullopt);
        if (message.isEmpty()) {
            QCOMPARE(fieldsOf(p), QStringList());
        } else {
            QCOMPARE(fieldsOf(p), QStringList{roleField});
            QCOMPARE(messageFor(p, roleField), message);
        }
    }

    // --- Parent Account -----------------------------------------------------------------------

    void endUserNeedsItsOwnResellerAsParent() {
        const auto check = [](std::optional<Id> parentId, std::optional<Account> parent) {
            return syncProblems(input(parentId, goodEmail, SyncRole::User), endUser, parent);
        };
        Problems p = check({}, {});
        QCOMPARE(fieldsOf(p), QStringList{parentField});
        QCOMPARE(messageFor(p, parentField),
                 QStringLiteral("An end-user account needs its reseller as Parent Account."));

        p = check(999, {});
        QCOMPARE(fieldsOf(p), QStringList{parentField});
        QCOMPARE(messageFor(p, parentField), QStringLiteral("The Parent Account does not exist."));

        p = check(otherReseller.id, otherReseller);
        QCOMPARE(fieldsOf(p), QStringList{parentField});
        QCOMPARE(
            messageFor(p, parentField),
            QStringLiteral("The Parent Account must be the reseller this end-user belongs to."));

        p = check(otherDirect.id, otherDirect);
        QVERIFY(fieldsOf(p).contains(parentField));
        QVERIFY(!fieldsOf(p).contains(emailField));
        QVERIFY2(messageFor(p, parentField)
                     .contains(QLatin1String("The Parent Account must be a reseller.")),
                 qPrintable(messageFor(p, parentField)));
    }

    void directAndResellerAccountsHaveNoParent() {
        Problems p = syncProblems(input(reseller.id, goodEmail, SyncRole::User), direct, reseller);
        QCOMPARE(fieldsOf(p), QStringList{parentField});
        QCOMPARE(messageFor(p, parentField),
                 QStringLiteral("A direct account has no Parent Account; leave it empty."));

        p = syncProblems(
            input(otherReseller.id, goodEmail, SyncRole::Reseller, QStringLiteral("P-1")), reseller,
            otherReseller);
        QCOMPARE(fieldsOf(p), QStringList{parentField});
        QCOMPARE(messageFor(p, parentField),
                 QStringLiteral("A reseller account has no Parent Account."));
    }

    // --- Reseller PIN -------------------------------------------------------------------------

    void resellerNeedsAPinUnlessOneIsSaved() {
        Problems p = syncProblems(input({}, goodEmail, SyncRole::Reseller), reseller);
        QCOMPARE(fieldsOf(p), QStringList{pinField});
        QCOMPARE(messageFor(p, pinField),
                 QStringLiteral("A reseller needs a Reseller PIN before it may place orders."));

        // Blanks are no PIN.
        p = syncProblems(input({}, goodEmail, SyncRole::Reseller, QStringLiteral("   ")), reseller);
        QCOMPARE(fieldsOf(p), QStringList{pinField});

        // Keeping the saved PIN is fine even though "taken" by itself would not matter.
        p = syncProblems(input({}, goodEmail, SyncRole::Reseller), reseller, std::nullopt, true,
                         true);
        QCOMPARE(fieldsOf(p), QStringList());

        // Replacing a saved PIN is checked like a new one.
        p = syncProblems(input({}, goodEmail, SyncRole::Reseller, QStringLiteral("NEW-1")),
                         reseller, std::nullopt, true, true);
        QCOMPARE(fieldsOf(p), QStringList{pinField});
    }

    void aPinTakenOnThePlatformIsRefused() {
        const Problems p =
            syncProblems(input({}, goodEmail, SyncRole::Reseller, QStringLiteral("NW-4471")),
                         reseller, std::nullopt, false, true);
        QCOMPARE(fieldsOf(p), QStringList{pinField});
        QCOMPARE(messageFor(p, pinField),
                 QStringLiteral(
                     "This Reseller PIN is already used by another reseller on this platform."));
    }

    void aPinWithControlCharactersIsRefused() {
        const Problems p = syncProblems(
            input({}, goodEmail, SyncRole::Reseller, QStringLiteral("NW\u00074471")), reseller);
        QCOMPARE(fieldsOf(p), QStringList{pinField});
        QCOMPARE(messageFor(p, pinField),
                 QStringLiteral("Reseller PIN must not contain control characters."));
    }

    void onlyResellersHaveAPin() {
        const QString message =
            QStringLiteral("Only reseller accounts have a Reseller PIN; leave it empty.");
        Problems p =
            syncProblems(input({}, goodEmail, SyncRole::User, QStringLiteral("1234")), direct);
        QCOMPARE(fieldsOf(p), QStringList{pinField});
        QCOMPARE(messageFor(p, pinField), message);

        p = syncProblems(input(reseller.id, goodEmail, SyncRole::User, QStringLiteral("1234")),
                         endUser, reseller);
        QCOMPARE(fieldsOf(p), QStringList{pinField});
        QCOMPARE(messageFor(p, pinField), message);
    }

    // --- Every reason at once -----------------------------------------------------------------

    void everyProblemIsReportedAtOnce() {
        // End-user: no parent, bad email, wrong role, a PIN.
        Problems p = syncProblems(
            input({}, QStringLiteral("someone@"), SyncRole::Reseller, QStringLiteral("1234")),
            endUser);
        QCOMPARE(fieldsOf(p), (QStringList{parentField, emailField, roleField, pinField}));
        QCOMPARE(p.toError().message, QStringLiteral("Please correct 4 problem(s)."));

        // Reseller: a parent, no email, Role User, no PIN.
        p = syncProblems(input(otherReseller.id, {}, SyncRole::User), reseller, otherReseller);
        QCOMPARE(fieldsOf(p), (QStringList{parentField, emailField, roleField, pinField}));

        // Direct: a parent, no role, a PIN; the email is fine.
        p = syncProblems(input(reseller.id, goodEmail, std::nullopt, QStringLiteral("1")), direct,
                         reseller);
        QCOMPARE(fieldsOf(p), (QStringList{parentField, roleField, pinField}));

        // Reseller with a taken PIN and a wrong role.
        p = syncProblems(input({}, goodEmail, SyncRole::User, QStringLiteral("NW-4471")), reseller,
                         std::nullopt, false, true);
        QCOMPARE(fieldsOf(p), (QStringList{roleField, pinField}));
    }

    // --- Text and email -----------------------------------------------------------------------

    void checkText_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QStringList>("messages");
        const QString required = QStringLiteral("Name is required.");
        const QString tooLong = QStringLiteral("Name must be at most 200 characters.");
        const QString control = QStringLiteral("Name must not contain control characters.");
        QTest::newRow("plain") << QStringLiteral("Contoso Ltd") << true << QStringList();
        QTest::newRow("accents") << QString::fromUtf8("Zürich Café GmbH") << true << QStringList();
        QTest::newRow("empty, required") << QString() << true << QStringList{required};
        QTest::newRow("blank, required")
            << QStringLiteral("  \t ") << true << QStringList{required};
        QTest::newRow("empty, optional") << QString() << false << QStringList();
        QTest::newRow("200 characters") << QString(200, QLatin1Char('x')) << true << QStringList();
        QTest::newRow("201 characters")
            << QString(201, QLatin1Char('x')) << true << QStringList{tooLong};
        QTest::newRow("newline") << QStringLiteral("Contoso\nLtd") << true << QStringList{control};
        QTest::newRow("tab") << QStringLiteral("Contoso\tLtd") << true << QStringList{control};
        QTest::newRow("NUL") << QString(QStringLiteral("Contoso") + QChar(0) +
                                        QStringLiteral("Ltd"))
                             << true << QStringList{control};
        QTest::newRow("DEL") << QStringLiteral("Contoso\u007F") << true << QStringList{control};
        QTest::newRow("too long and control")
            << QString(QString(200, QLatin1Char('x')) + QStringLiteral("\r")) << false
            << QStringList{tooLong, control};
    }

    void checkText() {
        QFETCH(QString, value);
        QFETCH(bool, required);
        QFETCH(QStringList, messages);
        Problems p;
        rules::checkText(p, QStringLiteral("name"), QStringLiteral("Name"), value, required);
        QStringList got;
        for (const FieldError &e : p.errors()) {
            QCOMPARE(e.field, QStringLiteral("name"));
            got.append(e.message);
        }
        QCOMPARE(got, messages);
    }

    void isValidEmail_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("a@b.co") << true;
        QTest::newRow("dots and plus")
            << QStringLiteral("first.last+tag@mail.sub.example.com") << true;
        QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.ie") << true;
        QTest::newRow("upper case") << QStringLiteral("IT@CONTOSO.EXAMPLE") << true;
        QTest::newRow("hyphenated domain") << QStringLiteral("x@blue-harbor.example") << true;
        QTest::newRow("digits") << QStringLiteral("123@456.example") << true;
        QTest::newRow("200 characters")
            << QString(QString(188, QLatin1Char('a')) + QStringLiteral("@example.com")) << true;

        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no at") << QStringLiteral("plain.example.com") << false;
        QTest::newRow("no local part") << QStringLiteral("@example.com") << false;
        QTest::newRow("no domain") << QStringLiteral("someone@") << false;
        QTest::newRow("domain without dot") << QStringLiteral("someone@localhost") << false;
        QTest::newRow("two ats") << QStringLiteral("a@@example.com") << false;
        QTest::newRow("space inside") << QStringLiteral("some one@example.com") << false;
        QTest::newRow("leading space") << QStringLiteral(" someone@example.com") << false;
        QTest::newRow("trailing newline") << QStringLiteral("someone@example.com\n") << false;
        QTest::newRow("header injection")
            << QStringLiteral("someone@example.com\nBcc: all@example.com") << false;
        QTest::newRow("empty domain label") << QStringLiteral("a@example..com") << false;
        QTest::newRow("domain starts with dot") << QStringLiteral("a@.example.com") << false;
        QTest::newRow("label starts with hyphen") << QStringLiteral("a@-example.com") << false;
        QTest::newRow("label ends with hyphen") << QStringLiteral("a@example-.com") << false;
        QTest::newRow("trailing dot") << QStringLiteral("a@example.com.") << false;
        QTest::newRow("comma") << QStringLiteral("a@example,com") << false;
        QTest::newRow("201 characters")
            << QString(QString(189, QLatin1Char('a')) + QStringLiteral("@example.com")) << false;
    }

    void isValidEmail() {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(rules::isValidEmail(email), valid);
    }

    // --- New accounts -------------------------------------------------------------------------

    void checkNewAccount() {
        const auto fields = [](const NewAccount &a, std::optional<Account> parent = {}) {
            return fieldsOf(rules::checkNewAccount(a, parent));
        };
        const QString name = QStringLiteral("Contoso Ltd");

        QCOMPARE(fields({name, AccountType::Direct, {}, goodEmail}), QStringList());
        QCOMPARE(fields({name, AccountType::Direct, {}, {}}),
                 QStringList()); // the email is optional
        QCOMPARE(fields({name, AccountType::Reseller, {}, goodEmail}), QStringList());
        QCOMPARE(fields({name, AccountType::EndUser, reseller.id, goodEmail}, reseller),
                 QStringList());

        QCOMPARE(fields({{}, AccountType::Direct, {}, goodEmail}),
                 QStringList{QStringLiteral("name")});
        QCOMPARE(fields({name, AccountType::Direct, {}, QStringLiteral("nope")}),
                 QStringList{emailField});
        QCOMPARE(fields({name, AccountType::EndUser, {}, goodEmail}), QStringList{parentField});
        QCOMPARE(fields({name, AccountType::EndUser, 999, goodEmail}), QStringList{parentField});
        QCOMPARE(fields({name, AccountType::EndUser, otherDirect.id, goodEmail}, otherDirect),
                 QStringList{parentField});
        QCOMPARE(fields({name, AccountType::Direct, reseller.id, goodEmail}, reseller),
                 QStringList{parentField});
        QCOMPARE(fields({name, AccountType::Reseller, otherReseller.id, goodEmail}, otherReseller),
                 QStringList{parentField});

        // Every reason at once.
        const Problems p = rules::checkNewAccount(
            {QStringLiteral("\n"), AccountType::EndUser, {}, QStringLiteral("x@")}, std::nullopt);
        QCOMPARE(fieldsOf(p), (QStringList{QStringLiteral("name"), parentField, emailField}));
        QCOMPARE(messageFor(p, QStringLiteral("name")), QStringLiteral("Name is required."));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
