#include "ui/common/AccountChooser.h"

#include "ui/common/Accessibility.h"
#include "ui/common/Async.h"
#include "ui/common/Format.h"

#include "app/backend/Backend.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace bss {

namespace {
constexpr int ChoiceLimit = 50;
constexpr int IdRole = Qt::UserRole;
} // namespace

AccountChooser::AccountChooser(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("accountCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Search by name or email"));
    m_search->setAccessibleName(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    accessibility::nameBuiltInControls(this);
    m_search->setMinimumWidth(170);
    m_search->setMaximumWidth(220);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_search);
    setFocusProxy(m_combo);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AccountChooser::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_combo, &QComboBox::currentIndexChanged, this, &AccountChooser::selectionChanged);
}

void AccountChooser::selectionChanged() {
    if (const auto id = currentAccountId()) {
        m_wanted = id;
        m_wantedName = m_combo->currentText();
    } else {
        m_wanted.reset();
    }
    Q_EMIT currentAccountChanged();
}

void AccountChooser::setBackend(Backend *backend, BusyIndicator *busy) {
    m_backend = backend;
    m_busy = busy;
}

void AccountChooser::setLabel(const QString &label) {
    setAccessibleName(label);
    m_combo->setAccessibleName(label);
    m_search->setAccessibleName(tr("Search %1").arg(label));
}

void AccountChooser::setTypeFilter(std::optional<AccountType> type) {
    m_type = type;
}

void AccountChooser::setNoneLabel(const QString &label) {
    m_noneLabel = label;
}

void AccountChooser::reload() {
    if (!m_backend)
        return;
    AccountQuery query;
    query.q = m_search->text().trimmed();
    query.type = m_type;
    query.limit = ChoiceLimit;
    const int generation = ++m_generation;
    whenReady(m_backend->accounts(query), this, m_busy,
              [this, generation](const Result<Page<Account>> &r) {
                  if (generation != m_generation)
                      return;
                  fill(r ? r->items : QList<Account>{});
                  m_loaded = true;
                  Q_EMIT loaded();
              });
}

void AccountChooser::fill(const QList<Account> &accounts) {
    const std::optional<Id> wanted = m_wanted;
    const QString wantedName = m_wantedName;
    m_accounts.clear();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        if (!m_noneLabel.isEmpty())
            m_combo->addItem(m_noneLabel, QVariant());
        for (const Account &a : accounts) {
            if (m_excluded && a.id == *m_excluded)
                continue;
            m_accounts.append(a);
            const QString text = a.email.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.email);
            m_combo->addItem(text, QVariant::fromValue<qint64>(a.id));
            m_combo->setItemData(m_combo->count() - 1, Format::accountType(a.type),
                                 Qt::ToolTipRole);
        }
        int index = wanted ? m_combo->findData(QVariant::fromValue<qint64>(*wanted)) : -1;
        if (wanted && index < 0 && m_search->text().isEmpty()) {
            m_combo->insertItem(m_noneLabel.isEmpty() ? 0 : 1, wantedName,
                                QVariant::fromValue<qint64>(*wanted));
            index = m_noneLabel.isEmpty() ? 0 : 1;
        }
        m_combo->setCurrentIndex(index >= 0 ? index : (m_combo->count() > 0 ? 0 : -1));
    }
    selectionChanged();
}

std::optional<Id> AccountChooser::currentAccountId() const {
    const QVariant v = m_combo->currentData(IdRole);
    if (!v.isValid())
        return std::nullopt;
    return v.value<qint64>();
}

std::optional<Account> AccountChooser::currentAccount() const {
    const auto id = currentAccountId();
    if (!id)
        return std::nullopt;
    for (const Account &a : m_accounts) {
        if (a.id == *id)
            return a;
    }
    return std::nullopt;
}

void AccountChooser::setCurrentAccount(Id id, const QString &name) {
    int index = m_combo->findData(QVariant::fromValue<qint64>(id));
    if (index < 0) {
        m_combo->addItem(name, QVariant::fromValue<qint64>(id));
        index = m_combo->count() - 1;
    }
    m_wanted = id;
    m_wantedName = name;
    m_combo->setCurrentIndex(index);
}

void AccountChooser::clearSelection() {
    m_wanted.reset();
    m_combo->setCurrentIndex(m_noneLabel.isEmpty() ? -1 : 0);
}

} // namespace bss
