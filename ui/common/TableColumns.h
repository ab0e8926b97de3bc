#pragma once

class QTableView;

namespace bss {

// Sizes the columns of `view` to what its loaded rows need, none wider than `maxWidth`;
// the last column keeps stretching. Call after the first page arrived, unless the user's
// saved header state was restored.
void fitColumns(QTableView *view, int maxWidth = 280);

} // namespace bss
