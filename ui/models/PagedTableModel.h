#pragma once

#include "ui/common/Async.h"

#include "app/domain/Limits.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <utility>

namespace bss {

class BusyIndicator;

// Which rows a model asks for: after `cursor`, or for a scrollbar jump `offset` rows from the
// start or (`fromEnd`) the rows ending `offset` rows before the end. See AccountQuery.
struct PageWindow {
    int limit = 100;
    QString cursor;
    qint64 offset = 0;
    bool fromEnd = false;

    template <typename Query> Query applyTo(Query query) const {
        query.limit = limit;
        query.cursor = cursor;
        query.offset = offset;
        query.fromEnd = fromEnd;
        return query;
    }
};

// The signals and the bookkeeping of every lazily paged model (a template cannot declare
// signals). Rows live in pages of pageSize() rows: page k holds rows k * pageSize() onwards.
class PagedModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    bool isLoading() const { return !m_inFlight.isEmpty(); }
    // True once the first page has arrived for the current query (and for a refresh, its answer).
    bool isLoaded() const { return m_loaded && !m_refreshing; }
    void setBusyIndicator(BusyIndicator *busy) { m_busy = busy; }

    int pageSize() const { return m_pageSize; }
    // Rows per page of setWindowFetch lists (1 to limits::maxPageSize, what a request may ask
    // for); takes effect with the next query.
    void setPageSize(int rows) { m_windowPageSize = qBound(1, rows, limits::maxPageSize); }
    // Pages kept at most once the total is known; the least recently shown go first.
    int maxCachedPages() const { return m_maxPages; }
    void setMaxCachedPages(int pages) { m_maxPages = qMax(2, pages); }
    qsizetype cachedPages() const { return m_pageCount; }
    // The number of rows of the whole list, when known (from setTotal or the last page).
    std::optional<qint64> total() const { return m_total; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void pageLoaded();

protected:
    bool m_loaded = false;
    std::optional<qint64> m_total;
    qint64 m_known = 0;        // rows from the start known to exist while the total is not
    qint64 m_nextPage = 0;     // the page fetchMore() asks for
    bool m_hasMore = false;    // while the total is not known: another page follows
    bool m_positional = false; // the fetch takes offsets, so pages may be dropped and fetched again
    int m_generation = 0;
    int m_refreshGeneration = 0; // of the refresh whose first page is awaited
    bool m_refreshing = false;
    int m_pageSize = 200;       // of the current query
    int m_windowPageSize = 100; // what setWindowFetch lists ask for: a few screens
    int m_maxPages = 16;
    qsizetype m_pageCount = 0;
    QSet<qint64> m_inFlight;
    BusyIndicator *m_busy = nullptr;
};

// Rows of T fetched page by page from the Backend. The first page loads when a query is set.
//
// Without a total (small lists: setFetch), further pages load by keyset cursor as the view
// scrolls to the end (canFetchMore / fetchMore), and every loaded row stays.
//
// With a total (big lists: setWindowFetch, then setTotal when the count arrives), the model has
// that many rows at once; a page loads when the view first shows one of its rows (the row reads
// as empty until then), by cursor when the page before it is known and by offset from the
// nearer end otherwise, and at most maxCachedPages() pages are kept. So a million accounts cost
// what the user looks at, jumping to the end costs one page, and scrolling leaves memory flat.
// A response for an older query is ignored.
template <typename T> class PagedTableModel : public PagedModelBase {
public:
    using Fetch = std::function<QFuture<Result<Page<T>>>(const QString &cursor)>;
    using WindowFetch = std::function<QFuture<Result<Page<T>>>(const PageWindow &window)>;

    using PagedModelBase::PagedModelBase;

    // A list paged by cursor only; the query's own limit sets the page size.
    void setFetch(Fetch fetch) {
        if (!fetch) {
            reset({}, false);
            return;
        }
        reset([fetch = std::move(fetch)](const PageWindow &w) { return fetch(w.cursor); }, false);
    }

    // A list that can also be entered at any position; see PageWindow.
    void setWindowFetch(WindowFetch fetch) { reset(std::move(fetch), true); }

    // Like setWindowFetch, for a list shown again (Refresh, Retry): the rows shown stay until the
    // new answer's first page replaces them, and stay when it fails (with errorOccurred), so a
    // refresh while the server cannot answer leaves the user the rows they were reading.
    void refreshWindowFetch(WindowFetch fetch) {
        if (!fetch || !m_positional || !m_fetch || rowCount() == 0) {
            setWindowFetch(std::move(fetch));
            return;
        }
        m_refreshing = true;
        const int refresh = ++m_refreshGeneration;
        PageWindow first;
        first.limit = m_windowPageSize;
        whenReady(fetch(first), this, m_busy,
                  [this, refresh, fetch](const Result<Page<T>> &result) {
                      if (refresh != m_refreshGeneration)
                          return; // another query or refresh came since
                      m_refreshing = false;
                      if (!result) {
                          Q_EMIT errorOccurred(result.error().describe());
                          return;
                      }
                      reset(fetch, true, &result.value());
                  });
    }

    // The number of rows the current query has (its count, which may arrive after the first page).
    void setTotal(qint64 total) {
        if (!m_positional || !m_fetch || total < 0)
            return;
        const int before = rowCount();
        const int after = static_cast<int>(qMin<qint64>(total, std::numeric_limits<int>::max()));
        if (after > before) {
            beginInsertRows({}, before, after - 1);
            m_total = total;
            endInsertRows();
        } else if (after < before) {
            beginRemoveRows({}, after, before - 1);
            m_total = total;
            dropPagesFrom(total);
            endRemoveRows();
        } else {
            m_total = total;
        }
    }

    // Reloads the first page with the same query.
    void reload() {
        if (m_fetch)
            reset(m_fetch, m_positional);
    }

    int rowCount(const QModelIndex &parent = {}) const override {
        if (parent.isValid())
            return 0;
        const qint64 n = m_total ? *m_total : m_known;
        return static_cast<int>(qMin<qint64>(n, std::numeric_limits<int>::max()));
    }

    bool canFetchMore(const QModelIndex &parent) const override {
        return !parent.isValid() && m_fetch && !m_total && m_hasMore && m_inFlight.isEmpty();
    }

    void fetchMore(const QModelIndex &parent) override {
        if (canFetchMore(parent))
            request(m_nextPage);
    }

    // The row's value, or an empty T while its page is not loaded.
    const T &valueAt(int row) const {
        static const T empty{};
        const T *v = find(row);
        return v ? *v : empty;
    }
    // The value behind `index`, or null when its page is not loaded; asks for that page then.
    const T *valueAt(const QModelIndex &index) const {
        if (!index.isValid() || index.model() != this || index.row() >= rowCount())
            return nullptr;
        const T *v = find(index.row());
        if (!v)
            const_cast<PagedTableModel *>(this)->want(index.row() / m_pageSize);
        return v;
    }

    // Replaces the loaded row holding the record with `value`'s id; false when none is loaded.
    bool updateRecord(const T &value) {
        const int row = rowOf(value.id);
        if (row < 0)
            return false;
        Slot &slot = m_pages[row / m_pageSize];
        slot.rows[row % m_pageSize] = value;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return true;
    }

    // The row of a loaded record, or -1.
    int rowOf(Id id) const {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (qsizetype i = 0; i < it->rows.size(); ++i) {
                if (it->rows.at(i).id == id)
                    return static_cast<int>(it.key() * m_pageSize + i);
            }
        }
        return -1;
    }

private:
    struct Slot {
        QList<T> rows;
        QString nextCursor; // from the row after this page's last one
        quint64 used = 0;   // for dropping the least recently shown
    };

