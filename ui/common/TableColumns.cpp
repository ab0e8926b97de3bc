#include "ui/common/TableColumns.h"

#include "ui/models/PagedTableModel.h"

#include <QHeaderView>
#include <QTableView>

#include <memory>

namespace bss {

void fitColumns(QTableView *view, int maxWidth) {
    QHeaderView *header = view->horizontalHeader();
    // Only the rows on screen: by default Qt measures 1,000 rows a column, and in a paged list
    // that costs 80 ms and asks for four pages nobody is looking at.
    header->setResizeContentsPrecision(0);
    // Sizing the stretching last column by hand would stop it stretching, leaving a grey gap.
    const int fitted = header->stretchLastSection() ? header->count() - 1 : header->count();
    for (int c = 0; c < fitted; ++c) {
        view->resizeColumnToContents(c);
        if (header->sectionSize(c) > maxWidth)
            header->resizeSection(c, maxWidth);
    }
}

void fitColumnsOnEachQuery(QTableView *view, PagedModelBase *model, int maxWidth) {
    // Sized once per query, then left to the user: later pages and hand-resized columns stay.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    auto pending = std::make_shared<bool>(true);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [pending] { *pending = true; });
    QObject::connect(model, &PagedModelBase::pageLoaded, view, [view, model, pending, maxWidth] {
        if (*pending && model->rowCount() > 0) {
            *pending = false;
            fitColumns(view, maxWidth);
        }
    });
}

} // namespace bss
