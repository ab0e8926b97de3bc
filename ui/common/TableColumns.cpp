#include "ui/common/TableColumns.h"

#include <QHeaderView>
#include <QTableView>

namespace bss {

void fitColumns(QTableView *view, int maxWidth)
{
    view->resizeColumnsToContents();
    QHeaderView *header = view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (header->sectionSize(c) > maxWidth)
            header->resizeSection(c, maxWidth);
    }
}

} // namespace bss
