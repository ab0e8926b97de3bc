#pragma once

class QTableView;

namespace bss {

class PagedModelBase;

// Sizes the columns of `view` to what its loaded rows need, none wider than `maxWidth`;
// the last column keeps stretching. Call after the first page arrived, unless the user's
// saved header state was restored.
void fitColumns(QTableView *view, int maxWidth = 280);

// Refits the columns of `view` whenever the first page of a new query of `model` arrives, so
// a view that shows one record's rows after another (an audit trail) stays readable: sizing
// by the header alone, or by a previous record's rows, would clip the values.
void fitColumnsOnEachQuery(QTableView *view, PagedModelBase *model, int maxWidth = 280);

} // namespace bss
