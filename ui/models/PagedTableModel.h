#pragma once

#include "ui/common/Async.h"

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QAbstractTableModel>
#include <QFuture>

#include <functional>

namespace bss {

class BusyIndicator;

// The signals of every lazily paged model (a template cannot declare signals).
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    bool isLoading() const { return m_loading; }
    // True once the first page has arrived for the current query.
    bool isLoaded() const { return m_loaded; }
    void setBusyIndicator(BusyIndicator *busy) { m_busy = busy; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void pageLoaded();

protected:
    bool m_loading = false;
    bool m_loaded = false;
    BusyIndicator *m_busy = nullptr;
};

// Rows of T fetched page by page from the Backend with keyset cursors. The first page loads
// when a query is set; further pages load when the view scrolls to the end (canFetchMore /
// fetchMore), so a table of a million accounts never loads more than the user looks at.
// A response for an older query is ignored.
template<typename T>
class PagedTableModel : public PagedModelBase
{
public:
    using Fetch = std::function<QFuture<Result<Page<T>>>(const QString &cursor)>;

    using PagedModelBase::PagedModelBase;

    void setFetch(Fetch fetch)
    {
        beginResetModel();
        m_rows.clear();
        m_cursor.clear();
        m_hasMore = true;
        m_loading = false;
        m_loaded = false;
        ++m_generation;
        m_fetch = std::move(fetch);
        endResetModel();
        // A view (or a model tester) may already have asked for the first page on reset.
        if (!m_loading)
            loadMore();
    }

    // Reloads the first page with the same query.
    void reload()
    {
        if (m_fetch)
            setFetch(m_fetch);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_fetch && m_hasMore && !m_loading;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            loadMore();
    }

    const T &valueAt(int row) const { return m_rows.at(row); }
    const T *valueAt(const QModelIndex &index) const
    {
        if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
            return nullptr;
        return &m_rows.at(index.row());
    }
    const QList<T> &rows() const { return m_rows; }

    // Replaces the row holding the record with `value`'s id; false when it is not loaded.
    bool updateRecord(const T &value)
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == value.id) {
                m_rows[row] = value;
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                return true;
            }
        }
        return false;
    }

    int rowOf(Id id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }

private:
    void loadMore()
    {
        if (!m_fetch)
            return;
        m_loading = true;
        const int generation = m_generation;
        whenReady(m_fetch(m_cursor), this, m_busy, [this, generation](const Result<Page<T>> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result) {
                m_hasMore = false;
                m_loaded = true;
                Q_EMIT errorOccurred(result.error().describe());
                Q_EMIT pageLoaded();
                return;
            }
            // The cursor moves before the rows go in: a view or tester reacting to the insertion
            // with fetchMore() must ask for the page after this one.
            m_cursor = result->nextCursor;
            m_hasMore = !m_cursor.isEmpty();
            m_loaded = true;
            const QList<T> &items = result->items;
            if (!items.isEmpty()) {
                const int first = static_cast<int>(m_rows.size());
                beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
                m_rows.append(items);
                endInsertRows();
            }
            Q_EMIT pageLoaded();
        });
    }

    Fetch m_fetch;
    QList<T> m_rows;
    QString m_cursor;
    bool m_hasMore = false;
    int m_generation = 0;
};

} // namespace bss
