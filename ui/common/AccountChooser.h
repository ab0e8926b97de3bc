#pragma once

#include "app/domain/Types.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace bss {

class Backend;
class BusyIndicator;

// Picks one account without loading them all: a search field narrows what the Backend
// returns (name or email, prefix or substring) and the combo box offers the first matches.
class AccountChooser : public QWidget {
    Q_OBJECT
public:
    explicit AccountChooser(QWidget *parent = nullptr);

    void setBackend(Backend *backend, BusyIndicator *busy);
    // The visible label of the field; it becomes the accessible name of the combo box.
    void setLabel(const QString &label);
    void setTypeFilter(std::optional<AccountType> type);
    // Offers an empty choice first ("(none)") for optional fields.
    void setNoneLabel(const QString &label);
    void setExcluded(std::optional<Id> id) { m_excluded = id; }

    void reload();
    std::optional<Id> currentAccountId() const;
    std::optional<Account> currentAccount() const;
    // Selects the account, adding it to the choices if the current search did not return it.
    void setCurrentAccount(Id id, const QString &name);
    void clearSelection();
    bool isLoaded() const { return m_loaded; }

    QComboBox *comboBox() const { return m_combo; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void currentAccountChanged();
    void loaded();

private:
    void fill(const QList<Account> &accounts);
    void selectionChanged();

    Backend *m_backend = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_combo = nullptr;
    QTimer m_debounce;
    std::optional<AccountType> m_type;
    std::optional<Id> m_excluded;
    std::optional<Id> m_wanted; // selection to restore after a reload
    QString m_wantedName;
    QString m_noneLabel;
    QList<Account> m_accounts;
    int m_generation = 0;
    bool m_loaded = false;
};

} // namespace bss