    // Starts the list over with `fetch`, from `first` when its first page is already here.
    void reset(WindowFetch fetch, bool positional, const Page<T> *first = nullptr) {
        ++m_refreshGeneration;
        m_refreshing = false;
        beginResetModel();
        m_pages.clear();
        m_pageCount = 0;
        m_inFlight.clear();
        m_wanted.clear();
        m_deferred.clear();
        m_total.reset();
        m_known = 0;
        m_nextPage = 0;
        m_hasMore = static_cast<bool>(fetch);
        m_loaded = false;
        m_positional = positional;
        m_pageSize = m_windowPageSize;
        ++m_generation;
        m_fetch = std::move(fetch);
        endResetModel();
        if (first && m_fetch) {
            m_loaded = true;
            store(0, *first);
            Q_EMIT pageLoaded();
        } else if (m_fetch) {
            request(0);
        }
    }

    const T *find(int row) const {
        auto it = m_pages.find(row / m_pageSize);
        if (it == m_pages.end())
            return nullptr;
        const qsizetype i = row % m_pageSize;
        if (i >= it->rows.size())
            return nullptr;
        it->used = ++m_clock;
        return &it->rows.at(i);
    }

    // A view painted a row of a missing page. Requests are gathered until the event loop
    // runs, so one paint asks once per page, and only the newest pages are asked for: rows a
    // fast scrollbar drag passed over are never fetched.
    void want(qint64 page) {
        if (!m_positional || m_inFlight.contains(page) || m_wanted.contains(page) ||
            m_deferred.contains(page))
            return;
        m_wanted.append(page);
        if (m_wanted.size() == 1)
            QMetaObject::invokeMethod(
                this, [this] { requestWanted(); }, Qt::QueuedConnection);
    }

    // A page that follows one being fetched waits for it and then goes by its cursor: after a
    // jump that shows two pages, one seek instead of two.
    void requestWanted() {
        const QList<qint64> wanted = std::exchange(m_wanted, {});
        constexpr qsizetype parallel = 2;
        QList<qint64> chosen;
        for (qsizetype i = wanted.size() - 1; i >= 0 && chosen.size() < parallel; --i) {
            if (!m_pages.contains(wanted.at(i)) && !chosen.contains(wanted.at(i)))
                chosen.append(wanted.at(i));
        }
        std::sort(chosen.begin(), chosen.end());
        for (qint64 page : chosen) {
            if (m_inFlight.contains(page - 1) || m_deferred.contains(page - 1))
                m_deferred.insert(page);
            else if (m_inFlight.size() < parallel)
                request(page);
        }
    }

    PageWindow windowOf(qint64 page) const {
        PageWindow w;
        w.limit = m_pageSize;
        const qint64 first = page * m_pageSize;
        if (page == 0)
            return w;
        if (auto before = m_pages.constFind(page - 1); before != m_pages.cend() &&
                                                       before->rows.size() == m_pageSize &&
                                                       !before->nextCursor.isEmpty()) {
            w.cursor = before->nextCursor;
        } else if (m_total && first > *m_total / 2) {
            const qint64 last = qMin(first + m_pageSize, *m_total); // exclusive
            w.limit = static_cast<int>(last - first);
            w.offset = *m_total - last;
            w.fromEnd = true;
        } else {
            w.offset = first;
        }
        return w;
    }

    void request(qint64 page) {
        if (!m_fetch || m_inFlight.contains(page) || m_pages.contains(page))
            return;
        m_inFlight.insert(page);
        const int generation = m_generation;
        whenReady(m_fetch(windowOf(page)), this, m_busy,
                  [this, generation, page](const Result<Page<T>> &result) {
                      if (generation != m_generation)
                          return;
                      m_inFlight.remove(page);
                      if (!result) {
                          m_deferred.clear();
                          m_hasMore = false;
                          m_loaded = true;
                          Q_EMIT errorOccurred(result.error().describe());
                          Q_EMIT pageLoaded();
                          return;
                      }
                      m_loaded = true;
                      store(page, *result);
                      if (m_deferred.remove(page + 1))
                          request(page + 1);
                      Q_EMIT pageLoaded();
                  });
    }

    void store(qint64 page, const Page<T> &result) {
        if (!m_total) {
            // Growing from the start. The rows go in after the bookkeeping: a view or tester
            // reacting to the insertion with fetchMore() must ask for the page after this one.
            if (!m_positional && page == 0 && !result.items.isEmpty()) {
                // Cursor-only lists page by the query's own limit: every page but the last as
                // long as the first.
                m_pageSize = static_cast<int>(result.items.size());
            }
            const qint64 end = page * m_pageSize + result.items.size();
            const bool last =
                result.nextCursor.isEmpty() || (m_positional && result.items.size() < m_pageSize);
            m_hasMore = !last;
            m_nextPage = page + 1;
            insertSlot(page, result);
            if (end > m_known) {
                beginInsertRows({}, static_cast<int>(m_known), static_cast<int>(end - 1));
                m_known = end;
                endInsertRows();
            }
            if (last && m_positional)
                m_total = m_known;
            evict();
            return;
        }
        insertSlot(page, result);
        const qint64 first = page * m_pageSize;
        const qint64 end = qMin<qint64>(first + result.items.size(), *m_total);
        if (end > first)
            Q_EMIT dataChanged(index(static_cast<int>(first), 0),
                               index(static_cast<int>(end - 1), columnCount() - 1));
        evict();
    }

    void insertSlot(qint64 page, const Page<T> &result) {
        if (!m_pages.contains(page))
            ++m_pageCount;
        m_pages.insert(page, Slot{result.items, result.nextCursor, ++m_clock});
    }

    // Keeps at most maxCachedPages() pages, dropping the least recently shown. Only lists that
    // can fetch a page again by offset drop pages.
    void evict() {
        if (!m_positional)
            return;
        while (m_pageCount > m_maxPages) {
            auto oldest = m_pages.begin();
            for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
                if (it->used < oldest->used)
                    oldest = it;
            }
            m_pages.erase(oldest);
            --m_pageCount;
        }
    }

    void dropPagesFrom(qint64 row) {
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() * m_pageSize >= row) {
                it = m_pages.erase(it);
                --m_pageCount;
            } else {
                ++it;
            }
        }
    }

    WindowFetch m_fetch;
    mutable QHash<qint64, Slot> m_pages;
    mutable quint64 m_clock = 0;
    QList<qint64> m_wanted;
    QSet<qint64> m_deferred; // wanted pages waiting for the page before them
};

} // namespace bss
